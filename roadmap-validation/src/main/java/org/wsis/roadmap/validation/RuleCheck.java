package org.wsis.roadmap.validation;

import java.util.List;
import org.wsis.roadmap.Roadmap;

/**
 * Checks one family of rules: it is told about one outcome, or about the roadmap, and reports
 * findings to a {@link FindingSink}. Checks that compare outcomes with each other implement {@link
 * CrossOutcomeCheck}, which declares the state they keep.
 *
 * <pre>{@code
 * public final class EvidenceLinks implements RuleCheck {
 *   static final CustomRule RULE = CustomRule.of("ACME-LINK-001", Severity.WARNING,
 *       "Evidence names a web page", "Readers follow evidence to its source.");
 *
 *   public List<RuleDefinition> rules() { return List.of(RULE); }
 *
 *   public void checkOutcome(OutcomeContext outcome, FindingSink sink) {
 *     if (outcome.getOutcome().getEvidence().isEmpty()) {
 *       sink.report(RULE, outcome.getPointer() + "/evidence", outcome.getOutcome(), "...");
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>An application registers its checks with {@link RoadmapValidator.Builder#rules(RuleCheck...)},
 * or lists them as a service ({@code provides org.wsis.roadmap.validation.RuleCheck with ...} in its
 * {@code module-info.java}, or {@code META-INF/services/org.wsis.roadmap.validation.RuleCheck}) for
 * {@link RoadmapValidator.Builder#discoverRules(ClassLoader)}. A service needs a public no-argument
 * constructor.
 *
 * <p>{@link #checkOutcome} is called for the outcomes of a large roadmap on several threads at once,
 * in no particular order: it must keep no state. Findings are sorted into the report's order
 * afterwards, so the order of calls never shows. Implementations must be thread-safe.
 */
public interface RuleCheck {
  /**
   * Returns the rules this check reports; the validator refuses two rules with one id.
   *
   * @return the rules, at least one
   */
  List<? extends RuleDefinition> rules();

  /**
   * Checks the roadmap as a whole, once per run, after every outcome was seen. When a stream is
   * validated, the roadmap is the stream's header with its tables but without their outcomes: a
   * check must not read the outcomes here.
   *
   * @param roadmap the roadmap
   * @param sink where findings go
   */
  default void checkRoadmap(Roadmap roadmap, FindingSink sink) {}

  /**
   * Checks one outcome on its own.
   *
   * @param outcome the outcome and where it stands
   * @param sink where findings go
   */
  default void checkOutcome(OutcomeContext outcome, FindingSink sink) {}
}
