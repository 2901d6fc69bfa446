package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;

final class SdgCoverageExampleTest {
  private final Roadmap roadmap = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure(), ExampleRoadmaps.protection());

  @Test
  void table_rowPerActionLine() {
    assertThat(SdgCoverageExample.table(roadmap).split("\n"))
        .hasSize(4)
        .contains("C2     .   .   .   .   .   .   .   .   1   .   .   .   .   .   .   .   .  1/1 (100%)");
  }

  @Test
  void uncoveredGoals_allButNineAndSixteen() {
    assertThat(SdgCoverageExample.uncoveredGoals(roadmap)).hasSize(15).doesNotContain(SdgGoal.NINE, SdgGoal.SIXTEEN);
  }
}
