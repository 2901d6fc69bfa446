package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
  void readText_yaml_isReadWhole() throws IOException {
    Path file = Files.writeString(dir.resolve("waivers.yaml"), "waivers:\n  - rule: \u00e9\n");
    assertThat(Inputs.readText(file)).isEqualTo("waivers:\n  - rule: \u00e9\n");
  }

  @Test
  void readText_controlCharacter_isRefusedAtItsLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("waivers.yaml"), "waivers:\n  \u0000");
    assertThatThrownBy(() -> Inputs.readText(file)).isInstanceOf(BadInputException.class)
        .hasMessage(file + ": line 2, column 3: must be YAML or JSON text, but holds the control character U+0000 "
            + "(binary file?)");
  }

  @Test
  void readText_malformedUtf8_isRefusedAtItsLineAndColumn() throws IOException {
    Path file = Files.write(dir.resolve("waivers.yaml"), new byte[] {'a', '\n', 'b', 'c', (byte) 0xC3, 'd'});
    assertThatThrownBy(() -> Inputs.readText(file)).isInstanceOf(BadInputException.class)
        .hasMessage(file + ": line 2, column 3: must be UTF-8 text, but byte 5 is not UTF-8 (binary file?)");
  }

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
