package org.wsis.roadmap.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.RoadmapValidator;

/**
 * An application's own {@code jakarta.validation.Validator} checking the model's constraints (the
 * shape), next to the library's {@link RoadmapValidator} checking the rules (the meaning).
 *
 * <pre>{@code
 * List<String> shape = OwnValidatorExample.constraintMessages(validator, outcome);
 * List<String> meaning = OwnValidatorExample.ruleFindings(roadmap);
 * }</pre>
 *
 * <p>The application's validator is bootstrapped as any application does, with Hibernate Validator's
 * default message interpolator, which needs an Expression Language implementation on the class path
 * ({@code org.glassfish.expressly:expressly}); the library's own validator needs none.
 * {@link #main(String[])} checks an outcome with a bad label, a blank evidence item and a blank
 * statement both ways.
 */
public final class OwnValidatorExample {
  private OwnValidatorExample() {}

  /**
   * Returns an outcome with three defects: a label that is not 1 to 12 letters or digits, a blank
   * evidence item, and a blank statement.
   *
   * @return the outcome
   */
  public static Outcome defectiveOutcome() {
    return Outcome.builder()
        .id(OutcomeId.parse("C2.GT.A"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("A)")                  // not 1 to 12 letters or digits: a shape error
        .statement(" ")               // blank: not a shape error, a finding of rule WSIS-TEXT-001
        .addEvidence("Broadband plans adopted in 120 countries.", " ")
        .build();
  }

  /**
   * Validates a value with an application's validator and returns each violation as {@code
   * "path: message"}, sorted.
   *
   * @param validator the application's validator
   * @param value any model value
   * @return the violations, sorted
   */
  public static List<String> constraintMessages(Validator validator, Object value) {
    // tag::own-validator[]
    Set<ConstraintViolation<Object>> violations = validator.validate(value);
    Set<String> messages = new TreeSet<>();
    for (ConstraintViolation<Object> violation : violations) {
      messages.add(violation.getPropertyPath() + ": " + violation.getMessage());
    }
    // end::own-validator[]
    return List.copyOf(messages);
  }

  /**
   * Validates a roadmap with the library's validator and returns each finding as {@code "ruleId
   * outcomeId: message"}.
   *
   * @param roadmap the roadmap
   * @return the findings, in the report's order
   */
  public static List<String> ruleFindings(Roadmap roadmap) {
    // tag::rules[]
    List<String> findings = new ArrayList<>();
    for (Finding finding : RoadmapValidator.create().validate(roadmap).getFindings()) {
      findings.add(finding.getRuleId() + " " + finding.getOutcomeId().map(Object::toString).orElse("-")
          + ": " + finding.getMessage());
    }
    // end::rules[]
    return findings;
  }

  /**
   * Bootstraps an application's validator factory as any application does: Hibernate Validator with
   * its default message interpolator. The caller closes it.
   *
   * @return the factory
   */
  public static ValidatorFactory applicationValidatorFactory() {
    // tag::bootstrap[]
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory(); // needs an EL implementation
    Validator validator = factory.getValidator();                          // thread-safe, share it
    // end::bootstrap[]
    return factory;
  }

  /**
   * Checks {@link #defectiveOutcome()} with an application's validator and with the library's.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ValidatorFactory factory = applicationValidatorFactory()) {
      constraintMessages(factory.getValidator(), defectiveOutcome()).forEach(m -> System.out.println("shape:   " + m));
    }
    Roadmap roadmap = WsisRoadmaps.edition2024().replaceOutcome(OutcomeId.parse("C2.GT.A"), defectiveOutcome());
    ruleFindings(roadmap).stream().filter(f -> f.contains(" C2.GT.A: "))
        .forEach(f -> System.out.println("meaning: " + f));
  }
}
