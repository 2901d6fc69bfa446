package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roadmap validate file.jsonl} reports a duplicate id 500,000 outcomes after the first. */
final class StreamValidationIT {
  @TempDir
  Path dir;

  @Test
  void validate_jsonLinesWithADuplicateId500000OutcomesApart_reportsIt() {
    Path file = CustomRulesCommandTest.writeJsonLines(dir.resolve("half-million.jsonl"), 500_001, 500_000);

    Cli.Result result = Cli.run("validate", file.toString(), "--format", "json", "--fail-on", "NONE", "--profile", "editorial");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"pointer\" : \"/actionLines/0/outcomes/500000/id\"")
        .contains("outcome id must be unique, but 'C2.GT.A1' is also the id of /actionLines/0/outcomes/0");
  }
}
