package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.internal.SdgIris;

/**
 * The code of an SDG target, such as {@code 9.1} (an outcome target) or {@code 9.c} (a means of
 * implementation).
 *
 * <p>Every reading method also takes the target's UN IRI, {@code http://metadata.un.org/sdg/9.c} (or
 * {@code https://}); {@link #getIri()} returns it.
 *
 * <p>{@link #parse} is strict: the code must have the form goal, dot, number or letter, and name a
 * target of the bundled UN catalogue ({@code 9.z} is refused). {@link #read} and {@link #of} check the
 * form only, so that real-world data with a wrong code still loads (lenient readers use them, {@link
 * #isKnown()} tells, and validation reports it).
 *
 * <pre>{@code
 * SdgTarget target = SdgTarget.parse("9.c");
 * target.getGoal();    // SdgGoal.NINE
 * target.toString();   // "9.c"
 * }</pre>
 *
 * <p>This is a value-based class; instances are immutable and thread-safe. {@code
 * read(t.toString()).equals(t)} holds for every instance, and {@code parse} too for every known one.
 */
public final class SdgTarget implements Comparable<SdgTarget> {
  private static final Pattern FORM = Pattern.compile("([0-9]{1,2})\\.([1-9][0-9]?|[a-z])");

  private final SdgGoal goal;
  private final String suffix;

  private SdgTarget(SdgGoal goal, String suffix) {
    this.goal = goal;
    this.suffix = suffix;
  }

  /**
   * Reads a target code strictly: the form must be right and the target must exist in the bundled UN
   * catalogue ({@link SdgCatalogue}).
   *
   * <pre>{@code
   * SdgTarget.parse("9.c");  // 9.c
   * SdgTarget.parse("9.z");  // throws: '9.z' is not an SDG target; targets of goal 9 are 9.1 to 9.5 and 9.a to 9.c
   * }</pre>
   *
   * @param code such as {@code "9.c"} or {@code "17.18"}; surrounding white space is ignored
   * @return the target
   * @throws RoadmapParseException when the code is null, longer than {@link
   *     RoadmapParseException#MAX_PARSE_LENGTH}, not of the form goal, dot, number or letter, its goal
   *     is not 1 to 17, or the catalogue has no such target
   */
  @JsonCreator
  public static SdgTarget parse(CharSequence code) {
    SdgTarget target = read(code);
    if (!target.isKnown()) {
      throw new RoadmapParseException(unknownMessage(target), code, 0);
    }
    return target;
  }

  /**
   * Reads a target code by its form only: the target may be missing from the UN catalogue ({@link
   * #isKnown()} is then false). Lenient readers use it, so that data with a wrong code still loads.
   *
   * <pre>{@code
   * SdgTarget.read("9.z").isKnown(); // false
   * SdgTarget.read("4-4");           // throws: SDG target must look like '4.4' or '17.a', but was: '4-4'
   * }</pre>
   *
   * @param code such as {@code "9.c"} or {@code "9.z"}; surrounding white space is ignored
   * @return the target
   * @throws RoadmapParseException when the code is null, longer than {@link
   *     RoadmapParseException#MAX_PARSE_LENGTH}, not of the form goal, dot, number or letter, or its
   *     goal is not 1 to 17, or it starts like an IRI (a scheme and a colon) but is not the UN IRI of a
   *     target
   */
  public static SdgTarget read(CharSequence code) {
    String stripped = RoadmapParseException.requireParsable(code, "SDG target").strip();
    String iriCode = SdgIris.code(stripped, SdgIris.Kind.TARGET);
    String text = iriCode != null ? iriCode : stripped;
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new RoadmapParseException(
          "SDG target must look like '4.4' or '17.a', but was: " + RoadmapException.quote(code), code, 0);
    }
    int goalNumber = Integer.parseInt(m.group(1));
    if (goalNumber < 1 || goalNumber > 17) {
      throw new RoadmapParseException(
          "SDG target must belong to a goal from 1 to 17, but was: " + RoadmapException.quote(code), code, 0);
    }
    return new SdgTarget(SdgGoal.of(goalNumber), m.group(2));
  }

  /**
   * Returns the target of a goal with a suffix, checking the form only (like {@link #read}).
   *
   * @param goal the goal
   * @param suffix the part after the dot: a number such as {@code "1"} or a letter such as {@code "c"}
   * @return the target
   * @throws RoadmapParseException when the suffix is not a number from 1 to 99 or a lower-case letter
   */
  public static SdgTarget of(SdgGoal goal, String suffix) {
    Objects.requireNonNull(goal, "goal");
    return read(goal.getNumber() + "." + suffix);
  }

  /**
   * Explains why a target is not in the catalogue: {@code "'9.z' is not an SDG target; targets of goal 9
   * are 9.1 to 9.5 and 9.a to 9.c"}.
   */
  private static String unknownMessage(SdgTarget target) {
    List<SdgTarget> all = target.goal.getTargets();
    List<SdgTarget> numbered = all.stream().filter(t -> Character.isDigit(t.suffix.charAt(0))).toList();
    List<SdgTarget> lettered = all.stream().filter(t -> !Character.isDigit(t.suffix.charAt(0))).toList();
    StringBuilder ranges = new StringBuilder();
    range(ranges, numbered);
    if (!lettered.isEmpty()) {
      ranges.append(ranges.length() == 0 ? "" : " and ");
      range(ranges, lettered);
    }
    return "'" + target + "' is not an SDG target; targets of goal " + target.goal.getNumber() + " are " + ranges;
  }

  private static void range(StringBuilder out, List<SdgTarget> targets) {
    if (targets.isEmpty()) {
      return;
    }
    out.append(targets.get(0));
    if (targets.size() > 1) {
      out.append(" to ").append(targets.get(targets.size() - 1));
    }
  }

  /**
   * Returns the goal this target belongs to.
   *
   * @return the goal
   */
  public SdgGoal getGoal() {
    return goal;
  }

  /**
   * Returns the part of the code after the dot.
   *
   * @return a number such as {@code "1"} or a letter such as {@code "c"}
   */
  public String getSuffix() {
    return suffix;
  }

  /**
   * Tells whether this is a means-of-implementation target: a lettered target, or any target of Goal 17.
   *
   * @return true for {@code 9.c} and {@code 17.8}, false for {@code 9.1}
   */
  public boolean isMeansOfImplementation() {
    return goal == SdgGoal.SEVENTEEN || Character.isLetter(suffix.charAt(0));
  }

  /**
   * Tells whether the bundled UN catalogue ({@link SdgCatalogue}) has this target: true for {@code
   * 9.c}, false for {@code 9.z} or {@code 9.20}.
   *
   * @return true when the target exists
   */
  public boolean isKnown() {
    return SdgCatalogue.contains(this);
  }

  /**
   * Returns the target's official text in a UN language, from the bundled catalogue.
   *
   * <pre>{@code
   * SdgTarget.parse("9.c").getTitle(Locale.ENGLISH);
   * // Optional["Significantly increase access to information and communications technology ..."]
   * SdgTarget.read("9.z").getTitle(Locale.ENGLISH);  // Optional.empty
   * }</pre>
   *
   * @param locale Arabic, Chinese, English, French, Russian or Spanish; any other language gives
   *     English (see {@link SdgCatalogue} for how locales are matched)
   * @return the text, or empty when the target is not {@linkplain #isKnown() known}
   * @throws RoadmapException when the locale is null
   */
  public Optional<String> getTitle(Locale locale) {
    SdgCatalogue.languageKey(locale);
    return SdgCatalogue.targetTitle(this, locale);
  }

  /**
   * Returns the target's persistent identifier in the UN SDG vocabulary.
   *
   * <pre>{@code
   * SdgTarget.parse("9.c").getIri(); // Optional[http://metadata.un.org/sdg/9.c]
   * SdgTarget.read("9.z").getIri();  // Optional.empty
   * }</pre>
   *
   * @return the IRI; empty when the target is not {@linkplain #isKnown() known}
   */
  public Optional<URI> getIri() {
    return SdgIris.iri(SdgIris.Kind.TARGET, toString());
  }

  /**
   * Returns the target's term in UNEP's SDG Interface Ontology (SDGIO), as the UN vocabulary matches it.
   *
   * @return such as {@code http://purl.unep.org/sdg/SDGIO_00000136}; empty for an unknown target and
   *     for the three targets the vocabulary matches to no SDGIO term
   */
  public Optional<URI> getSdgioIri() {
    return SdgIris.sdgio(SdgIris.Kind.TARGET, toString());
  }

  /** Orders targets as the UN lists them: by goal, then numbered targets, then lettered ones. */
  @Override
  public int compareTo(SdgTarget other) {
    int byGoal = goal.compareTo(other.goal);
    if (byGoal != 0) {
      return byGoal;
    }
    boolean letter = Character.isLetter(suffix.charAt(0));
    boolean otherLetter = Character.isLetter(other.suffix.charAt(0));
    if (letter != otherLetter) {
      return letter ? 1 : -1;
    }
    if (!letter) {
      return Integer.compare(Integer.parseInt(suffix), Integer.parseInt(other.suffix));
    }
    return suffix.compareTo(other.suffix);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SdgTarget other && other.goal == goal && other.suffix.equals(suffix);
  }

  @Override
  public int hashCode() {
    return goal.hashCode() * 31 + suffix.hashCode();
  }

  /**
   * Returns the code.
   *
   * @return such as {@code "9.c"}
   */
  @JsonValue
  @Override
  public String toString() {
    return goal.getNumber() + "." + suffix;
  }
}
