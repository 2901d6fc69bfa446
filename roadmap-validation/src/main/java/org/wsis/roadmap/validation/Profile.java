package org.wsis.roadmap.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.RoadmapException;

/**
 * A choice of rules and their severities for a validation run.
 *
 * <ul>
 *   <li>{@code default}: every rule at its default severity.
 *   <li>{@code strict}: every rule, warnings raised to errors and infos to warnings; for CI gates
 *       on a final edition.
 *   <li>{@code editorial}: the rules an editor fixes by editing text (identity, references, text,
 *       COVID-19 response, the validation run itself), at their default severity, and SDG links
 *       outside the WSIS-SDG Matrix ({@code WSIS-MATRIX-001}) raised to a warning, since each needs a
 *       justification or a fix in the text; for reviewing a draft.
 * </ul>
 *
 * <pre>{@code
 * Profile profile = Profile.named("strict")
 *     .withSeverity("WSIS-TIME-007", Severity.INFO)
 *     .without("WSIS-TEXT-003");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Profile {
  /** Every rule at its default severity. */
  public static final Profile DEFAULT = build("default", Profile::defaultSeverity);
  /** Every rule, warnings raised to errors and infos to warnings. */
  public static final Profile STRICT = build("strict", Profile::strictSeverity);
  /** The rules an editor fixes by editing text, at their default severity; matrix links as warnings. */
  public static final Profile EDITORIAL = build("editorial", Profile::editorialSeverity);

  private final String name;
  private final Map<Rule, Severity> severities;

  private Profile(String name, Map<Rule, Severity> severities) {
    this.name = name;
    this.severities = Collections.unmodifiableMap(severities);
  }

  private static Profile build(String name, java.util.function.Function<Rule, Severity> severityOf) {
    Map<Rule, Severity> map = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      Severity severity = severityOf.apply(rule);
      if (severity != null) {
        map.put(rule, severity);
      }
    }
    return new Profile(name, map);
  }

  private static Severity defaultSeverity(Rule rule) {
    return rule.getDefaultSeverity();
  }

  private static Severity strictSeverity(Rule rule) {
    switch (rule.getDefaultSeverity()) {
      case WARNING:
        return Severity.ERROR;
      case INFO:
        return Severity.WARNING;
      default:
        return rule.getDefaultSeverity();
    }
  }

  private static Severity editorialSeverity(Rule rule) {
    if (rule == Rule.MATRIX_001) {
      return Severity.WARNING;
    }
    switch (rule.getFamily()) {
      case IDENTITY:
      case REFERENCES:
      case TEXT:
      case COVID:
      case VALIDATION:
        return rule.getDefaultSeverity();
      default:
        return null;
    }
  }

  /**
   * Returns a built-in profile by name.
   *
   * @param name {@code "default"}, {@code "strict"} or {@code "editorial"}
   * @return the profile
   * @throws RoadmapException when no built-in profile has that name
   */
  public static Profile named(String name) {
    Objects.requireNonNull(name, "name");
    switch (name) {
      case "default":
        return DEFAULT;
      case "strict":
        return STRICT;
      case "editorial":
        return EDITORIAL;
      default:
        throw new RoadmapException("profile must be one of 'default', 'strict', 'editorial', but was: '" + name + "'");
    }
  }

  /**
   * Returns the name.
   *
   * @return such as {@code "default"}
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the severity a rule has in this profile.
   *
   * @param rule the rule
   * @return the severity, or empty when the profile does not run the rule
   */
  public Optional<Severity> severityOf(Rule rule) {
    return Optional.ofNullable(severities.get(Objects.requireNonNull(rule, "rule")));
  }

  /**
   * Tells whether the profile runs a rule.
   *
   * @param rule the rule
   * @return true when enabled
   */
  public boolean isEnabled(Rule rule) {
    return severities.containsKey(rule);
  }

  /**
   * Returns a copy of this profile that runs a rule at a severity, enabling it if needed.
   *
   * @param ruleId such as {@code "WSIS-TIME-007"}
   * @param severity the severity
   * @return the changed profile, named after this one
   * @throws RoadmapException when the catalogue has no rule with that id
   */
  public Profile withSeverity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    Map<Rule, Severity> map = new EnumMap<>(Rule.class);
    map.putAll(severities);
    map.put(rule(ruleId), severity);
    return new Profile(name, map);
  }

  /**
   * Returns a copy of this profile that does not run a rule.
   *
   * @param ruleId such as {@code "WSIS-TEXT-003"}
   * @return the changed profile, named after this one
   * @throws RoadmapException when the catalogue has no rule with that id
   */
  public Profile without(String ruleId) {
    Map<Rule, Severity> map = new EnumMap<>(Rule.class);
    map.putAll(severities);
    map.remove(rule(ruleId));
    return new Profile(name, map);
  }

  private static Rule rule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return Rule.byId(ruleId)
        .orElseThrow(() -> new RoadmapException("rule id must name a rule of the catalogue, but was: '" + ruleId + "'"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Profile && ((Profile) o).name.equals(name) && ((Profile) o).severities.equals(severities);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + severities.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
