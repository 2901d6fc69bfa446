package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The eleven WSIS Action Lines of the Geneva Plan of Action (2003), C1 to C11.
 *
 * <pre>{@code
 * ActionLine c5 = ActionLine.parse("C5");
 * c5.getCode();  // "C5"
 * c5.getTitle(); // "Building confidence and security in the use of ICTs"
 * c5.getLeadFacilitators(); // ["ITU"]
 * }</pre>
 *
 * <p>Titles and facilitators come from the bundled WSIS action line catalogue (see {@code
 * org/wsis/roadmap/catalogue/PROVENANCE.md}). Instances are immutable and thread-safe.
 */
public enum ActionLine {
  /** C1: the role of public governance authorities and all stakeholders in the promotion of ICTs for development. */
  C1,
  /** C2: information and communication infrastructure. */
  C2,
  /** C3: access to information and knowledge. */
  C3,
  /** C4: capacity building. */
  C4,
  /** C5: building confidence and security in the use of ICTs. */
  C5,
  /** C6: enabling environment. */
  C6,
  /** C7: ICT applications, with eight sub-lines. */
  C7,
  /** C8: cultural diversity and identity, linguistic diversity and local content. */
  C8,
  /** C9: media. */
  C9,
  /** C10: ethical dimensions of the Information Society. */
  C10,
  /** C11: international and regional cooperation. */
  C11;

  /**
   * Returns the official code, as printed in the roadmaps.
   *
   * @return the code, such as {@code "C5"}
   */
  @JsonValue
  public String getCode() {
    return name();
  }

  /**
   * Returns the title ITU and the WSIS Forum use today.
   *
   * @return such as {@code "Building confidence and security in the use of ICTs"}
   */
  public String getTitle() {
    return WsisCatalogue.of(this).title;
  }

  /**
   * Returns the heading as worded in the Geneva Plan of Action (2003).
   *
   * @return such as {@code "Information and communication infrastructure: an essential foundation for the Information Society"}
   */
  public String getGenevaPlanTitle() {
    return WsisCatalogue.of(this).genevaPlanTitle;
  }

  /**
   * Returns the UN lead facilitators, by the abbreviations the UN uses.
   *
   * @return such as {@code ["ITU"]}; empty for C7, which is facilitated per {@linkplain #getSubLines() sub-line}
   */
  public List<String> getLeadFacilitators() {
    return WsisCatalogue.of(this).lead;
  }

  /**
   * Returns the co-facilitators.
   *
   * @return such as {@code ["ITU"]} for C1; often empty
   */
  public List<String> getCoFacilitators() {
    return WsisCatalogue.of(this).coFacilitators;
  }

  /**
   * Returns the partner agencies, which take part in facilitation without leading it.
   *
   * @return such as {@code ["ITU"]} for C8 and C9; usually empty
   */
  public List<String> getPartners() {
    return WsisCatalogue.of(this).partners;
  }

  /**
   * Returns the catalogue's note on the facilitation, such as a conflict between sources.
   *
   * @return the note, or empty
   */
  public Optional<String> getFacilitationNote() {
    return WsisCatalogue.of(this).note;
  }

  /**
   * Returns the sub-lines of this action line.
   *
   * @return the eight {@link C7SubLine}s for C7, empty for every other action line
   */
  public List<C7SubLine> getSubLines() {
    return this == C7 ? SUB_LINES : List.of();
  }

  private static final List<C7SubLine> SUB_LINES = List.of(C7SubLine.values());

  /**
   * Reads an action line code.
   *
   * @param code a code from {@code "C1"} to {@code "C11"}; surrounding white space and a lower-case
   *     {@code c} are accepted
   * @return the action line
   * @throws RoadmapParseException when the text is not a code from C1 to C11
   */
  @JsonCreator
  public static ActionLine parse(CharSequence code) {
    String text = RoadmapParseException.requireParsable(code, "WSIS action line code").strip();
    if (text.length() >= 2 && (text.charAt(0) == 'C' || text.charAt(0) == 'c')) {
      // 'C' and one or two digits, the first not 0: checked by hand, as this runs for every outcome id read.
      int number = text.length() <= 3 ? digit(text, 1) : -1;
      if (number > 0 && text.length() == 3) {
        number = digit(text, 2) < 0 ? -1 : number * 10 + digit(text, 2);
      }
      if (number >= 1 && number <= 11) {
        return values()[number - 1];
      }
    }
    throw new RoadmapParseException(
        "WSIS action line must be a code from 'C1' to 'C11', but was: " + RoadmapException.quote(code), code, 0);
  }

  private static int digit(String text, int index) {
    char c = text.charAt(index);
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }
}
