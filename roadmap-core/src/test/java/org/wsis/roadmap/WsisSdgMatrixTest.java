package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class WsisSdgMatrixTest {

  @Test
  void entries_areC1ToC11WithC7ThroughItsEightSubLines() {
    List<WsisSdgMatrix.Entry> entries = WsisSdgMatrix.entries();
    assertThat(entries).hasSize(18);
    assertThat(entries).filteredOn(e -> e.getActionLine() == ActionLine.C7)
        .extracting(e -> e.getSubLine().orElseThrow()).containsExactly(C7SubLine.values());
    assertThat(entries).filteredOn(e -> e.getActionLine() != ActionLine.C7)
        .allSatisfy(e -> assertThat(e.getSubLine()).isEmpty())
        .extracting(WsisSdgMatrix.Entry::getActionLine).doesNotHaveDuplicates().hasSize(10);
    assertThat(WsisSdgMatrix.entriesOf(ActionLine.C7)).hasSize(8);
    assertThat(WsisSdgMatrix.entriesOf(ActionLine.C5)).hasSize(1);
  }

  @Test
  void everyMatrixTarget_existsInTheSdgCatalogue() {
    for (WsisSdgMatrix.Entry entry : WsisSdgMatrix.entries()) {
      assertThat(entry.getTargets()).as(entry.toString()).allSatisfy(t -> assertThat(t.isKnown()).isTrue());
      assertThat(entry.getGoals()).isNotEmpty();
    }
  }

  @Test
  void targetsOf_c5_isTheMatrixList() {
    assertThat(WsisSdgMatrix.targetsOf(ActionLine.C5)).extracting(SdgTarget::toString).containsExactly(
        "1.4", "4.1", "4.3", "4.5", "5.b", "7.1", "7.a", "7.b", "8.1", "9.1", "9.c", "11.3", "11.b", "16.2", "17.8");
    assertThat(WsisSdgMatrix.goalLevelGoalsOf(ActionLine.C5)).isEmpty();
    assertThat(WsisSdgMatrix.goalsOf(ActionLine.C2)).extracting(SdgGoal::getNumber).containsExactly(1, 8, 9, 11);
  }

  @Test
  void goalsOf_c1_includesGoalLevelAndTargetGoals() {
    assertThat(WsisSdgMatrix.goalLevelGoalsOf(ActionLine.C1)).containsExactly(SdgGoal.ONE, SdgGoal.FIVE);
    assertThat(WsisSdgMatrix.goalsOf(ActionLine.C1)).extracting(SdgGoal::getNumber).containsExactly(1, 3, 5, 10, 16, 17);
  }

  @Test
  void c7_isTheUnionOfItsSubLines() {
    assertThat(WsisSdgMatrix.goalsOf(C7SubLine.E_LEARNING)).containsExactly(SdgGoal.FOUR);
    assertThat(WsisSdgMatrix.targetsOf(C7SubLine.E_LEARNING)).isEmpty();
    assertThat(WsisSdgMatrix.entryOf(C7SubLine.E_HEALTH).getGoalLevelGoals()).containsExactly(SdgGoal.THREE);
    assertThat(WsisSdgMatrix.targetsOf(ActionLine.C7)).contains(SdgTarget.parse("9.c"), SdgTarget.parse("17.19"))
        .isSorted().doesNotHaveDuplicates();
    assertThat(WsisSdgMatrix.goalLevelGoalsOf(ActionLine.C7)).containsExactly(SdgGoal.THREE, SdgGoal.FOUR, SdgGoal.FOURTEEN, SdgGoal.FIFTEEN);
    assertThat(WsisSdgMatrix.covers(ActionLine.C7, SdgLink.parse("4.2"))).isTrue();
    assertThat(WsisSdgMatrix.covers(C7SubLine.E_GOVERNMENT, SdgLink.parse("4.2"))).isFalse();
  }

  @Test
  void covers_targetLink_listedTargetOrGoalLevelGoal() {
    assertThat(WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("9.c"))).isTrue();
    assertThat(WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("9.2"))).isFalse();
    assertThat(WsisSdgMatrix.covers(ActionLine.C1, SdgLink.parse("5.3"))).isTrue();
    assertThat(WsisSdgMatrix.covers(ActionLine.C3, SdgLink.parse("17.19"))).isTrue();
    assertThat(WsisSdgMatrix.covers(ActionLine.C3, SdgLink.parse("4.1"))).isFalse();
  }

  @Test
  void covers_goalLink_goalLevelOrAnyListedTargetOfTheGoal() {
    assertThat(WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("9"))).isTrue();
    assertThat(WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("3"))).isFalse();
    assertThat(WsisSdgMatrix.covers(ActionLine.C1, SdgLink.parse("5"))).isTrue();
    assertThat(WsisSdgMatrix.covers(ActionLine.C2, SdgLink.parse("8"))).isTrue();
    assertThat(WsisSdgMatrix.covers(ActionLine.C2, SdgLink.parse("4"))).isFalse();
  }

  @Test
  void entry_linksAndCovers_agreeWithTheStaticMethods() {
    for (ActionLine line : ActionLine.values()) {
      for (WsisSdgMatrix.Entry entry : WsisSdgMatrix.entriesOf(line)) {
        for (SdgLink link : entry.getLinks()) {
          assertThat(entry.covers(link)).isTrue();
          assertThat(WsisSdgMatrix.covers(line, link)).isTrue();
          assertThat(WsisSdgMatrix.covers(line, SdgLink.of(link.getGoal()))).isTrue();
        }
      }
    }
  }

  @Test
  void nullArguments_throwRoadmapException() {
    assertThatThrownBy(() -> WsisSdgMatrix.covers(ActionLine.C5, null)).isInstanceOf(RoadmapException.class);
    assertThatThrownBy(() -> WsisSdgMatrix.targetsOf((ActionLine) null)).isInstanceOf(RoadmapException.class);
    assertThatThrownBy(() -> WsisSdgMatrix.entryOf(null)).isInstanceOf(RoadmapException.class);
  }
}
