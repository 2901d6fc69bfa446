package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeId;

final class ChangeTest {

  @Test
  void path_outcomeField_newerIdThenField() {
    Change change = Change.builder().kind(Change.Kind.FIELD_CHANGED).actionLine(ActionLine.C5)
        .olderId(OutcomeId.parse("C5.GT.B3")).newerId(OutcomeId.parse("C5.GT.B4")).field("statement")
        .before("a").after("b").build();
    assertThat(change.getPath()).isEqualTo("C5.GT.B4/statement");
  }

  @Test
  void path_removedOutcome_olderId() {
    Change change = Change.builder().kind(Change.Kind.OUTCOME_REMOVED).actionLine(ActionLine.C5)
        .olderId(OutcomeId.parse("C5.GT.B3")).before("a").build();
    assertThat(change.getPath()).isEqualTo("C5.GT.B3");
  }

  @Test
  void path_actionLineAndEdition() {
    assertThat(Change.builder().kind(Change.Kind.ITEM_ADDED).actionLine(ActionLine.C2).field("notes").after("n").build()
        .getPath()).isEqualTo("C2/notes");
    assertThat(Change.builder().kind(Change.Kind.FIELD_CHANGED).field("title").before("a").after("b").build()
        .getPath()).isEqualTo("edition/title");
  }

  @Test
  void inverse_swapsSidesAndKinds_andTwiceIsIdentity() {
    Change added = Change.builder().kind(Change.Kind.OUTCOME_ADDED).actionLine(ActionLine.C5)
        .newerId(OutcomeId.parse("C5.GT.K")).after("New outcome").build();
    Change removed = added.inverse();
    assertThat(removed.getKind()).isEqualTo(Change.Kind.OUTCOME_REMOVED);
    assertThat(removed.getOlderId()).contains(OutcomeId.parse("C5.GT.K"));
    assertThat(removed.getNewerId()).isEmpty();
    assertThat(removed.getBefore()).contains("New outcome");
    assertThat(removed.getAfter()).isEmpty();
    assertThat(removed.inverse()).isEqualTo(added);
    Change moved = Change.builder().kind(Change.Kind.OUTCOME_MOVED).olderId(OutcomeId.parse("C5.GT.A"))
        .newerId(OutcomeId.parse("C5.W10.a")).before("C5.GT.A").after("C5.W10.a").build();
    assertThat(moved.inverse().getKind()).isEqualTo(Change.Kind.OUTCOME_MOVED);
    assertThat(moved.inverse().getPath()).isEqualTo("C5.GT.A");
  }
}
