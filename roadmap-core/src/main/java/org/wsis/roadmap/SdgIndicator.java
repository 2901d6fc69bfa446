package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of an SDG global indicator, such as {@code 9.c.1}.
 *
 * <pre>{@code
 * SdgIndicator indicator = SdgIndicator.parse("9.c.1");
 * indicator.getTarget(); // 9.c
 * }</pre>
 *
 * <p>This is a value-based class; instances are immutable and thread-safe. {@code
 * parse(i.toString()).equals(i)} holds for every instance.
 */
public final class SdgIndicator implements Comparable<SdgIndicator> {
  private static final Pattern FORM = Pattern.compile("([0-9]{1,2}\\.(?:[1-9][0-9]?|[a-z]))\\.([1-9][0-9]?)");

  private final SdgTarget target;
  private final int number;

  private SdgIndicator(SdgTarget target, int number) {
    this.target = target;
    this.number = number;
  }

  /**
   * Reads an indicator code.
   *
   * @param code such as {@code "9.c.1"}; surrounding white space is ignored
   * @return the indicator
   * @throws RoadmapParseException when the code is not a target code followed by a dot and a number
   */
  @JsonCreator
  public static SdgIndicator parse(CharSequence code) {
    String text = RoadmapParseException.requireParsable(code, "SDG indicator").strip();
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new RoadmapParseException(
          "SDG indicator must look like '9.c.1' or '17.8.1', but was: " + RoadmapException.quote(code), code, 0);
    }
    return new SdgIndicator(SdgTarget.read(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the target this indicator measures.
   *
   * @return the target
   */
  public SdgTarget getTarget() {
    return target;
  }

  /**
   * Returns the indicator's number within its target.
   *
   * @return 1 or more
   */
  public int getNumber() {
    return number;
  }

  /** Orders indicators by target, then by number. */
  @Override
  public int compareTo(SdgIndicator other) {
    int byTarget = target.compareTo(other.target);
    return byTarget != 0 ? byTarget : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SdgIndicator other && other.target.equals(target) && other.number == number;
  }

  @Override
  public int hashCode() {
    return target.hashCode() * 31 + number;
  }

  /**
   * Returns the code.
   *
   * @return such as {@code "9.c.1"}
   */
  @JsonValue
  @Override
  public String toString() {
    return target + "." + number;
  }
}
