package org.wsis.roadmap.validation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;

/**
 * Where a {@link RuleCheck} reports what it finds. The sink gives the finding the severity the
 * profile sets for the rule, and drops it when the profile turns the rule off.
 *
 * <pre>{@code
 * sink.report(RULE, outcome.getPointer() + "/evidence", outcome.getOutcome(),
 *     "evidence must name a web page, but was: '" + text + "'");
 * }</pre>
 *
 * <p>A sink given to {@link RuleCheck#checkOutcome} belongs to the calling thread for that call only.
 */
public interface FindingSink {
  /**
   * Reports a finding.
   *
   * @param rule the rule; one of the rules the check declares
   * @param pointer the JSON pointer of the value from the roadmap's root, such as {@code /actionLines/0/outcomes/3/statement}
   * @param outcomeId the outcome the value belongs to, if any
   * @param line the source line of the value in the ITU document, if known
   * @param message the rule in words, then the value quoted
   * @throws IllegalArgumentException when the rule is not one the validator knows
   */
  void report(RuleDefinition rule, String pointer, Optional<OutcomeId> outcomeId, Optional<Integer> line, String message);

  /**
   * Reports a finding on a value of an outcome, or of the roadmap when {@code outcome} is null.
   *
   * @param rule the rule
   * @param pointer the JSON pointer of the value from the roadmap's root
   * @param outcome the outcome, whose id and first source line locate the finding, or null
   * @param message the rule in words, then the value quoted
   */
  default void report(RuleDefinition rule, String pointer, @Nullable Outcome outcome, String message) {
    if (outcome == null) {
      report(rule, pointer, Optional.empty(), Optional.empty(), message);
    } else {
      report(rule, pointer, Optional.of(outcome.getId()), outcome.getSource().map(s -> s.getFromLine()), message);
    }
  }

  /**
   * Reports a finding on a value of an action line table (not of one of its outcomes).
   *
   * @param rule the rule
   * @param pointer the JSON pointer of the value from the roadmap's root
   * @param line the table, whose first source line locates the finding
   * @param message the rule in words, then the value quoted
   */
  default void reportTable(RuleDefinition rule, String pointer, ActionLineRoadmap line, String message) {
    report(rule, pointer, Optional.empty(), line.getSource().map(s -> s.getFromLine()), message);
  }

  /**
   * Tells whether the profile runs a rule; a check may skip costly work for a rule that is off.
   *
   * @param rule the rule
   * @return true when findings of the rule are kept
   */
  boolean isEnabled(RuleDefinition rule);

  /**
   * Returns the year of the edition being validated: its date's year, or today's year when undated.
   *
   * @return such as {@code 2024}
   */
  int getEditionYear();
}
