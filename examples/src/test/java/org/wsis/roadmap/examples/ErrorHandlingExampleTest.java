package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.io.RoadmapJson;

final class ErrorHandlingExampleTest {
  @Test
  void attempt_goodId_isOk() {
    assertThat(ErrorHandlingExample.attempt(() -> OutcomeId.parse("C5.GT.B3"))).isEqualTo("ok: C5.GT.B3");
  }

  @Test
  void attempt_badId_givesTheParseIndex() {
    assertThat(ErrorHandlingExample.attempt(() -> OutcomeId.parse("C5-GT-B3")))
        .startsWith("parse error at index ").contains("'C5-GT-B3'");
  }

  @Test
  void attempt_wrongTypeInJson_givesLineColumnAndPointer() {
    assertThat(ErrorHandlingExample.attempt(() -> RoadmapJson.read("{\"schemaVersion\": \"1.0\",\n \"id\": 7}")))
        .startsWith("read error at line 2, column ").contains(", /id: ");
  }

  @Test
  void attempt_missingFile_namesThePath(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");

    assertThat(ErrorHandlingExample.attempt(() -> RoadmapJson.read(missing)))
        .startsWith("I/O error on " + missing + ": ").contains("does not exist");
  }

  @Test
  void attempt_incompleteBuilder_namesTheMissingValues() {
    assertThat(ErrorHandlingExample.attempt(() -> Outcome.builder().label("A").statement("...").build()))
        .isEqualTo("Outcome lacks [id, section]: an outcome needs id and section, but they are not set");
  }

  @Test
  void attempt_hugeValue_givesABoundedMessageStatingTheLength() {
    String huge = "C5.GT.B3" + "x".repeat(1_000_000);

    String message = ErrorHandlingExample.attempt(() -> OutcomeId.parse(huge));

    assertThat(message).hasSizeLessThan(1_000).contains("(1,000,008 characters)");
  }

  @Test
  void main_printsEveryKind() {
    String out = StdOut.of(() -> ErrorHandlingExample.main(new String[0]));

    assertThat(out.lines()).hasSize(6).satisfies(lines -> {
      assertThat(lines.get(0)).isEqualTo("ok: C5.GT.B3");
      assertThat(lines.get(1)).startsWith("parse error");
      assertThat(lines.get(2)).startsWith("read error");
      assertThat(lines.get(3)).startsWith("I/O error on missing.json");
      assertThat(lines.get(4)).startsWith("Outcome lacks");
      assertThat(lines.get(5)).startsWith("parse error").hasSizeLessThan(1_000);
    });
  }
}
