package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code replaceOutcome} and {@code withOutcome} on roadmaps and action lines. */
final class OutcomeCopiesTest {

  private static Outcome outcome(String id) {
    OutcomeId outcomeId = OutcomeId.parse(id);
    return Outcome.builder().id(outcomeId).section(outcomeId.getSection()).label(outcomeId.getLabel())
        .statement("Statement " + id).build();
  }

  private static final ActionLineRoadmap C2 = ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure")
      .addOutcomes(outcome("C2.GT.A"), outcome("C2.GT.B"), outcome("C2.W10.A")).build();
  private static final ActionLineRoadmap C5 = ActionLineRoadmap.builder().actionLine(ActionLine.C5).title("Security")
      .addOutcomes(outcome("C5.GT.A")).build();
  private static final Roadmap ROADMAP = Roadmap.builder().id("r").title("R").status(RoadmapStatus.DRAFT)
      .addActionLines(C2, C5).build();

  private static List<String> ids(ActionLineRoadmap line) {
    return line.getOutcomes().stream().map(o -> o.getId().toString()).collect(Collectors.toList());
  }

  @Test
  void replaceOutcome_existingId_replacesAtTheSamePosition() {
    Outcome changed = outcome("C2.GT.B").withStatement("Changed");
    Roadmap copy = ROADMAP.replaceOutcome(OutcomeId.parse("C2.GT.B"), changed);
    assertThat(copy.getActionLines().get(0).getOutcomes()).containsExactly(outcome("C2.GT.A"), changed, outcome("C2.W10.A"));
    assertThat(copy.getActionLines().get(1)).isSameAs(C5);
    assertThat(ROADMAP.findOutcome(OutcomeId.parse("C2.GT.B")).orElseThrow().getStatement()).isEqualTo("Statement C2.GT.B");
  }

  @Test
  void replaceOutcome_equalOutcome_returnsSameInstance() {
    assertThat(ROADMAP.replaceOutcome(OutcomeId.parse("C5.GT.A"), outcome("C5.GT.A"))).isSameAs(ROADMAP);
  }

  @Test
  void replaceOutcome_unknownId_throwsUnknownOutcomeException() {
    UnknownOutcomeException e = catchThrowableOfType(UnknownOutcomeException.class,
        () -> ROADMAP.replaceOutcome(OutcomeId.parse("C5.GT.Z9"), outcome("C5.GT.Z9")));
    assertThat(e).isInstanceOf(RoadmapException.class)
        .hasMessage("an outcome must exist to be replaced, but roadmap 'r' has no outcome with id: 'C5.GT.Z9'");
    assertThat(e.getId()).isEqualTo(OutcomeId.parse("C5.GT.Z9"));
  }

  @Test
  void actionLineReplaceOutcome_unknownId_throwsUnknownOutcomeException() {
    UnknownOutcomeException e = catchThrowableOfType(UnknownOutcomeException.class,
        () -> C5.replaceOutcome(OutcomeId.parse("C2.GT.A"), outcome("C2.GT.A")));
    assertThat(e).hasMessageContaining("action line C5 has no outcome with id: 'C2.GT.A'");
  }

  @Test
  void withOutcome_existingId_replacesInPlace() {
    Outcome changed = outcome("C2.GT.A").withStatement("Changed");
    assertThat(ROADMAP.withOutcome(changed).getActionLines().get(0).getOutcomes())
        .containsExactly(changed, outcome("C2.GT.B"), outcome("C2.W10.A"));
  }

  @Test
  void withOutcome_newIdOfAnEarlierSection_goesAfterTheLastOfItsSection() {
    Roadmap copy = ROADMAP.withOutcome(outcome("C2.GT.C"));
    assertThat(ids(copy.getActionLines().get(0))).containsExactly("C2.GT.A", "C2.GT.B", "C2.GT.C", "C2.W10.A");
  }

  @Test
  void withOutcome_newIdOfTheLastSection_goesAtTheEnd() {
    assertThat(ids(C2.withOutcome(outcome("C2.W10.B")))).containsExactly("C2.GT.A", "C2.GT.B", "C2.W10.A", "C2.W10.B");
    assertThat(ids(ROADMAP.withOutcome(outcome("C5.W10.A")).getActionLines().get(1))).containsExactly("C5.GT.A", "C5.W10.A");
  }

  @Test
  void withOutcome_actionLineNotInTheRoadmap_throwsRoadmapException() {
    RoadmapException e = catchThrowableOfType(RoadmapException.class, () -> ROADMAP.withOutcome(outcome("C7.GT.A")));
    assertThat(e).hasMessage("an outcome added to roadmap 'r' must belong to one of its action lines [C2, C5]"
        + " (add the action line first with withActionLines), but was: 'C7.GT.A'");
  }

  @Test
  void actionLineWithOutcome_idOfAnotherActionLine_throwsRoadmapException() {
    RoadmapException e = catchThrowableOfType(RoadmapException.class, () -> C5.withOutcome(outcome("C2.GT.C")));
    assertThat(e).hasMessage("an outcome added to action line C5 must have an id of that action line, but was: 'C2.GT.C'");
  }
}
