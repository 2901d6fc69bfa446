package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The eleven WSIS Action Lines of the Geneva Plan of Action (2003), C1 to C11.
 *
 * <pre>{@code
 * ActionLine c5 = ActionLine.parse("C5");
 * c5.getCode(); // "C5"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
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
   * Reads an action line code.
   *
   * @param code a code from {@code "C1"} to {@code "C11"}; surrounding white space and a lower-case
   *     {@code c} are accepted
   * @return the action line
   * @throws RoadmapParseException when the text is not a code from C1 to C11
   */
  @JsonCreator
  public static ActionLine parse(CharSequence code) {
    String text = RoadmapParseException.requireText(code, "WSIS action line code").strip();
    if (text.length() >= 2 && (text.charAt(0) == 'C' || text.charAt(0) == 'c')) {
      String digits = text.substring(1);
      if (digits.matches("[1-9][0-9]?")) {
        int number = Integer.parseInt(digits);
        if (number <= 11) {
          return values()[number - 1];
        }
      }
    }
    throw new RoadmapParseException(
        "WSIS action line must be a code from 'C1' to 'C11', but was: '" + code + "'", code, 0);
  }
}
