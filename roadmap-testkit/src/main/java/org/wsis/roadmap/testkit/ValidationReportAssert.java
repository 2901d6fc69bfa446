package org.wsis.roadmap.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Rule;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * AssertJ assertions on a {@link ValidationReport}; obtain one with
 * {@link RoadmapAssertions#assertThat(ValidationReport)}. Only active findings count: a finding a
 * waiver silences is neither required nor forbidden.
 *
 * <pre>{@code
 * ValidationReport report = RoadmapValidator.create().validate(roadmap);
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasFinding("WSIS-TEXT-001").at("C6.GT.l");
 * assertThat(report).hasOnlyFindingsOf("WSIS-TIME-003", "WSIS-SDG-004");
 * }</pre>
 *
 * <p>Failure messages list the findings grouped by severity and rule, each with its outcome id,
 * JSON pointer, source line and message. Not thread-safe, like every AssertJ assertion.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {
  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies that the report has no active {@code ERROR} or {@code FATAL} finding.
   *
   * @return this assertion
   * @throws AssertionError when the report is null or has such a finding; the message lists them
   */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    List<Finding> failures = actual.getFindings().stream().filter(Finding::isFailure).collect(Collectors.toList());
    if (!failures.isEmpty()) {
      failWithMessage("%s", "Expecting the report on '" + actual.getRoadmapId() + "' to have no ERROR or FATAL finding, but it has "
          + RoadmapAssert.count(failures.size(), "failing finding") + ":\n" + FindingsText.grouped(failures));
    }
    return this;
  }

  /**
   * Verifies that the report has no active finding at all.
   *
   * @return this assertion
   * @throws AssertionError when the report is null or has an active finding; the message lists them
   */
  public ValidationReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.active().isEmpty()) {
      failWithMessage("%s", "Expecting the report on '" + actual.getRoadmapId() + "' to have no findings, but it has "
          + RoadmapAssert.count(actual.active().size(), "finding") + ":\n" + FindingsText.grouped(actual.active()));
    }
    return this;
  }

  /**
   * Verifies that the report has at least one active finding of a rule; narrow it down with
   * {@link FindingAssert#at(String)}.
   *
   * @param ruleId such as {@code "WSIS-TEXT-001"}
   * @return assertions on the findings of that rule
   * @throws AssertionError when the report is null or has no such finding; the message lists the
   *     findings it has
   * @throws IllegalArgumentException when the catalogue has no rule with that id
   */
  public FindingAssert hasFinding(String ruleId) {
    requireRule(ruleId);
    isNotNull();
    List<Finding> findings = actual.findingsOf(ruleId);
    if (findings.isEmpty()) {
      failWithMessage("%s", "Expecting the report on '" + actual.getRoadmapId() + "' to have a finding of " + ruleId
          + ", but it has none; its findings are:\n" + FindingsText.grouped(actual.active()));
    }
    return new FindingAssert(actual, ruleId, findings, this);
  }

  /**
   * Verifies that the report's active findings are of the given rules and no others, and that each
   * given rule has at least one: the set of rule ids of the active findings is exactly the one given.
   *
   * @param ruleIds such as {@code "WSIS-TIME-003"}
   * @return this assertion
   * @throws AssertionError when the report is null, has a finding of another rule, or lacks a
   *     finding of a given rule; the message lists the findings
   * @throws IllegalArgumentException when the catalogue has no rule with one of the ids
   */
  public ValidationReportAssert hasOnlyFindingsOf(String... ruleIds) {
    Set<String> expected = new LinkedHashSet<>();
    for (String ruleId : ruleIds) {
      requireRule(ruleId);
      expected.add(ruleId);
    }
    isNotNull();
    List<Finding> unexpected = actual.active().stream().filter(f -> !expected.contains(f.getRuleId())).collect(Collectors.toList());
    List<String> missing = new ArrayList<>();
    for (String ruleId : expected) {
      if (actual.findingsOf(ruleId).isEmpty()) {
        missing.add(ruleId);
      }
    }
    if (!unexpected.isEmpty() || !missing.isEmpty()) {
      StringBuilder message = new StringBuilder("Expecting the report on '" + actual.getRoadmapId() + "' to have findings of "
          + String.join(", ", expected) + " only, but");
      if (!missing.isEmpty()) {
        message.append(" it has none of ").append(String.join(", ", missing));
      }
      if (!unexpected.isEmpty()) {
        message.append(missing.isEmpty() ? "" : ", and").append(" it also has:\n").append(FindingsText.grouped(unexpected));
      } else {
        message.append("; its findings are:\n").append(FindingsText.grouped(actual.active()));
      }
      failWithMessage("%s", message.toString());
    }
    return this;
  }

  static void requireRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (Rule.byId(ruleId).isEmpty()) {
      throw new IllegalArgumentException("rule id must name a rule of the catalogue, such as 'WSIS-TEXT-001', but was: '" + ruleId + "'");
    }
  }
}
