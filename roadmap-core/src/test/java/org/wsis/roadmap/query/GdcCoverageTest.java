package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;

final class GdcCoverageTest {
  private static Outcome outcome(String label, GdcObjective... links) {
    return Outcome.builder().id(OutcomeId.of(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, label))
        .section(OutcomeSection.GENEVA_TUNIS).label(label).statement("Statement " + label).addGdcLinks(links).build();
  }

  private static Roadmap roadmap(Outcome... outcomes) {
    return Roadmap.builder().id("r").title("R").status(RoadmapStatus.DRAFT)
        .addActionLines(ActionLineRoadmap.builder().actionLine(ActionLine.C5).title("C5").addOutcomes(outcomes).build())
        .build();
  }

  @Test
  void count_outcomesLinkedToAnObjective_countsEachOutcomeOnce() {
    GdcCoverage coverage = GdcCoverage.of(roadmap(
        outcome("A", GdcObjective.of(3), GdcObjective.of(3), GdcObjective.of(1)), outcome("B", GdcObjective.of(3)),
        outcome("C", GdcObjective.of(6))));
    assertThat(coverage.count(ActionLine.C5, GdcObjective.of(3))).isEqualTo(2);
    assertThat(coverage.count(ActionLine.C5, GdcObjective.of(1))).isEqualTo(1);
    assertThat(coverage.count(ActionLine.C5, GdcObjective.of(6))).isZero();
    assertThat(coverage.count(ActionLine.C2, GdcObjective.of(3))).isZero();
    assertThat(coverage.getActionLines()).containsExactly(ActionLine.C5);
    assertThat(coverage.toText()).isEqualTo("line  GDC1 GDC2 GDC3 GDC4 GDC5\nC5       1    0    2    0    0\n");
  }

  @Test
  void count_noGdcLinks_isZeroEverywhere() {
    GdcCoverage coverage = GdcCoverage.of(roadmap(outcome("A")));
    for (GdcObjective objective : GdcObjective.catalogue()) {
      assertThat(coverage.count(ActionLine.C5, objective)).isZero();
    }
  }
}
