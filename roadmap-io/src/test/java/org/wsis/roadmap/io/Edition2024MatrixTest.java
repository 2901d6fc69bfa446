package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.query.MatrixCoverage;

/**
 * The bundled 2024 edition read against the WSIS-SDG Matrix. The answers were checked by reading
 * the SDG column of the document (C2 rows A to L and a to d; C4 rows A to F and a; C5 rows A1 to J
 * and a to f) against the matrix entries of C2, C4 and C5.
 */
final class Edition2024MatrixTest {
  private static final MatrixCoverage COVERAGE = MatrixCoverage.of(WsisRoadmaps.edition2024());

  private static MatrixCoverage.Line line(ActionLine actionLine) {
    return COVERAGE.getLine(actionLine).orElseThrow();
  }

  private static Map<String, List<String>> outside(ActionLine actionLine) {
    return line(actionLine).getOutsideLinks().entrySet().stream().collect(Collectors.toMap(
        e -> e.getKey().getCode(), e -> e.getValue().stream().map(OutcomeId::toString).collect(Collectors.toList()),
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  void c2_linksGoals1_8_9_11Only_allInsideTheMatrix() {
    // Every C2 cell reads "SDG 9", "SDG 8,9", "SDG 1,9" or "SDG 9,11"; the matrix maps C2 to 1.4, 8.2, 9.1, 9.a, 9.c, 11.5, 11.b.
    assertThat(outside(ActionLine.C2)).isEmpty();
    assertThat(line(ActionLine.C2).getAddressedGoals()).containsExactly(SdgGoal.ONE, SdgGoal.EIGHT, SdgGoal.NINE, SdgGoal.ELEVEN);
    assertThat(line(ActionLine.C2).getAddressedTargets()).isEmpty();
    assertThat(line(ActionLine.C2).getGoalsWithoutMatrixTarget()).containsExactly(SdgGoal.ONE, SdgGoal.EIGHT, SdgGoal.NINE, SdgGoal.ELEVEN);
  }

  @Test
  void c4_goals8_9_10_fallOutsideTheMatrix() {
    // A: SDG 1, 4, 9, 10; B: SDG 8; C and E: SDG 17; D: SDG 5, 10; F: SDG 9; the matrix maps C4 to goals 1-6, 12-14, 16, 17 only.
    assertThat(outside(ActionLine.C4)).containsExactly(
        Map.entry("8", List.of("C4.GT.B")),
        Map.entry("9", List.of("C4.GT.A", "C4.GT.F")),
        Map.entry("10", List.of("C4.GT.A", "C4.GT.D")));
    assertThat(line(ActionLine.C4).getAddressedGoals()).containsExactly(SdgGoal.ONE, SdgGoal.FOUR, SdgGoal.FIVE, SdgGoal.SEVENTEEN);
  }

  @Test
  void c5_addressesEveryMatrixTargetBut8_1() {
    assertThat(line(ActionLine.C5).getAddressedTargets()).extracting(SdgTarget::toString).containsExactly(
        "1.4", "4.1", "4.3", "4.5", "5.b", "7.1", "7.a", "7.b", "9.1", "9.c", "11.3", "11.b", "16.2", "17.8");
    assertThat(line(ActionLine.C5).getUnaddressedTargets()).extracting(SdgTarget::toString).containsExactly("8.1");
    assertThat(line(ActionLine.C5).getUnaddressedGoals()).containsExactly(SdgGoal.EIGHT);
    assertThat(line(ActionLine.C5).getGoalsWithoutMatrixTarget()).containsExactly(SdgGoal.EIGHT);
    assertThat(outside(ActionLine.C5)).isEmpty();
  }

  @Test
  void c6_hasNoSdgLink_soNothingIsAddressedAndNothingIsOutside() {
    assertThat(line(ActionLine.C6).getAddressedGoals()).isEmpty();
    assertThat(line(ActionLine.C6).getOutsideLinks()).isEmpty();
    assertThat(line(ActionLine.C6).getUnaddressedTargets()).hasSize(19).contains(SdgTarget.parse("16.10"));
  }
}
