package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of an outcome: its action line, its section and its label, such as {@code C6.W10.a} or
 * {@code C5.GT.B3}.
 *
 * <pre>{@code
 * OutcomeId id = OutcomeId.parse("C5.GT.B3");
 * id.getActionLine(); // ActionLine.C5
 * id.getSection();    // OutcomeSection.GENEVA_TUNIS
 * id.getLabel();      // "B3"
 * OutcomeId.of(ActionLine.C6, OutcomeSection.WSIS_PLUS_10, "a").toString(); // "C6.W10.a"
 * }</pre>
 *
 * <p>This is a value-based class; instances are immutable and thread-safe. {@code
 * parse(id.toString()).equals(id)} holds for every instance.
 */
public final class OutcomeId implements Comparable<OutcomeId> {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]{1,12}");
  private static final Pattern FORM = Pattern.compile("(C[0-9]{1,2})\\.(GT|W10)\\.(.*)");
  private static final Comparator<OutcomeId> ORDER =
      Comparator.comparing(OutcomeId::getActionLine)
          .thenComparing(OutcomeId::getSection)
          .thenComparing(OutcomeId::getLabel);

  private final ActionLine actionLine;
  private final OutcomeSection section;
  private final String label;

  private OutcomeId(ActionLine actionLine, OutcomeSection section, String label) {
    this.actionLine = actionLine;
    this.section = section;
    this.label = label;
  }

  /**
   * Returns the id of an outcome.
   *
   * @param actionLine the action line whose table holds the outcome
   * @param section the section of the table
   * @param label the label as printed, without trailing punctuation: {@code "A"}, {@code "B3"}, {@code "a"}
   * @return the id
   * @throws RoadmapParseException when the label is not 1 to 12 letters and digits
   */
  public static OutcomeId of(ActionLine actionLine, OutcomeSection section, String label) {
    Objects.requireNonNull(actionLine, "actionLine");
    Objects.requireNonNull(section, "section");
    String text = RoadmapParseException.requireParsable(label, "outcome label");
    if (!LABEL.matcher(text).matches()) {
      throw new RoadmapParseException(
          "outcome label must be 1 to 12 letters and digits, such as 'A', 'B3' or 'a', but was: " + RoadmapException.quote(label),
          label,
          0);
    }
    return new OutcomeId(actionLine, section, text);
  }

  /**
   * Reads an outcome id.
   *
   * @param text such as {@code "C6.W10.a"}
   * @return the id
   * @throws RoadmapParseException when the text is not action line, section code ({@code GT} or
   *     {@code W10}) and label joined by dots
   */
  @JsonCreator
  public static OutcomeId parse(CharSequence text) {
    String value = RoadmapParseException.requireParsable(text, "outcome id").strip();
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new RoadmapParseException(
          "outcome id must look like 'C6.W10.a' or 'C5.GT.B3', but was: " + RoadmapException.quote(text), text, 0);
    }
    ActionLine actionLine;
    try {
      actionLine = ActionLine.parse(m.group(1));
    } catch (RoadmapParseException e) {
      throw new RoadmapParseException(
          "outcome id must start with an action line from 'C1' to 'C11', but was: " + RoadmapException.quote(text), text, 0, e);
    }
    String label = m.group(3);
    if (!LABEL.matcher(label).matches()) {
      throw new RoadmapParseException(
          "outcome id must end with a label of 1 to 12 letters and digits, but was: " + RoadmapException.quote(text),
          text,
          m.start(3));
    }
    return new OutcomeId(actionLine, OutcomeSection.parse(m.group(2)), label);
  }

  /**
   * Returns the action line.
   *
   * @return the action line
   */
  public ActionLine getActionLine() {
    return actionLine;
  }

  /**
   * Returns the section.
   *
   * @return the section
   */
  public OutcomeSection getSection() {
    return section;
  }

  /**
   * Returns the label as printed, without trailing punctuation.
   *
   * @return such as {@code "B3"}
   */
  public String getLabel() {
    return label;
  }

  /** Orders ids by action line, then section, then label (alphabetically, not in document order). */
  @Override
  public int compareTo(OutcomeId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OutcomeId other
        && actionLine == other.actionLine && section == other.section && label.equals(other.label);
  }

  @Override
  public int hashCode() {
    // From ordinals, not the enums' identity hashes: the same id hashes the same in every run.
    return (31 * actionLine.ordinal() + section.ordinal()) * 31 + label.hashCode();
  }

  /**
   * Returns the id as text.
   *
   * @return such as {@code "C6.W10.a"}
   */
  @JsonValue
  @Override
  public String toString() {
    return actionLine.getCode() + "." + section.getCode() + "." + label;
  }
}
