package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roadmap validate file.jsonl} reports a duplicate id 500,000 outcomes after the first, run
 * as a process of the shaded jar with a heap of 256 MiB (failsafe runs it after the package phase).
 */
final class StreamValidationIT {
  @TempDir
  Path dir;

  @Test
  void validate_jsonLinesWithADuplicateId500000OutcomesApart_reportsItIn256MiB() throws Exception {
    Path file = CustomRulesCommandTest.writeJsonLines(dir.resolve("half-million.jsonl"), 500_001, 500_000);
    Path jar = Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar"));
    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-jar", jar.toAbsolutePath().toString(),
        "validate", file.toString(), "--format", "json", "--fail-on", "NONE", "--profile", "editorial");

    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("roadmap validate finished").isTrue();

    assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("\"pointer\" : \"/actionLines/0/outcomes/500000/id\"")
        .contains("outcome id must be unique, but 'C2.GT.A1' is also the id of /actionLines/0/outcomes/0");
  }

  @Test
  void validate_jsonLinesWithoutADuplicate_reportsNoUniqueIdFinding() {
    Path file = CustomRulesCommandTest.writeJsonLines(dir.resolve("no-duplicate.jsonl"), 2_000, -1);

    Cli.Result result = Cli.run("validate", file.toString(), "--format", "json", "--fail-on", "NONE", "--profile", "editorial");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("WSIS-ID-001");
  }
}
