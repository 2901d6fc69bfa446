package org.wsis.roadmap.validation;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.RoadmapException;

/**
 * A rule of an application's own, reported, profiled, waived and exported like a built-in one.
 *
 * <pre>{@code
 * CustomRule rule = CustomRule.of("ACME-LINK-001", Severity.WARNING,
 *     "Evidence names a web page", "Readers follow evidence to its source.");
 * }</pre>
 *
 * <p>The id has its own namespace: upper-case letters and digits in at least two parts separated by
 * {@code -}, such as {@code ACME-LINK-001}, and never the {@code WSIS-} namespace of the catalogue.
 * Two rules are equal when their ids are. Instances are immutable and thread-safe.
 */
public final class CustomRule implements RuleDefinition {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  private final String id;
  private final Severity defaultSeverity;
  private final String title;
  private final String rationale;
  private final String since;

  private CustomRule(String id, Severity defaultSeverity, String title, String rationale, String since) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.title = title;
    this.rationale = rationale;
    this.since = since;
  }

  /**
   * Returns a rule.
   *
   * @param id such as {@code "ACME-LINK-001"}
   * @param defaultSeverity the severity unless a profile changes it
   * @param title the property the rule checks, as a short sentence
   * @param rationale why the property matters
   * @return the rule, with version {@code ""} unknown
   * @throws RoadmapException when the id is not of the form {@code NAMESPACE-...} or is in the
   *     {@code WSIS-} namespace, or the title or rationale is blank
   * @throws NullPointerException when an argument is null
   */
  public static CustomRule of(String id, Severity defaultSeverity, String title, String rationale) {
    return of(id, defaultSeverity, title, rationale, "");
  }

  /**
   * Returns a rule with the version it appeared in.
   *
   * @param id such as {@code "ACME-LINK-001"}
   * @param defaultSeverity the severity unless a profile changes it
   * @param title the property the rule checks, as a short sentence
   * @param rationale why the property matters
   * @param since the version of the application the rule appeared in, or {@code ""}
   * @return the rule
   * @throws RoadmapException when the id is not of the form {@code NAMESPACE-...} or is in the
   *     {@code WSIS-} namespace, or the title or rationale is blank
   * @throws NullPointerException when an argument is null
   */
  public static CustomRule of(String id, Severity defaultSeverity, String title, String rationale, String since) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(since, "since");
    if (!isCustomId(id)) {
      throw new RoadmapException("a custom rule id must be upper-case parts joined by '-' outside the WSIS- namespace, such as 'ACME-LINK-001', but was: "
          + RoadmapException.quote(id));
    }
    if (title.isBlank() || rationale.isBlank()) {
      throw new RoadmapException("a custom rule must have a title and a rationale, but rule '" + id + "' has a blank "
          + (title.isBlank() ? "title" : "rationale"));
    }
    return new CustomRule(id, defaultSeverity, title, rationale, since);
  }

  /**
   * Tells whether a text has the form of a custom rule id: {@code NAMESPACE-...} outside {@code WSIS-}.
   *
   * @param id any text
   * @return true for such as {@code "ACME-LINK-001"}, false for {@code "WSIS-TEXT-001"} or {@code "acme"}
   */
  public static boolean isCustomId(String id) {
    return ID.matcher(id).matches() && !id.startsWith("WSIS-");
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public String getTitle() {
    return title;
  }

  @Override
  public String getRationale() {
    return rationale;
  }

  @Override
  public String getSince() {
    return since;
  }

  /**
   * Returns {@code "CUSTOM"}: custom rules belong to no family of the catalogue.
   *
   * @return {@code "CUSTOM"}
   */
  @Override
  public String getFamilyName() {
    return "CUSTOM";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CustomRule other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
