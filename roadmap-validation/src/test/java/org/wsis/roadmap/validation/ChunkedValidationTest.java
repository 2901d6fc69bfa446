package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;

/**
 * A roadmap large enough to be checked in several chunks, on several threads: what compares outcomes
 * across chunks (repeated ids, repeated statements, document symbol forms) is found as in a small one.
 */
final class ChunkedValidationTest {
  private static final int OUTCOMES = RoadmapValidator.PARALLEL_THRESHOLD + 6;

  /** The clean fixture with a C2 table of numbered outcomes 1, 2, ... and three cross-outcome defects far apart. */
  private static Roadmap large() {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 1; i <= OUTCOMES; i++) {
      outcomes.add(Fixtures.outcome(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, String.valueOf(i), 10 * i, "C20/18"));
    }
    Outcome third = outcomes.get(2);
    outcomes.set(OUTCOMES - 3, Fixtures.edit(outcomes.get(OUTCOMES - 3), b -> b.statement(third.getStatement())));
    outcomes.set(OUTCOMES - 2, Fixtures.edit(outcomes.get(OUTCOMES - 2), b -> b.id(third.getId())));
    outcomes.set(OUTCOMES - 1, Fixtures.edit(outcomes.get(OUTCOMES - 1),
        b -> b.covidResponse(org.wsis.roadmap.CovidResponse.builder().addDocument("C 20/18").build())));
    return Fixtures.withLine(Fixtures.clean(), 0, line -> Fixtures.edit(line, b -> b.outcomes(outcomes)));
  }

  @Test
  void validate_crossOutcomeDefectsInLaterChunks_areFoundAsInOneChunk() {
    Roadmap roadmap = large();
    String p = "/actionLines/0/outcomes/";
    List<String> expected = List.of(
        "WSIS-TEXT-002 WARNING " + p + (OUTCOMES - 3) + "/statement statements must not repeat, but this one repeats the statement of C2.GT.3: '"
            + "Stakeholders should act on C2 GT 3 (GCA\u00B9).'",
        "WSIS-ID-001 FATAL " + p + (OUTCOMES - 2) + "/id outcome id must be unique, but 'C2.GT.3' is also the id of " + p + "2",
        "WSIS-ID-002 ERROR " + p + (OUTCOMES - 2) + "/id outcome id must end with the outcome's label ('" + (OUTCOMES - 1) + "'), but was: 'C2.GT.3'",
        "WSIS-COVID-001 WARNING " + p + (OUTCOMES - 1) + "/covidResponse/documents/0 a document symbol must be written as elsewhere in the roadmap"
            + " ('C20/18'), but was: 'C 20/18'");

    List<String> parallel = Findings.of(RoadmapValidator.builder().clock(Fixtures.CLOCK).parallel(true).build().validate(roadmap));
    List<String> sequential = Findings.of(RoadmapValidator.builder().clock(Fixtures.CLOCK).parallel(false).build().validate(roadmap));

    assertThat(parallel).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(sequential).isEqualTo(parallel);
  }

  /** A custom check that fails on one outcome of a later batch, as a faulty rule of an application would. */
  private static final class FailsOnOutcome implements RuleCheck {
    static final CustomRule RULE = CustomRule.of("TEST-FAIL-001", Severity.INFO, "Fails", "Fails on one outcome.");
    private final String label;

    FailsOnOutcome(String label) {
      this.label = label;
    }

    @Override
    public List<CustomRule> rules() {
      return List.of(RULE);
    }

    @Override
    public void checkOutcome(OutcomeContext outcome, FindingSink sink) {
      if (outcome.getOutcome().getLabel().equals(label)) {
        throw new IllegalStateException("faulty check on " + label);
      }
    }
  }

  @Test
  void validate_checkFailingOnAPoolThreadInALaterBatch_throwsToTheCaller() {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 1; i <= 3 * 4096; i++) {
      outcomes.add(Fixtures.outcome(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, String.valueOf(i), 10 * i, "C20/18"));
    }
    Roadmap roadmap = Fixtures.withLine(Fixtures.clean(), 0, line -> Fixtures.edit(line, b -> b.outcomes(outcomes)));
    RoadmapValidator validator = RoadmapValidator.builder().clock(Fixtures.CLOCK).rules(new FailsOnOutcome("9000")).build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(roadmap))
        .isInstanceOf(IllegalStateException.class).hasMessage("faulty check on 9000");
  }

  @Test
  void validate_checkFailingOnNoOutcome_validates() {
    RoadmapValidator validator = RoadmapValidator.builder().clock(Fixtures.CLOCK).rules(new FailsOnOutcome("none")).build();

    assertThat(validator.validate(large()).findingsOf("TEST-FAIL-001")).isEmpty();
  }
}
