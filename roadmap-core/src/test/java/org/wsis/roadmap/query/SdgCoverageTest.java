package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.SdgGoal;

final class SdgCoverageTest {
  private final SdgCoverage coverage = SdgCoverage.of(Fixtures.sample());

  @Test
  void rows_followTheRoadmap_withEveryGoalCell() {
    assertThat(coverage.getRows()).extracting(SdgCoverage.Row::getActionLine).containsExactly(ActionLine.C2, ActionLine.C5);
    assertThat(coverage.getRows().get(0).getCells()).hasSize(17);
  }

  @Test
  void cell_goalOrTargetLink_holdsTheOutcome() {
    SdgCoverage.Row c2 = coverage.getRow(ActionLine.C2).orElseThrow();
    assertThat(c2.getCell(SdgGoal.NINE)).extracting(Outcome::getLabel).containsExactly("A");
    assertThat(c2.getCell(SdgGoal.SEVENTEEN)).extracting(Outcome::getLabel).containsExactly("B");
    assertThat(c2.getCell(SdgGoal.FOUR)).isEmpty();
    assertThat(c2.getGoals()).containsExactly(SdgGoal.NINE, SdgGoal.SEVENTEEN);
  }

  @Test
  void linkedShare_countsOutcomesWithAnyLink() {
    SdgCoverage.Row c2 = coverage.getRow(ActionLine.C2).orElseThrow();
    assertThat(c2.getOutcomeCount()).isEqualTo(3);
    assertThat(c2.getLinkedCount()).isEqualTo(2);
    assertThat(c2.getLinkedShare()).isEqualTo(2.0 / 3);
    assertThat(coverage.getRow(ActionLine.C5).orElseThrow().getLinkedShare()).isEqualTo(1.0);
    assertThat(coverage.getRow(ActionLine.C6)).isEmpty();
  }

  @Test
  void uncoveredGoals_areTheGoalsNoOutcomeLinksTo() {
    assertThat(coverage.getUncoveredGoals()).hasSize(13).doesNotContain(SdgGoal.FOUR, SdgGoal.NINE, SdgGoal.SIXTEEN, SdgGoal.SEVENTEEN);
  }

  @Test
  void toText_rendersCountsAndUncoveredGoals() {
    assertThat(coverage.toText()).isEqualTo(
        "AL     1   2   3   4   5   6   7   8   9  10  11  12  13  14  15  16  17  linked\n"
            + "C2     .   .   .   .   .   .   .   .   1   .   .   .   .   .   .   .   1  2/3 (67%)\n"
            + "C5     .   .   .   1   .   .   .   .   .   .   .   .   .   .   .   1   .  2/2 (100%)\n"
            + "Goals no outcome covers: 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15\n");
  }

  @Test
  void of_roadmapWithoutOutcomes_everyGoalUncovered() {
    org.wsis.roadmap.Roadmap empty = org.wsis.roadmap.Roadmap.builder().id("e").title("e")
        .status(org.wsis.roadmap.RoadmapStatus.DRAFT).build();
    SdgCoverage none = SdgCoverage.of(empty);
    assertThat(none.getRows()).isEmpty();
    assertThat(none.getUncoveredGoals()).hasSize(17);
  }
}
