package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.SdgGoal;

final class RoadmapStatisticsTest {
  private final RoadmapStatistics stats = RoadmapStatistics.of(Fixtures.sample());

  @Test
  void counts_perActionLineAndSection() {
    assertThat(stats.getOutcomeCount()).isEqualTo(5);
    assertThat(stats.count(ActionLine.C2)).isEqualTo(3);
    assertThat(stats.count(ActionLine.C2, OutcomeSection.GENEVA_TUNIS)).isEqualTo(2);
    assertThat(stats.count(ActionLine.C5, OutcomeSection.WSIS_PLUS_10)).isEqualTo(1);
    assertThat(stats.count(ActionLine.C6)).isZero();
    assertThat(stats.getCounts().keySet()).containsExactly(ActionLine.C2, ActionLine.C5);
  }

  @Test
  void emptyCells_perColumn_inDocumentOrder() {
    assertThat(stats.getEmptyCells(RoadmapStatistics.Column.SDG_LINKS)).extracting(Object::toString).containsExactly("C2.W10.a");
    assertThat(stats.getEmptyCells(RoadmapStatistics.Column.REFERENCES)).extracting(Object::toString).containsExactly("C5.W10.a");
    assertThat(stats.getEmptyCells(RoadmapStatistics.Column.EVIDENCE)).hasSize(4);
    assertThat(stats.getEmptyCells(RoadmapStatistics.Column.RESULTS)).extracting(Object::toString)
        .containsExactly("C2.GT.A", "C2.GT.B", "C2.W10.a", "C5.W10.a");
    assertThat(stats.getEmptyCells(RoadmapStatistics.Column.COVID_RESPONSE)).hasSize(5);
    assertThat(stats.getEmptyCells(RoadmapStatistics.Column.TIMING)).isEmpty();
    assertThat(stats.getEmptyCells(RoadmapStatistics.Column.STATEMENT)).isEmpty();
  }

  @Test
  void cited_goalsTargetsAndResolutions() {
    assertThat(stats.getGoalsCited()).containsExactly(
        Map.entry(SdgGoal.FOUR, 1), Map.entry(SdgGoal.NINE, 1), Map.entry(SdgGoal.SIXTEEN, 1), Map.entry(SdgGoal.SEVENTEEN, 1));
    assertThat(stats.getTargetsCited().keySet()).extracting(Object::toString).containsExactly("4.4", "9.c", "17.8");
    assertThat(stats.getResolutionsCited().get(ResolutionKey.parse("WTDC 45"))).isEqualTo(2);
    assertThat(stats.getResolutionsByBody()).containsOnlyKeys(ResolutionBody.PP, ResolutionBody.WTDC);
    assertThat(stats.getResolutionsByBody().get(ResolutionBody.PP)).containsExactly("130", "140");
  }

  @Test
  void toText_namesEveryPart() {
    assertThat(stats.toText())
        .contains("Outcomes: 5\n")
        .contains("  C2: 3, GT 2, W10 1\n")
        .contains("  SDG_LINKS: 1\n")
        .contains("SDG goals cited: 4(1) 9(1) 16(1) 17(1)\n")
        .contains("  PP: 130, 140\n")
        .contains("  body not told: 70/1\n");
  }
}
