package org.wsis.roadmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.Timing;

/** The copy methods are public API: this test lives outside the model's package on purpose. */
final class CopyMethodsTest {

  private static Outcome outcome() {
    return Outcome.builder()
        .id(OutcomeId.parse("C2.GT.A"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("A")
        .statement("Governments should take action")
        .addSdgLink(SdgLink.of(SdgGoal.NINE))
        .build();
  }

  @Test
  void withStatement_fromAnotherPackage_replacesOnlyTheStatement() {
    Outcome original = outcome();

    Outcome edited = original.withStatement("Governments should act");

    assertThat(edited.getStatement()).isEqualTo("Governments should act");
    assertThat(edited.getSdgLinks()).isEqualTo(original.getSdgLinks());
    assertThat(original.getStatement()).isEqualTo("Governments should take action");
    assertThat(edited).isNotEqualTo(original);
  }

  @Test
  void withOptionalAndListAttributes_replaceTheWholeValue() {
    Outcome edited = outcome()
        .withTiming(Timing.read("2020-2025"))
        .withSdgLinks(List.of(SdgLink.of(SdgGoal.EIGHT)));

    assertThat(edited.getTiming()).contains(Timing.read("2020-2025"));
    assertThat(edited.getSdgLinks()).containsExactly(SdgLink.of(SdgGoal.EIGHT));
  }

  @Test
  void withSameValue_returnsAnEqualInstance() {
    Outcome original = outcome();

    assertThat(original.withLabel("A")).isEqualTo(original);
  }

  @Test
  void withOutcomes_onActionLine_keepsTheOtherAttributes() {
    ActionLineRoadmap line = ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure").build();

    ActionLineRoadmap filled = line.withOutcomes(List.of(outcome()));

    assertThat(filled.getOutcomes()).hasSize(1);
    assertThat(filled.getTitle()).isEqualTo("Infrastructure");
  }
}
