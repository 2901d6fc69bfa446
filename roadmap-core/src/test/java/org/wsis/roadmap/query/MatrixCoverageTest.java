package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;

final class MatrixCoverageTest {
  private final MatrixCoverage coverage = MatrixCoverage.of(Fixtures.sample());

  private static List<String> codes(List<?> values) {
    return values.stream().map(v -> v instanceof SdgGoal ? Integer.toString(((SdgGoal) v).getNumber())
        : v instanceof SdgLink ? ((SdgLink) v).getCode() : v.toString())
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void lines_followTheRoadmap() {
    assertThat(coverage.getLines()).extracting(MatrixCoverage.Line::getActionLine).containsExactly(ActionLine.C2, ActionLine.C5);
    assertThat(coverage.getLine(ActionLine.C6)).isEmpty();
  }

  @Test
  void c2_goalAndTargetLinks_splitTheMatrixIntoAddressedAndNot() {
    MatrixCoverage.Line c2 = coverage.getLine(ActionLine.C2).orElseThrow();

    assertThat(codes(c2.getMatrixGoals())).containsExactly("1", "8", "9", "11");
    assertThat(codes(c2.getAddressedGoals())).containsExactly("9");
    assertThat(codes(c2.getUnaddressedGoals())).containsExactly("1", "8", "11");
    assertThat(codes(c2.getAddressedTargets())).containsExactly("9.c");
    assertThat(codes(c2.getUnaddressedTargets())).containsExactly("1.4", "8.2", "9.1", "9.a", "11.5", "11.b");
    assertThat(codes(c2.getGoalsWithoutMatrixTarget())).containsExactly("1", "8", "11");
    assertThat(c2.getOutsideLinks()).containsExactly(java.util.Map.entry(SdgLink.parse("17.8"), List.of(OutcomeId.parse("C2.GT.B"))));
  }

  @Test
  void c5_goalLinkOfATargetLevelGoal_addressesTheGoalButNoTarget() {
    MatrixCoverage.Line c5 = coverage.getLine(ActionLine.C5).orElseThrow();

    assertThat(codes(c5.getAddressedGoals())).containsExactly("4", "16");
    assertThat(c5.getAddressedTargets()).isEmpty();
    assertThat(c5.getUnaddressedTargets()).hasSize(15);
    assertThat(c5.getGoalsWithoutMatrixTarget()).containsExactlyElementsOf(c5.getMatrixGoals()).contains(SdgGoal.SIXTEEN);
    assertThat(c5.getOutsideLinks().keySet()).containsExactly(SdgLink.parse("4.4"));
  }

  @Test
  void goalLevelMapping_anyLinkOfTheGoalMeetsIt_otherGoalsAreOutside() {
    Roadmap roadmap = Roadmap.builder().from(Fixtures.sample()).actionLines(List.of(
        ActionLineRoadmap.builder().actionLine(ActionLine.C3).title("Access to information")
            .addOutcome(Fixtures.outcome("C3.GT.A", "Open archives.")
                .sdgLinks(List.of(SdgLink.of(SdgGoal.ONE), SdgLink.parse("4.1"), SdgLink.parse("16.10"), SdgLink.of(SdgTarget.read("9.z")))).build())
            .build()))
        .build();

    MatrixCoverage.Line c3 = MatrixCoverage.of(roadmap).getLine(ActionLine.C3).orElseThrow();

    assertThat(c3.getMatrixTargets()).isEmpty();
    assertThat(codes(c3.getAddressedGoals())).containsExactly("1", "9", "16");
    assertThat(c3.getGoalsWithoutMatrixTarget()).doesNotContain(SdgGoal.ONE, SdgGoal.NINE, SdgGoal.SIXTEEN).contains(SdgGoal.TWO).hasSize(13);
    assertThat(codes(List.copyOf(c3.getOutsideLinks().keySet()))).containsExactly("4.1");
  }

  @Test
  void twoTablesOfOneLine_arePooled_andOutsideLinksAreOrderedByGoal() {
    Roadmap roadmap = Roadmap.builder().from(Fixtures.sample()).actionLines(List.of(
        ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure")
            .addOutcome(Fixtures.outcome("C2.GT.A", "One.").sdgLinks(List.of(SdgLink.parse("17.8"), SdgLink.parse("9.c"))).build())
            .build(),
        ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure")
            .addOutcome(Fixtures.outcome("C2.W10.a", "Two.").sdgLinks(List.of(SdgLink.parse("17"), SdgLink.parse("3.8"), SdgLink.parse("17.8"))).build())
            .build()))
        .build();

    MatrixCoverage matrix = MatrixCoverage.of(roadmap);

    assertThat(matrix.getLines()).hasSize(1);
    assertThat(codes(List.copyOf(matrix.getLines().get(0).getOutsideLinks().keySet()))).containsExactly("3.8", "17", "17.8");
    assertThat(matrix.getLines().get(0).getOutsideLinks().get(SdgLink.parse("17.8")))
        .containsExactly(OutcomeId.parse("C2.GT.A"), OutcomeId.parse("C2.W10.a"));
  }

  @Test
  void toText_listsEachLine() {
    assertThat(coverage.toText()).isEqualTo("WSIS-SDG Matrix coverage\n"
        + "C2  matrix goals: 1, 8, 9, 11\n"
        + "  goals addressed:                9\n"
        + "  goals not addressed:            1, 8, 11\n"
        + "  targets addressed:              9.c\n"
        + "  targets not addressed:          1.4, 8.2, 9.1, 9.a, 11.5, 11.b\n"
        + "  goals without a matrix target:  1, 8, 11\n"
        + "  links outside the matrix:       17.8 (C2.GT.B)\n"
        + "C5  matrix goals: 1, 4, 5, 7, 8, 9, 11, 16, 17\n"
        + "  goals addressed:                4, 16\n"
        + "  goals not addressed:            1, 5, 7, 8, 9, 11, 17\n"
        + "  targets addressed:              none\n"
        + "  targets not addressed:          1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 8.1, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8\n"
        + "  goals without a matrix target:  1, 4, 5, 7, 8, 9, 11, 16, 17\n"
        + "  links outside the matrix:       4.4 (C5.W10.a)\n");
  }

  @Test
  void sdgCoverageRow_marksTheMatrixCells() {
    SdgCoverage.Row c2 = SdgCoverage.of(Fixtures.sample()).getRow(ActionLine.C2).orElseThrow();

    assertThat(c2.isMatrixCell(SdgGoal.NINE)).isTrue();
    assertThat(c2.isMatrixCell(SdgGoal.ELEVEN)).isTrue();
    assertThat(c2.isMatrixCell(SdgGoal.SEVENTEEN)).isFalse();
  }

  @Test
  void nullArguments_throwNullPointerException() {
    assertThatThrownBy(() -> MatrixCoverage.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> coverage.getLine(null)).isInstanceOf(NullPointerException.class);
    assertThat(SdgTarget.parse("9.c")).isIn(coverage.getLine(ActionLine.C2).orElseThrow().getAddressedTargets());
  }
}
