package org.wsis.roadmap.validation;

/**
 * What a validator knows of a rule: its stable id, default severity, title and rationale. The
 * built-in catalogue ({@link Rule}) and an application's own rules ({@link CustomRule}) both
 * describe themselves this way, so findings, profiles, waivers and every report treat them alike.
 *
 * <pre>{@code
 * RuleDefinition rule = finding.getRule();
 * rule.getId();    // "WSIS-TEXT-001" or "ACME-LINK-001"
 * rule.getTitle(); // "Outcome has a statement"
 * }</pre>
 */
public interface RuleDefinition {
  /**
   * Returns the stable id.
   *
   * @return such as {@code "WSIS-TEXT-001"}
   */
  String getId();

  /**
   * Returns the severity the rule has unless a profile changes it.
   *
   * @return the default severity
   */
  Severity getDefaultSeverity();

  /**
   * Returns the title: the property the rule checks, as a short sentence.
   *
   * @return the title
   */
  String getTitle();

  /**
   * Returns why the property matters.
   *
   * @return the rationale
   */
  String getRationale();

  /**
   * Returns the version the rule appeared in.
   *
   * @return such as {@code "0.1.0"}
   */
  String getSince();

  /**
   * Returns the family of the rule: the middle part of a built-in id, or {@code CUSTOM}.
   *
   * @return such as {@code "TEXT"}
   */
  String getFamilyName();
}
