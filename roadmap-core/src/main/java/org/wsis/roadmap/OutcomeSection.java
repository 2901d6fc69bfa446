package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The two sections of every roadmap table: outcomes of the Geneva Plan of Action and Tunis Agenda,
 * and outcomes of the WSIS+10 outcome documents.
 *
 * <p>Labels repeat across sections (C6 has an {@code a.} in both), so an {@link OutcomeId} carries
 * the section's short code: {@code C6.GT.a}, {@code C6.W10.a}.
 *
 * <pre>{@code
 * OutcomeSection.parse("W10"); // WSIS_PLUS_10
 * }</pre>
 */
public enum OutcomeSection {
  /** Outcomes of the Geneva Plan of Action (2003) and the Tunis Agenda for the Information Society (2005). */
  GENEVA_TUNIS("GT", "Geneva Plan of Action and Tunis Agenda for the Information Society"),
  /** Outcomes of the WSIS+10 outcome documents (2014). */
  WSIS_PLUS_10("W10", "WSIS+10 Outcome Documents");

  private final String code;
  private final String title;

  OutcomeSection(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * Returns the short code used in outcome ids.
   *
   * @return {@code "GT"} or {@code "W10"}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the section heading as the roadmap tables print it.
   *
   * @return the heading
   */
  public String getTitle() {
    return title;
  }

  /**
   * Reads a section from its short code ({@code GT}, {@code W10}) or its constant name
   * ({@code GENEVA_TUNIS}, {@code WSIS_PLUS_10}).
   *
   * @param text the code or name
   * @return the section
   * @throws RoadmapParseException when the text names no section
   */
  @JsonCreator
  public static OutcomeSection parse(CharSequence text) {
    String value = RoadmapParseException.requireParsable(text, "outcome section").strip();
    for (OutcomeSection section : values()) {
      if (section.code.equals(value) || section.name().equals(value)) {
        return section;
      }
    }
    throw new RoadmapParseException(
        "outcome section must be 'GT', 'W10', 'GENEVA_TUNIS' or 'WSIS_PLUS_10', but was: " + RoadmapException.quote(text), text, 0);
  }
}
