package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;

/** A ')' after a short number or letter closes an open '(' rather than ending a list marker. */
final class ListMarkerInBracketsTest {
  @Test
  void brackets_closingAfterAShortNumberOrLetter_areBalanced() {
    for (String statement : new String[] {"Stakeholders should act (SDG 9).", "Connect schools (see Annex 2)", "Use the guide (part b)"}) {
      Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.statement(statement)));

      assertThat(Findings.of(roadmap)).as(statement).isEmpty();
    }
  }

  @Test
  void brackets_listMarkersWithNoOpenBracket_areStillNoClosingBrackets() {
    for (String statement : new String[] {"Two aims: a) connect schools; b) train teachers", "[steps i) and ii)]", "(a) first (b) second"}) {
      Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.statement(statement)));

      assertThat(Findings.of(roadmap)).as(statement).isEmpty();
    }
  }
}
