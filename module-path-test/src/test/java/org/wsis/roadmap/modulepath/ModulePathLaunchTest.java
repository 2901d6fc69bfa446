package org.wsis.roadmap.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Launches {@link Main} as a real process on the module path of the built modules, with the JDK
 * that runs the build: {@code java --module-path <app>:<dependencies> -m
 * org.wsis.roadmap.modulepath/org.wsis.roadmap.modulepath.Main}, without {@code --add-modules},
 * {@code --add-opens} or any other flag.
 */
final class ModulePathLaunchTest {
  private static final String MAIN = "org.wsis.roadmap.modulepath/org.wsis.roadmap.modulepath.Main";

  private static List<String> modulePath() {
    List<String> path = new ArrayList<>();
    path.add(System.getProperty("app.module"));
    path.addAll(Arrays.asList(System.getProperty("app.module.path").split(File.pathSeparator)));
    return path;
  }

  private static Result launch(List<String> modulePath) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = Files.createTempFile("module-path-launch", ".txt");
    try {
      Process process = new ProcessBuilder(java.toString(), "--module-path", String.join(File.pathSeparator, modulePath), "-m", MAIN)
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("the application did not end within 5 minutes");
      }
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private record Result(int exitCode, String output) {}

  @Test
  void launch_onModulePath_passesEveryCheck() throws Exception {
    Result result = launch(modulePath());

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output())
        .contains("ok module descriptors: exports, opens, provides")
        .contains("ok bundled 2024 roadmaps: 4 action lines, 68 outcomes")
        .contains("ok validation without Expression Language")
        .contains("ok JSON, YAML, JSON Lines and CSV read what they write")
        .contains("ok Jackson: own ObjectMapper, findAndRegisterModules(), ServiceLoader, the model's annotations")
        .contains("ok internal packages are not accessible")
        .contains("ok test kit: generator and AssertJ assertions")
        .contains("ok RDF (Turtle, N-Triples) and the format services of the optional modules")
        .contains("ok all checks")
        .doesNotContain("HV000183");
  }

  @Test
  void launch_withoutValidationModule_failsAtStartup() throws Exception {
    List<String> withoutValidation = modulePath().stream()
        .filter(entry -> !entry.contains("roadmap-validation"))
        .collect(Collectors.toList());

    Result result = launch(withoutValidation);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("Module org.wsis.roadmap.validation not found");
  }
}
