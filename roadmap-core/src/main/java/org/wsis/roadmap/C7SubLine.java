package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The eight sub-lines of WSIS Action Line C7 (ICT applications), each with its own UN facilitators.
 *
 * <pre>{@code
 * C7SubLine health = C7SubLine.parse("C7.e-health");   // or "E-health"
 * health.getTitle();              // "E-health"
 * health.getLeadFacilitators();   // ["WHO"]
 * health.getCoFacilitators();     // ["ITU"]
 * }</pre>
 *
 * <p>Titles and facilitators come from the bundled WSIS action line catalogue (see {@code
 * org/wsis/roadmap/catalogue/PROVENANCE.md}). Instances are immutable and thread-safe.
 */
public enum C7SubLine {
  /** E-government. */
  E_GOVERNMENT("e-government"),
  /** E-business. */
  E_BUSINESS("e-business"),
  /** E-learning. */
  E_LEARNING("e-learning"),
  /** E-health. */
  E_HEALTH("e-health"),
  /** E-employment. */
  E_EMPLOYMENT("e-employment"),
  /** E-environment. */
  E_ENVIRONMENT("e-environment"),
  /** E-agriculture. */
  E_AGRICULTURE("e-agriculture"),
  /** E-science. */
  E_SCIENCE("e-science");

  private final String name;

  C7SubLine(String name) {
    this.name = name;
  }

  /**
   * Returns the sub-line's code.
   *
   * @return such as {@code "C7.e-health"}
   */
  @JsonValue
  public String getCode() {
    return "C7." + name;
  }

  /**
   * Returns the action line this is a sub-line of.
   *
   * @return always {@link ActionLine#C7}
   */
  public ActionLine getActionLine() {
    return ActionLine.C7;
  }

  /**
   * Returns the sub-line's title.
   *
   * @return such as {@code "E-health"}
   */
  public String getTitle() {
    return WsisCatalogue.of(this).title;
  }

  /**
   * Returns the lead facilitators, by the abbreviations the UN uses.
   *
   * @return such as {@code ["WHO"]}
   */
  public List<String> getLeadFacilitators() {
    return WsisCatalogue.of(this).lead;
  }

  /**
   * Returns the co-facilitators.
   *
   * @return such as {@code ["UNEP", "ITU"]} for e-environment; often empty
   */
  public List<String> getCoFacilitators() {
    return WsisCatalogue.of(this).coFacilitators;
  }

  /**
   * Returns the catalogue's note on how certain the facilitation is.
   *
   * @return such as {@code "Indirect evidence only."} for e-employment, or empty
   */
  public Optional<String> getFacilitationNote() {
    return WsisCatalogue.of(this).note;
  }

  /**
   * Reads a sub-line from its code ({@code "C7.e-health"}), its title ({@code "E-health"}) or its
   * name ({@code "e-health"}), ignoring case and surrounding white space.
   *
   * @param text the sub-line
   * @return the sub-line
   * @throws RoadmapParseException when the text names none of the eight sub-lines
   */
  @JsonCreator
  public static C7SubLine parse(CharSequence text) {
    String value = RoadmapParseException.requireParsable(text, "C7 sub-line").strip().toLowerCase(Locale.ROOT);
    String name = value.startsWith("c7.") ? value.substring(3) : value;
    for (C7SubLine subLine : values()) {
      if (subLine.name.equals(name)) {
        return subLine;
      }
    }
    throw new RoadmapParseException(
        "C7 sub-line must be one of 'C7.e-government' ... 'C7.e-science' or its title, but was: " + RoadmapException.quote(text), text, 0);
  }

  @Override
  public String toString() {
    return getCode();
  }
}
