package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;

final class WsisRoadmapsTest {
  @Test
  void edition2024_getTheRoadmapsInOneLine() {
    // README: "Get the 2024 roadmaps in one line"
    Roadmap roadmap = WsisRoadmaps.edition2024();
    Outcome b3 = roadmap.findOutcome(OutcomeId.parse("C5.GT.B3")).orElseThrow();

    assertThat(roadmap.getActionLines()).hasSize(4);
    assertThat(b3.getStatement()).endsWith("by: Promoting effective mutual assistance efforts");
    assertThat(roadmap.findActionLine(ActionLine.C6).orElseThrow().getOutcomes()).hasSize(24);
  }

  @Test
  void readme_showsTheTestedLines() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    assertThat(readme)
        .contains("Roadmap roadmap = WsisRoadmaps.edition2024();\n"
            + "Outcome b3 = roadmap.findOutcome(OutcomeId.parse(\"C5.GT.B3\")).orElseThrow();\n");
  }

  @Test
  void edition2024_isParsedOnceAndShared() {
    assertThat(WsisRoadmaps.edition2024()).isSameAs(WsisRoadmaps.edition2024());
    assertThat(WsisRoadmaps.latest()).isSameAs(WsisRoadmaps.edition2024());
  }

  @Test
  void edition2024_carriesTheErrata() {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    assertThat(roadmap.findOutcome(OutcomeId.parse("C6.GT.l"))).isPresent();
    assertThat(roadmap.findOutcome(OutcomeId.parse("C6.GT.I"))).isEmpty();
    assertThat(roadmap.findOutcome(OutcomeId.parse("C5.GT.A2")).orElseThrow().getCovidResponse().orElseThrow().getDocuments())
        .containsExactly("C20/18", "C21/18");
    assertThat(roadmap.outcomes()).allSatisfy(o -> assertThat(o.getCovidResponse().map(c -> c.getText().contains("C20/18_C21/18")))
        .isNotEqualTo(java.util.Optional.of(true)));
  }
}
