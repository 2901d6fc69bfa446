package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One entry of the WSIS-SDG matrix: its links, coverage, equality and text. */
final class WsisSdgMatrixEntryTest {

  private static final WsisSdgMatrix.Entry C1 = WsisSdgMatrix.entriesOf(ActionLine.C1).get(0);

  private static List<SdgTarget> targets(String... codes) {
    return List.of(codes).stream().map(SdgTarget::parse).collect(Collectors.toList());
  }

  @Test
  void getLinks_c1_goalLevelGoalsThenTargetsInUnOrder() {
    assertThat(C1.getLinks().stream().map(SdgLink::getCode).collect(Collectors.toList()))
        .containsExactly("1", "5", "3.8", "3.d", "10.c", "16.5", "16.6", "16.10", "17.8");
  }

  @Test
  void covers_c1_listedTargetAndGoalLevelGoalButNoOtherTarget() {
    assertThat(C1.covers(SdgLink.parse("16.10"))).isTrue();
    assertThat(C1.covers(SdgLink.parse("5"))).isTrue();
    assertThat(C1.covers(SdgLink.parse("9.c"))).isFalse();
    assertThat(C1.covers(SdgLink.parse("9"))).isFalse();
  }

  @Test
  void equals_sameFields_equalWithTheSameHash() {
    WsisSdgMatrix.Entry copy = new WsisSdgMatrix.Entry(ActionLine.C1, Optional.empty(), List.of(SdgGoal.FIVE, SdgGoal.ONE),
        targets("17.8", "16.10", "16.6", "16.5", "10.c", "3.d", "3.8"));
    assertThat(copy).isEqualTo(C1).hasSameHashCodeAs(C1);
    assertThat(C1).isEqualTo(C1);
  }

  @Test
  void equals_anyFieldDifferent_notEqual() {
    List<SdgGoal> goals = List.of(SdgGoal.ONE, SdgGoal.FIVE);
    List<SdgTarget> targets = targets("3.8", "3.d", "10.c", "16.5", "16.6", "16.10", "17.8");
    assertThat(new WsisSdgMatrix.Entry(ActionLine.C2, Optional.empty(), goals, targets)).isNotEqualTo(C1);
    assertThat(new WsisSdgMatrix.Entry(ActionLine.C1, Optional.of(C7SubLine.E_HEALTH), goals, targets)).isNotEqualTo(C1);
    assertThat(new WsisSdgMatrix.Entry(ActionLine.C1, Optional.empty(), List.of(SdgGoal.ONE), targets)).isNotEqualTo(C1);
    assertThat(new WsisSdgMatrix.Entry(ActionLine.C1, Optional.empty(), goals, targets("3.8"))).isNotEqualTo(C1);
    assertThat(C1).isNotEqualTo("C1");
    assertThat(C1).isNotEqualTo(WsisSdgMatrix.entriesOf(ActionLine.C2).get(0));
  }

  @Test
  void toString_namesTheLineOrSubLineAndTheLinks() {
    assertThat(C1.toString()).startsWith("C1 [GoalLink{goal=SDG 1}, GoalLink{goal=SDG 5}, TargetLink{target=3.8}")
        .endsWith("TargetLink{target=17.8}]");
    assertThat(WsisSdgMatrix.entryOf(C7SubLine.E_HEALTH).toString()).startsWith("C7.e-health [GoalLink{goal=SDG 3}, ");
  }
}
