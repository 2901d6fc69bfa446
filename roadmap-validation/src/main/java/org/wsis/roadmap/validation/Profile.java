package org.wsis.roadmap.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Set;
import java.util.function.UnaryOperator;
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
 * <p>Custom rules ({@link CustomRule}) run in every profile at their default severity, raised by
 * {@code strict} as built-in rules are; {@link #withSeverity} and {@link #without} name them by id
 * like built-in ones. The validator refuses a profile that names a custom rule it does not know.
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
  public static final Profile DEFAULT = build("default", Profile::defaultSeverity, UnaryOperator.identity());
  /** Every rule, warnings raised to errors and infos to warnings. */
  public static final Profile STRICT = build("strict", Profile::strictSeverity, Profile::raise);
  /** The rules an editor fixes by editing text, at their default severity; matrix links as warnings. */
  public static final Profile EDITORIAL = build("editorial", Profile::editorialSeverity, UnaryOperator.identity());

  private final String name;
  private final Map<Rule, Severity> severities;
  /** Custom rule ids set by {@link #withSeverity} (present) or {@link #without} (empty). */
  private final Map<String, Optional<Severity>> custom;
  /** The severity of a custom rule the profile does not name, from its default. */
  private final UnaryOperator<Severity> customSeverity;

  private Profile(String name, Map<Rule, Severity> severities, Map<String, Optional<Severity>> custom, UnaryOperator<Severity> customSeverity) {
    this.name = name;
    this.severities = Collections.unmodifiableMap(severities);
    this.custom = Collections.unmodifiableMap(custom);
    this.customSeverity = customSeverity;
  }

  private static Profile build(String name, java.util.function.Function<Rule, @Nullable Severity> severityOf, UnaryOperator<Severity> customSeverity) {
    Map<Rule, Severity> map = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      Severity severity = severityOf.apply(rule);
      if (severity != null) {
        map.put(rule, severity);
      }
    }
    return new Profile(name, map, Map.of(), customSeverity);
  }

  private static Severity defaultSeverity(Rule rule) {
    return rule.getDefaultSeverity();
  }

  private static Severity strictSeverity(Rule rule) {
    return raise(rule.getDefaultSeverity());
  }

  private static Severity raise(Severity severity) {
    return switch (severity) {
      case WARNING -> Severity.ERROR;
      case INFO -> Severity.WARNING;
      case FATAL, ERROR -> severity;
    };
  }

  private static @Nullable Severity editorialSeverity(Rule rule) {
    if (rule == Rule.MATRIX_001) {
      return Severity.WARNING;
    }
    return switch (rule.getFamily()) {
      case IDENTITY, REFERENCES, TEXT, COVID, VALIDATION -> rule.getDefaultSeverity();
      case SDG, GDC, TIMING, RESULTS, STRUCTURE, MATRIX -> null;
    };
  }

  /**
   * Returns a built-in profile by name.
   *
   * @param name {@code default}, {@code strict} or {@code editorial}
   * @return the profile
   * @throws RoadmapException when no profile has that name
   */
  public static Profile named(String name) {
    Objects.requireNonNull(name, "name");
    return switch (name) {
      case "default" -> DEFAULT;
      case "strict" -> STRICT;
      case "editorial" -> EDITORIAL;
      default -> throw new RoadmapException("profile must be one of 'default', 'strict', 'editorial', but was: '" + name + "'");
    };
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
   * Returns the severity of a rule in this profile.
   *
   * @param rule a built-in or custom rule
   * @return the severity, or empty when the profile does not run the rule
   */
  public Optional<Severity> severityOf(RuleDefinition rule) {
    Objects.requireNonNull(rule, "rule");
    if (rule instanceof Rule builtIn) {
      return Optional.ofNullable(severities.get(builtIn));
    }
    Optional<Severity> set = custom.get(rule.getId());
    return set != null ? set : Optional.of(customSeverity.apply(rule.getDefaultSeverity()));
  }

  /**
   * Tells whether the profile runs a rule.
   *
   * @param rule a built-in or custom rule
   * @return true when it does
   */
  public boolean isEnabled(RuleDefinition rule) {
    return rule instanceof Rule builtIn ? severities.containsKey(builtIn) : severityOf(rule).isPresent();
  }

  /**
   * Returns a copy that runs a rule at a severity.
   *
   * @param ruleId a rule id of the catalogue, or of a custom rule (such as {@code ACME-LINK-001})
   * @param severity the severity
   * @return the new profile, with the same name
   * @throws RoadmapException when the id names no rule of the catalogue and has not the form of a custom rule id
   */
  public Profile withSeverity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return with(ruleId, Optional.of(severity));
  }

  /**
   * Returns a copy that does not run a rule.
   *
   * @param ruleId a rule id of the catalogue, or of a custom rule
   * @return the new profile, with the same name
   * @throws RoadmapException when the id names no rule of the catalogue and has not the form of a custom rule id
   */
  public Profile without(String ruleId) {
    return with(ruleId, Optional.empty());
  }

  private Profile with(String ruleId, Optional<Severity> severity) {
    Objects.requireNonNull(ruleId, "ruleId");
    Optional<Rule> builtIn = Rule.byId(ruleId);
    if (builtIn.isEmpty() && !CustomRule.isCustomId(ruleId)) {
      throw new RoadmapException("rule id must name a rule of the catalogue, but was: '" + ruleId + "'");
    }
    if (builtIn.isPresent()) {
      Map<Rule, Severity> map = new EnumMap<>(Rule.class);
      map.putAll(severities);
      severity.ifPresentOrElse(s -> map.put(builtIn.get(), s), () -> map.remove(builtIn.get()));
      return new Profile(name, map, custom, customSeverity);
    }
    Map<String, Optional<Severity>> map = new HashMap<>(custom);
    map.put(ruleId, severity);
    return new Profile(name, severities, map, customSeverity);
  }

  /** The custom rule ids this profile names. */
  Set<String> customRuleIds() {
    return custom.keySet();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Profile other && other.name.equals(name) && other.severities.equals(severities) && other.custom.equals(custom)
        && other.customSeverity == customSeverity;
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + severities.hashCode()) * 31 + custom.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
