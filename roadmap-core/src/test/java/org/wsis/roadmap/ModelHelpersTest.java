package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The small helpers of the model types: lookups, orders, equality and checks. */
final class ModelHelpersTest {

  private static Outcome outcome(String id) {
    OutcomeId outcomeId = OutcomeId.parse(id);
    return Outcome.builder().id(outcomeId).section(outcomeId.getSection()).label(outcomeId.getLabel())
        .statement("Statement " + id).build();
  }

  @Test
  void isOpenEnded_sinceToDateAndContinuous_only() {
    Timing timing = Timing.read("2020-2025, 2021, Since 2019, 2012 to date, Continuous, tbd");
    assertThat(timing.getEntries().stream().map(e -> e.getKind() + "=" + e.isOpenEnded()).collect(Collectors.toList()))
        .containsExactly("SPAN=false", "YEAR=false", "SINCE=true", "TO_DATE=true", "CONTINUOUS=true", "UNREAD=false");
  }

  @Test
  void sourceRange_fromLineOneOrLaterToALineNotBeforeIt_isValid() {
    assertThat(SourceRange.of(1, 1).toString()).isEqualTo("lines 1-1");
    assertThat(SourceRange.of(3, 5).toString()).isEqualTo("lines 3-5");
    assertThatThrownBy(() -> SourceRange.of(0, 1)).isInstanceOf(RoadmapException.class).hasMessageEndingWith("but was: 0-1");
    assertThatThrownBy(() -> SourceRange.of(5, 4)).isInstanceOf(RoadmapException.class).hasMessageEndingWith("but was: 5-4");
  }

  @Test
  void outcomeId_equalityHashAndOrder() {
    OutcomeId a = OutcomeId.parse("C2.GT.A");
    assertThat(a).isEqualTo(OutcomeId.of(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, "A"));
    // From ordinals and the label, so the same in every run: (31 * 1 + 0) * 31 + 'A'.
    assertThat(a.hashCode()).isEqualTo(1026).isEqualTo(OutcomeId.of(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, "A").hashCode());
    assertThat(OutcomeId.parse("C2.W10.A").hashCode()).isEqualTo(1057);
    assertThat(a).isNotEqualTo(OutcomeId.parse("C2.GT.B")).isNotEqualTo(OutcomeId.parse("C3.GT.A"))
        .isNotEqualTo(OutcomeId.parse("C2.W10.A")).isNotEqualTo("C2.GT.A");
    assertThat(a).isLessThan(OutcomeId.parse("C2.GT.B")).isLessThan(OutcomeId.parse("C2.W10.a"))
        .isGreaterThan(OutcomeId.parse("C1.W10.a"));
  }

  @Test
  void sdgIndicator_numberAndOrder() {
    SdgIndicator first = SdgIndicator.parse("9.c.1");
    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(SdgIndicator.parse("9.c.2").getNumber()).isEqualTo(2);
    assertThat(first).isLessThan(SdgIndicator.parse("9.c.2")).isGreaterThan(SdgIndicator.parse("9.b.1"));
    assertThat(first.compareTo(SdgIndicator.parse("9.c.1"))).isZero();
  }

  @Test
  void roadmap_findActionLine_presentOrEmpty() {
    ActionLineRoadmap c2 = ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure").build();
    ActionLineRoadmap c5 = ActionLineRoadmap.builder().actionLine(ActionLine.C5).title("Security").build();
    Roadmap roadmap = Roadmap.builder().id("r").title("R").status(RoadmapStatus.DRAFT).addActionLines(c2, c5).build();
    assertThat(roadmap.findActionLine(ActionLine.C5)).containsSame(c5);
    assertThat(roadmap.findActionLine(ActionLine.C2)).containsSame(c2);
    assertThat(roadmap.findActionLine(ActionLine.C6)).isEmpty();
  }

  @Test
  void actionLineRoadmap_outcomesOf_onlyThatSectionInOrder() {
    ActionLineRoadmap line = ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure")
        .addOutcomes(outcome("C2.GT.A"), outcome("C2.W10.a"), outcome("C2.GT.B")).build();
    assertThat(line.outcomesOf(OutcomeSection.GENEVA_TUNIS)).extracting(o -> o.getId().toString())
        .containsExactly("C2.GT.A", "C2.GT.B");
    assertThat(line.outcomesOf(OutcomeSection.WSIS_PLUS_10)).extracting(o -> o.getId().toString())
        .containsExactly("C2.W10.a");
  }

  @Test
  void matrix_c7SubLine_targetsAndCoverage() {
    assertThat(WsisSdgMatrix.targetsOf(C7SubLine.E_HEALTH)).extracting(SdgTarget::toString)
        .containsExactly("1.3", "1.4", "1.5", "2.1", "2.2", "3.3", "3.8", "5.6", "5.b", "17.8", "17.19");
    assertThat(WsisSdgMatrix.covers(C7SubLine.E_HEALTH, SdgLink.parse("3.1"))).isTrue();
    assertThat(WsisSdgMatrix.covers(C7SubLine.E_HEALTH, SdgLink.parse("5.b"))).isTrue();
    assertThat(WsisSdgMatrix.covers(C7SubLine.E_HEALTH, SdgLink.parse("9.c"))).isFalse();
  }

  @Test
  void targetKind_ofCode_knownCodesOnly() {
    assertThat(SdgCatalogue.TargetKind.ofCode("outcome")).isEqualTo(SdgCatalogue.TargetKind.OUTCOME);
    assertThat(SdgCatalogue.TargetKind.ofCode("means-of-implementation"))
        .isEqualTo(SdgCatalogue.TargetKind.MEANS_OF_IMPLEMENTATION);
    assertThatThrownBy(() -> SdgCatalogue.TargetKind.ofCode("goal")).isInstanceOf(RoadmapException.class)
        .hasMessageEndingWith("unknown target kind: 'goal'");
  }
}
