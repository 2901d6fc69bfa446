package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** roadmap-core reads its catalogues and cells with no Jackson (and no Immutables) on the class path. */
final class WithoutJacksonTest {

  @Test
  void catalogueAndReaders_runWithOnlyTheJdkAndCore() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = Path.of("target", "classes") + File.pathSeparator + Path.of("target", "test-classes");
    Process process = new ProcessBuilder(java, "-cp", classPath, WithoutJacksonMain.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }
}
