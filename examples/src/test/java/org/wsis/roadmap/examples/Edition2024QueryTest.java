package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.ResolutionKey;
import org.wsis.roadmap.query.RoadmapDiff;
import org.wsis.roadmap.query.RoadmapIndex;
import org.wsis.roadmap.query.RoadmapStatistics;
import org.wsis.roadmap.query.SdgCoverage;

/**
 * Questions asked of the bundled 2024 edition, with answers read off the document itself
 * (WSIS Action Lines Roadmaps C2, C4, C5, C6, draft as of 11 October 2024), column "Linkages with
 * SDGs" and column "ITU Strategic Goals and Relevant Resolutions".
 */
final class Edition2024QueryTest {
  private static final Roadmap EDITION = WsisRoadmaps.edition2024();
  private static final RoadmapIndex INDEX = RoadmapIndex.of(EDITION);

  private static List<String> ids(List<Outcome> outcomes) {
    return outcomes.stream().map(o -> o.getId().toString()).collect(Collectors.toList());
  }

  @Test
  void byGoal_nine_everyC2OutcomeTwoC4OutcomesAndC5ButW10c() {
    // C2: every row prints SDG 9 ("SDG 9", "SDG 8,9", "SDG 1,9", "SDG 9,11").
    // C4: A prints "SDG 9 (Industry, Innovation, and Infrastructure)" among other goals, F prints it alone.
    // C5: every row prints targets 9.1 and 9.c, except W10 c. ("4.1, 4.5, 16.2"). C6 prints no SDG.
    assertThat(ids(INDEX.byGoal(SdgGoal.NINE))).containsExactly(
        "C2.GT.A", "C2.GT.B", "C2.GT.C", "C2.GT.D", "C2.GT.E", "C2.GT.F", "C2.GT.G", "C2.GT.H", "C2.GT.I",
        "C2.GT.J", "C2.GT.K", "C2.GT.L", "C2.W10.a", "C2.W10.b", "C2.W10.c", "C2.W10.d",
        "C4.GT.A", "C4.GT.F",
        "C5.GT.A1", "C5.GT.A2", "C5.GT.B1", "C5.GT.B2", "C5.GT.B3", "C5.GT.B4", "C5.GT.B5", "C5.GT.C",
        "C5.GT.D", "C5.GT.E", "C5.GT.F", "C5.GT.G", "C5.GT.H", "C5.GT.I", "C5.GT.J",
        "C5.W10.a", "C5.W10.b", "C5.W10.d", "C5.W10.e", "C5.W10.f");
  }

  @Test
  void byTarget_nineC_everyC5OutcomeButW10c() {
    // Only C5 prints targets; every C5 row prints 9.c except WSIS+10 c.
    assertThat(ids(INDEX.byTarget(SdgTarget.parse("9.c")))).containsExactly(
        "C5.GT.A1", "C5.GT.A2", "C5.GT.B1", "C5.GT.B2", "C5.GT.B3", "C5.GT.B4", "C5.GT.B5", "C5.GT.C",
        "C5.GT.D", "C5.GT.E", "C5.GT.F", "C5.GT.G", "C5.GT.H", "C5.GT.I", "C5.GT.J",
        "C5.W10.a", "C5.W10.b", "C5.W10.d", "C5.W10.e", "C5.W10.f");
  }

  @Test
  void byResolution_wtdc45_everyC5Outcome() {
    // Every C5 row cites "WTDC Resolutions 45, 2, 67, 69 (Rev. Kigali, 2022)"; no other row cites WTDC 45
    // (C4 B cites WTDC Res. 37, 40, 55, 58, 64, 67, 76, 77, 82, 87; C4 F cites WTDC Res. 73).
    assertThat(ids(INDEX.byResolution(ResolutionKey.parse("WTDC 45")))).containsExactly(
        "C5.GT.A1", "C5.GT.A2", "C5.GT.B1", "C5.GT.B2", "C5.GT.B3", "C5.GT.B4", "C5.GT.B5", "C5.GT.C",
        "C5.GT.D", "C5.GT.E", "C5.GT.F", "C5.GT.G", "C5.GT.H", "C5.GT.I", "C5.GT.J",
        "C5.W10.a", "C5.W10.b", "C5.W10.c", "C5.W10.d", "C5.W10.e", "C5.W10.f");
  }

  @Test
  void activeIn_2026_theRowsWhoseTimingRunsPast2025() {
    // C2 D prints 2020-2030 (the other C2 rows 2020-2025); C4 prints Since 2019 (continuous), 2017 to 2030,
    // Continuous, 2016 - 2030, Since 2016, and F "2012 to date" (to the edition date, 2024);
    // C5 and C6 print 2023-2025 or nothing.
    assertThat(ids(INDEX.activeIn(2026))).containsExactly(
        "C2.GT.D", "C4.GT.A", "C4.GT.B", "C4.GT.C", "C4.GT.D", "C4.GT.E");
  }

  @Test
  void search_ipv6_evidenceAndResultsOfThreeC2Rows() {
    // "IPv6" appears in the evidence of C2 B and C2 F and in the results of C2 J.
    assertThat(ids(INDEX.search("ipv6"))).containsExactly("C2.GT.B", "C2.GT.F", "C2.GT.J");
    assertThat(ids(QueryRoadmapExample.outcomesMentioning(EDITION, "IPv6"))).containsExactly("C2.GT.B", "C2.GT.F", "C2.GT.J");
  }

  @Test
  void coverage_c5Row_goalsOfItsTargets() {
    SdgCoverage.Row c5 = SdgCoverage.of(EDITION).getRow(ActionLine.C5).orElseThrow();
    Map<SdgGoal, Integer> counts = new java.util.EnumMap<>(SdgGoal.class);
    c5.getCells().forEach((goal, outcomes) -> {
      if (!outcomes.isEmpty()) {
        counts.put(goal, outcomes.size());
      }
    });
    // Targets 1.4; 4.1, 4.3, 4.5; 5.b; 7.1, 7.a, 7.b; 9.1, 9.c; 11.3, 11.b; 16.2; 17.8, counted per row.
    assertThat(counts).containsExactly(
        Map.entry(SdgGoal.ONE, 14), Map.entry(SdgGoal.FOUR, 6), Map.entry(SdgGoal.FIVE, 5),
        Map.entry(SdgGoal.SEVEN, 11), Map.entry(SdgGoal.NINE, 20), Map.entry(SdgGoal.ELEVEN, 11),
        Map.entry(SdgGoal.SIXTEEN, 8), Map.entry(SdgGoal.SEVENTEEN, 13));
    assertThat(ids(c5.getCell(SdgGoal.FIVE))).containsExactly("C5.GT.A1", "C5.GT.B1", "C5.GT.B5", "C5.GT.C", "C5.GT.J");
    assertThat(c5.getOutcomeCount()).isEqualTo(21);
    assertThat(c5.getLinkedCount()).isEqualTo(21);
  }

  @Test
  void coverage_uncoveredGoals_noRowPrintsThem() {
    // C2 prints goals 1, 8, 9, 11; C4 goals 1, 4, 5, 8, 9, 10, 17; C5 the goals of its targets 1, 4, 5, 7, 9, 11, 16, 17.
    assertThat(SdgCoverage.of(EDITION).getUncoveredGoals()).containsExactly(
        SdgGoal.TWO, SdgGoal.THREE, SdgGoal.SIX, SdgGoal.TWELVE, SdgGoal.THIRTEEN, SdgGoal.FOURTEEN, SdgGoal.FIFTEEN);
  }

  @Test
  void statistics_countsPerActionLineAndSection() {
    // C2: A to L and WSIS+10 a to d; C4: A to F and a; C5: A1, A2, B1 to B5, C to J and a to f;
    // C6: a to r and WSIS+10 a to f.
    RoadmapStatistics statistics = RoadmapStatistics.of(EDITION);
    assertThat(statistics.getOutcomeCount()).isEqualTo(68);
    assertThat(statistics.count(ActionLine.C2, OutcomeSection.GENEVA_TUNIS)).isEqualTo(12);
    assertThat(statistics.count(ActionLine.C2, OutcomeSection.WSIS_PLUS_10)).isEqualTo(4);
    assertThat(statistics.count(ActionLine.C4, OutcomeSection.GENEVA_TUNIS)).isEqualTo(6);
    assertThat(statistics.count(ActionLine.C4, OutcomeSection.WSIS_PLUS_10)).isEqualTo(1);
    assertThat(statistics.count(ActionLine.C5, OutcomeSection.GENEVA_TUNIS)).isEqualTo(15);
    assertThat(statistics.count(ActionLine.C5, OutcomeSection.WSIS_PLUS_10)).isEqualTo(6);
    assertThat(statistics.count(ActionLine.C6, OutcomeSection.GENEVA_TUNIS)).isEqualTo(18);
    assertThat(statistics.count(ActionLine.C6, OutcomeSection.WSIS_PLUS_10)).isEqualTo(6);
    // The SDG cell is empty for C4 WSIS+10 a and for every C6 row.
    assertThat(statistics.getEmptyCells(RoadmapStatistics.Column.SDG_LINKS)).hasSize(25);
  }

  @Test
  void diff_editionWithItself_noChange() {
    assertThat(RoadmapDiff.between(EDITION, WsisRoadmaps.edition2024()).isEmpty()).isTrue();
  }
}
