package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wsis.roadmap.internal.SdgIris;

/**
 * The 17 Sustainable Development Goals of UN General Assembly resolution 70/1.
 *
 * <pre>{@code
 * SdgGoal nine = SdgGoal.of(9);
 * nine.getNumber(); // 9
 * SdgGoal.parse("SDG 9"); // NINE
 * nine.getShortTitle(Locale.ENGLISH); // "Industry, innovation and infrastructure"
 * nine.getIri();   // http://metadata.un.org/sdg/9
 * SdgGoal.parse("https://metadata.un.org/sdg/9"); // NINE
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum SdgGoal {
  /** Goal 1: no poverty. */
  ONE,
  /** Goal 2: zero hunger. */
  TWO,
  /** Goal 3: good health and well-being. */
  THREE,
  /** Goal 4: quality education. */
  FOUR,
  /** Goal 5: gender equality. */
  FIVE,
  /** Goal 6: clean water and sanitation. */
  SIX,
  /** Goal 7: affordable and clean energy. */
  SEVEN,
  /** Goal 8: decent work and economic growth. */
  EIGHT,
  /** Goal 9: industry, innovation and infrastructure. */
  NINE,
  /** Goal 10: reduced inequalities. */
  TEN,
  /** Goal 11: sustainable cities and communities. */
  ELEVEN,
  /** Goal 12: responsible consumption and production. */
  TWELVE,
  /** Goal 13: climate action. */
  THIRTEEN,
  /** Goal 14: life below water. */
  FOURTEEN,
  /** Goal 15: life on land. */
  FIFTEEN,
  /** Goal 16: peace, justice and strong institutions. */
  SIXTEEN,
  /** Goal 17: partnerships for the goals. */
  SEVENTEEN;

  /**
   * Returns the goal's number.
   *
   * @return 1 to 17
   */
  @JsonValue
  public int getNumber() {
    return ordinal() + 1;
  }

  /**
   * Returns the goal's code as the UN writes it.
   *
   * @return the number as text, such as {@code "9"}
   */
  public String getCode() {
    return Integer.toString(getNumber());
  }

  /**
   * Returns the goal's title in a UN language, from the bundled catalogue ({@link SdgCatalogue}).
   *
   * <pre>{@code
   * SdgGoal.NINE.getTitle(Locale.FRENCH);
   * // "Bâtir une infrastructure résiliente, promouvoir une industrialisation durable qui profite à tous et encourager l’innovation"
   * }</pre>
   *
   * @param locale Arabic, Chinese, English, French, Russian or Spanish; any other language gives
   *     English (see {@link SdgCatalogue} for how locales are matched)
   * @return the title of resolution 70/1, such as "Build resilient infrastructure, promote inclusive
   *     and sustainable industrialization and foster innovation"
   * @throws RoadmapException when the locale is null
   */
  public String getTitle(Locale locale) {
    return SdgCatalogue.goalTitle(this, locale, false);
  }

  /**
   * Returns the goal's short title in a UN language, from the bundled catalogue.
   *
   * @param locale Arabic, Chinese, English, French, Russian or Spanish; any other language gives English
   * @return such as "Industry, innovation and infrastructure"
   * @throws RoadmapException when the locale is null
   */
  public String getShortTitle(Locale locale) {
    return SdgCatalogue.goalTitle(this, locale, true);
  }

  /**
   * Returns the goal's targets in the bundled UN catalogue.
   *
   * @return the targets in UN order, such as {@code 9.1 ... 9.5, 9.a, 9.b, 9.c}
   */
  public List<SdgTarget> getTargets() {
    return SdgCatalogue.targetsOf(this);
  }

  /**
   * Returns the goal's persistent identifier in the UN SDG vocabulary (see {@link SdgCatalogue}).
   *
   * @return such as {@code http://metadata.un.org/sdg/9}
   */
  public URI getIri() {
    return SdgIris.iri(SdgIris.Kind.GOAL, getCode()).orElseThrow();
  }

  /**
   * Returns the goal's term in UNEP's SDG Interface Ontology (SDGIO), as the UN vocabulary matches it.
   *
   * @return such as {@code http://purl.unep.org/sdg/SDGIO_00000043} for goal 9
   */
  public Optional<URI> getSdgioIri() {
    return SdgIris.sdgio(SdgIris.Kind.GOAL, getCode());
  }

  /**
   * Returns the goal with a number.
   *
   * @param number 1 to 17
   * @return the goal
   * @throws RoadmapParseException when the number is outside 1 to 17
   */
  @JsonCreator
  public static SdgGoal of(int number) {
    if (number < 1 || number > 17) {
      throw new RoadmapParseException(
          "SDG goal must be a number from 1 to 17, but was: " + number, Integer.toString(number), 0);
    }
    return values()[number - 1];
  }

  /**
   * Reads a goal from its number, optionally written {@code SDG 9}, {@code SDG9} or {@code Goal 9}, or
   * from its UN IRI, {@code http://metadata.un.org/sdg/9} or {@code https://metadata.un.org/sdg/9}.
   *
   * @param text the goal as text
   * @return the goal
   * @throws RoadmapParseException when the text is not a goal number from 1 to 17, or starts like an IRI
   *     (a scheme and a colon) but is not the UN IRI of a goal
   */
  public static SdgGoal parse(CharSequence text) {
    String value = RoadmapParseException.requireParsable(text, "SDG goal").strip();
    String iriCode = SdgIris.code(value, SdgIris.Kind.GOAL);
    if (iriCode != null) {
      return values()[Integer.parseInt(iriCode) - 1];
    }
    String digits = value.replaceFirst("(?i)^(SDG|Goal)\\s*", "");
    if (digits.matches("[0-9]{1,2}")) {
      int number = Integer.parseInt(digits);
      if (number >= 1 && number <= 17) {
        return values()[number - 1];
      }
    }
    throw new RoadmapParseException(
        "SDG goal must be a number from 1 to 17 (optionally 'SDG 9'), but was: " + RoadmapException.quote(text), text, 0);
  }

  @Override
  public String toString() {
    return "SDG " + getNumber();
  }
}
