package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapReadException;

final class ReadLimitsExampleTest {
  private static final Roadmap SMALL = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure(), ExampleRoadmaps.protection());

  private static Roadmap withStatementOf(int length) {
    return ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure().withStatement("s".repeat(length)));
  }

  @Test
  void readUntrustedJson_smallRoadmap_isRead() {
    assertThat(ReadLimitsExample.readUntrustedJson(RoadmapJson.toString(SMALL))).isEqualTo(SMALL);
    assertThat(ReadLimitsExample.readUntrustedJson(RoadmapJson.toString(withStatementOf(4_000)))).isEqualTo(withStatementOf(4_000));
  }

  @Test
  void readUntrustedJson_longStatement_failsNamingTheLimitAndThePointer() {
    String json = RoadmapJson.toString(withStatementOf(4_001));

    assertThatThrownBy(() -> ReadLimitsExample.readUntrustedJson(json))
        .isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("4000")
        .satisfies(e -> assertThat(((RoadmapReadException) e).getPointer()).isEqualTo("/actionLines/0/outcomes/0/statement"));
    assertThat(RoadmapJson.read(json)).isEqualTo(withStatementOf(4_001)); // the defaults allow it
  }

  @Test
  void readUntrustedJsonLines_tooManyLines_failsNamingTheLimitAndTheLine() {
    Roadmap many = SMALL;
    for (int i = 0; i < 200; i++) {
      many = many.withOutcome(ExampleRoadmaps.infrastructure().withId(OutcomeId.parse("C2.GT.A" + i)).withLabel("A" + i));
    }
    String jsonLines = RoadmapJsonLines.toString(many);

    assertThatThrownBy(() -> ReadLimitsExample.readUntrustedJsonLines(jsonLines))
        .isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("200")
        .satisfies(e -> assertThat(((RoadmapReadException) e).getLine()).isEqualTo(201));
    assertThat(RoadmapJsonLines.read(jsonLines)).isEqualTo(many);
  }

  @Test
  void readUntrustedJsonLines_smallRoadmap_isRead() {
    assertThat(ReadLimitsExample.readUntrustedJsonLines(RoadmapJsonLines.toString(SMALL))).isEqualTo(SMALL);
  }

  @Test
  void main_bundledEditionFits_hostileInputsPassALimit() {
    String out = StdOut.of(() -> ReadLimitsExample.main(new String[0]));

    assertThat(out.lines()).hasSize(4).satisfies(lines -> {
      assertThat(lines.get(0)).endsWith(": read 68 outcomes");
      assertThat(lines.get(1)).isEqualTo("JSON Lines, 69 lines: read 68 outcomes");
      assertThat(lines.get(2)).contains("at '/actionLines/0/outcomes/0/statement': ").contains("exceeds a read limit", "4000");
      assertThat(lines.get(3)).startsWith("JSON Lines, 219 lines: line ")
          .contains("a JSON Lines stream may be at most 262144 characters long");
    });
  }
}
