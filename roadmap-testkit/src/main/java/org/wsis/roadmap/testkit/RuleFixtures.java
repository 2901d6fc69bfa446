package org.wsis.roadmap.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.RuleCheck;
import org.wsis.roadmap.validation.RuleDefinition;
import org.wsis.roadmap.validation.StreamValidation;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Pass and fail fixtures for the author of a rule of one's own ({@link RuleCheck}), as the
 * catalogue's rules are tested: a roadmap that passes the rule, and one changed to break it.
 *
 * <pre>{@code
 * Roadmap clean = RuleFixtures.passing(42);
 * RuleFixtures.assertPasses(new StatementLength(), clean);
 * List<Finding> found = RuleFixtures.assertFails(new StatementLength(),
 *     RuleFixtures.withFirstOutcome(clean, o -> o.withStatement("x".repeat(500))), "EXAMPLE-TEXT-001");
 * }</pre>
 *
 * <p>Both assertions validate twice, the roadmap in memory and the same outcomes as a stream
 * ({@link RoadmapValidator#openStream}), and fail unless the two reports are the same: a rule that
 * keeps state across outcomes must behave alike in both. The validator's clock is fixed at
 * 2024-11-01 (UTC). This class has no state and is thread-safe.
 */
public final class RuleFixtures {
  /** The fixed clock of the fixtures' validators: 2024-11-01T00:00:00Z. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC);

  private RuleFixtures() {}

  /**
   * Returns a roadmap that passes every rule of the catalogue (see {@link RoadmapGenerator#valid}).
   *
   * @param seed the seed; the same seed gives the same roadmap
   * @return the roadmap, with a few tables and outcomes
   */
  public static Roadmap passing(long seed) {
    return RoadmapGenerator.valid(new Random(seed), 2);
  }

  /**
   * Returns a copy of a roadmap with its first outcome changed.
   *
   * @param roadmap a roadmap with at least one outcome in its first table
   * @param change the change, such as {@code o -> o.withStatement("")}
   * @return the changed roadmap
   * @throws IllegalArgumentException when the first table has no outcome
   */
  public static Roadmap withFirstOutcome(Roadmap roadmap, java.util.function.UnaryOperator<Outcome> change) {
    if (roadmap.getActionLines().isEmpty() || roadmap.getActionLines().get(0).getOutcomes().isEmpty()) {
      throw new IllegalArgumentException("the roadmap must have an outcome in its first table, but has none");
    }
    ActionLineRoadmap first = roadmap.getActionLines().get(0);
    List<Outcome> outcomes = new ArrayList<>(first.getOutcomes());
    outcomes.set(0, change.apply(outcomes.get(0)));
    List<ActionLineRoadmap> lines = new ArrayList<>(roadmap.getActionLines());
    lines.set(0, first.withOutcomes(outcomes));
    return roadmap.withActionLines(lines);
  }

  /**
   * Validates a roadmap with the catalogue and one check, in memory and as a stream, and returns
   * the report after checking that both runs agree.
   *
   * @param check the check under test
   * @param roadmap the roadmap
   * @return the report
   * @throws AssertionError when the stream's report differs from the roadmap's
   */
  public static ValidationReport validate(RuleCheck check, Roadmap roadmap) {
    Objects.requireNonNull(check, "check");
    RoadmapValidator validator = RoadmapValidator.builder().rules(check).clock(CLOCK).build();
    ValidationReport report = validator.validate(roadmap);
    String streamed = streamed(validator, roadmap).toJson();
    if (!streamed.equals(report.toJson())) {
      throw new AssertionError("a rule must report a stream as the same roadmap in memory, but the reports differ:\n"
          + report.toJson() + "\nstream:\n" + streamed);
    }
    return report;
  }

  /**
   * Asserts that a roadmap passes every rule of a check.
   *
   * @param check the check under test
   * @param roadmap a roadmap that should pass, such as {@link #passing(long)}
   * @throws AssertionError when the check reports anything, or the stream's report differs
   */
  public static void assertPasses(RuleCheck check, Roadmap roadmap) {
    List<Finding> found = findingsOf(check, validate(check, roadmap));
    if (!found.isEmpty()) {
      throw new AssertionError("expected no finding of " + ids(check) + ", but got:\n" + FindingsText.grouped(found));
    }
  }

  /**
   * Asserts that a roadmap breaks one rule of a check, and no other rule of it.
   *
   * @param check the check under test
   * @param roadmap a roadmap changed to break the rule
   * @param ruleId the rule that should report
   * @return the findings of that rule, in report order, for further assertions on pointers and messages
   * @throws AssertionError when the rule reports nothing, another rule of the check reports, or the
   *     stream's report differs
   */
  public static List<Finding> assertFails(RuleCheck check, Roadmap roadmap, String ruleId) {
    List<Finding> found = findingsOf(check, validate(check, roadmap));
    List<Finding> ofRule = found.stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    if (ofRule.isEmpty() || ofRule.size() != found.size()) {
      throw new AssertionError("expected findings of " + ruleId + " only, but got:\n" + (found.isEmpty() ? "none" : FindingsText.grouped(found)));
    }
    return ofRule;
  }

  private static List<Finding> findingsOf(RuleCheck check, ValidationReport report) {
    List<String> ids = ids(check);
    return report.getFindings().stream().filter(f -> ids.contains(f.getRuleId())).toList();
  }

  private static List<String> ids(RuleCheck check) {
    return check.rules().stream().map(RuleDefinition::getId).toList();
  }

  private static ValidationReport streamed(RoadmapValidator validator, Roadmap roadmap) {
    StreamValidation run = validator.openStream(roadmap);
    List<ActionLineRoadmap> lines = roadmap.getActionLines();
    for (int a = 0; a < lines.size(); a++) {
      run.actionLine(a, lines.get(a));
      lines.get(a).getOutcomes().forEach(run::outcome);
    }
    return run.finish();
  }
}
