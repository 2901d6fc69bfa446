package org.wsis.roadmap.examples;

import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.CustomRule;
import org.wsis.roadmap.validation.FindingSink;
import org.wsis.roadmap.validation.OutcomeContext;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.RuleCheck;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Adds a rule of one's own to the validator: statements stay short enough to read aloud in a
 * meeting. The rule has its own id, severity, title and rationale, and is reported, profiled,
 * waived and exported to SARIF like the catalogue's rules.
 *
 * <pre>{@code
 * ValidationReport report = CustomRuleExample.validate(roadmap);
 * report.findingsOf("EXAMPLE-TEXT-001"); // statements longer than 600 characters
 * }</pre>
 *
 * <p>{@code META-INF/services/org.wsis.roadmap.validation.RuleCheck} of this module lists {@link
 * StatementLength}, so {@code RoadmapValidator.builder().discoverRules(loader)} and {@code roadmap
 * validate --rules-jar examples.jar} find it too.
 */
public final class CustomRuleExample {
  private CustomRuleExample() {}

  /** The rule: statements are at most {@value #MAX_LENGTH} characters long. */
  // tag::rule[]
  public static final class StatementLength implements RuleCheck {
    /** The longest statement the rule accepts. */
    public static final int MAX_LENGTH = 600;

    /** The rule's id, default severity, title and rationale. */
    public static final CustomRule RULE = CustomRule.of("EXAMPLE-TEXT-001", Severity.INFO, "Statements stay short",
        "A statement longer than a paragraph is hard to read aloud and usually holds two outcomes.");

    /** Creates the check; a service needs a public no-argument constructor. */
    public StatementLength() {}

    @Override
    public List<CustomRule> rules() {
      return List.of(RULE);
    }

    @Override
    public void checkOutcome(OutcomeContext outcome, FindingSink sink) {
      String statement = outcome.getOutcome().getStatement();
      if (statement.length() > MAX_LENGTH) {
        sink.report(RULE, outcome.getPointer() + "/statement", outcome.getOutcome(),
            "a statement must be at most " + MAX_LENGTH + " characters long, but has " + statement.length());
      }
    }
  }
  // end::rule[]

  /** The longest statement {@link StatementLength} accepts. */
  public static final int MAX_LENGTH = StatementLength.MAX_LENGTH;

  /**
   * Validates a roadmap with the catalogue and the example rule.
   *
   * @param roadmap the roadmap
   * @return the report
   */
  public static ValidationReport validate(Roadmap roadmap) {
    // tag::validate[]
    RoadmapValidator validator = RoadmapValidator.builder().rules(new StatementLength()).build();
    return validator.validate(roadmap);
    // end::validate[]
  }

  /**
   * Prints the findings of the example rule on the bundled 2024 roadmaps.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ValidationReport report = validate(org.wsis.roadmap.io.WsisRoadmaps.edition2024());
    report.findingsOf(StatementLength.RULE.getId()).forEach(f -> System.out.println(f.getLocationText() + ": " + f.getMessage()));
  }
}
