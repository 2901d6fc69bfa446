package org.wsis.roadmap.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * AssertJ assertions on the active findings of one rule in a report; obtain one with
 * {@link ValidationReportAssert#hasFinding(String)}. Each step narrows the findings down.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("WSIS-TIME-001")
 *     .at("C2.GT.A")                       // an outcome id, or a JSON pointer such as "/actionLines/0"
 *     .withSeverity(Severity.ERROR)
 *     .withMessageContaining("2025-2020")
 *     .and().hasFinding("WSIS-TEXT-001");  // back to the whole report
 * }</pre>
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, ValidationReport> {
  private final String ruleId;
  private final List<Finding> findings;
  private final ValidationReportAssert report;
  private String narrowedBy = "";

  FindingAssert(ValidationReport actual, String ruleId, List<Finding> findings, ValidationReportAssert report) {
    super(actual, FindingAssert.class);
    this.ruleId = ruleId;
    this.findings = findings;
    this.report = report;
  }

  private FindingAssert(FindingAssert from, List<Finding> findings, String narrowedBy) {
    this(from.actual, from.ruleId, findings, from.report);
    this.narrowedBy = narrowedBy;
  }

  /**
   * Verifies that a finding of the rule is at a location, and narrows the findings down to those there.
   *
   * @param location an outcome id such as {@code "C6.GT.l"}, or a JSON pointer such as
   *     {@code "/actionLines/0/outcomes/3"} (findings at or under it), or {@code "/"} for the roadmap itself
   * @return assertions on the findings at that location
   * @throws AssertionError when no finding of the rule is there; the message lists where they are
   * @throws NullPointerException when {@code location} is null
   */
  public FindingAssert at(String location) {
    Objects.requireNonNull(location, "location");
    List<Finding> there = findings.stream().filter(f -> FindingsText.isAt(f, location)).collect(Collectors.toList());
    if (there.isEmpty()) {
      failWithMessage("%s", "Expecting a finding of " + ruleId + narrowedBy + " at " + location + ", but "
          + (findings.size() == 1 ? "the one finding is at:\n" : "the " + findings.size() + " findings are at:\n")
          + FindingsText.grouped(findings));
    }
    return new FindingAssert(this, there, narrowedBy + " at " + location);
  }

  /**
   * Verifies that a finding of the rule (at the location chosen so far) has a severity, and narrows
   * the findings down to those.
   *
   * @param severity the severity the profile gave
   * @return assertions on those findings
   * @throws AssertionError when none has that severity
   * @throws NullPointerException when {@code severity} is null
   */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<Finding> matching = findings.stream().filter(f -> f.getSeverity() == severity).collect(Collectors.toList());
    if (matching.isEmpty()) {
      failWithMessage("%s", "Expecting a finding of " + ruleId + narrowedBy + " with severity " + severity + ", but found:\n"
          + FindingsText.grouped(findings));
    }
    return new FindingAssert(this, matching, narrowedBy + " with severity " + severity);
  }

  /**
   * Verifies that a finding of the rule (at the location chosen so far) has a message containing a
   * text, and narrows the findings down to those.
   *
   * @param text part of the message, such as the quoted value {@code "'2025-2020'"}
   * @return assertions on those findings
   * @throws AssertionError when no message contains the text
   * @throws NullPointerException when {@code text} is null
   */
  public FindingAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    List<Finding> matching = findings.stream().filter(f -> f.getMessage().contains(text)).collect(Collectors.toList());
    if (matching.isEmpty()) {
      failWithMessage("%s", "Expecting a finding of " + ruleId + narrowedBy + " with a message containing '" + text + "', but found:\n"
          + FindingsText.grouped(findings));
    }
    return new FindingAssert(this, matching, narrowedBy + " with message containing '" + text + "'");
  }

  /**
   * Returns the findings this assertion has narrowed down to, for checks of one's own.
   *
   * @return the findings, in report order
   */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * Returns to the assertions on the whole report.
   *
   * @return the report assertions
   */
  public ValidationReportAssert and() {
    return report;
  }
}
