package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BoundedInputsTest {
  private static final Path DEV_ZERO = Path.of("/dev/zero");

  @TempDir
  Path dir;

  @Test
  void validate_waiversFromDevZero_failsAtOnceWithOneLine() throws IOException {
    assumeTrue(Files.isReadable(DEV_ZERO));
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());
    Cli.Result result = Cli.run("validate", file.toString(), "--waivers", DEV_ZERO.toString());
    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).isEqualTo("roadmap: /dev/zero: line 1, column 1: must be YAML or JSON text, but holds "
        + "the control character U+0000 (binary file?)\n");
  }

  @Test
  void import_devZero_failsAtOnceWithOneLineAndNoRepeatedLocation() {
    assumeTrue(Files.isReadable(DEV_ZERO));
    Cli.Result result = Cli.run("import", DEV_ZERO.toString(), "-o", dir.resolve("out.json").toString());
    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).isEqualTo("roadmap: /dev/zero: line 1: a roadmap document must be text, but holds the "
        + "control character U+0000 (binary file?)\n");
  }
}
