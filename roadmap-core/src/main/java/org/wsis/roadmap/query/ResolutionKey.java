package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapParseException;

/**
 * The key of one resolution, whatever its revision: the body that adopted it and its number, such
 * as {@code PP 140} or {@code WTDC 45}. A citation whose body is not told (for example {@code
 * Resolution 70/1}) gives a key without body, written as the number alone.
 *
 * <pre>{@code
 * ResolutionKey key = ResolutionKey.parse("WTDC 45");
 * key.getBody();   // Optional[WTDC]
 * key.getNumber(); // "45"
 * ResolutionKey.of(ResolutionBody.PP, "140").toString(); // "PP 140"
 * }</pre>
 *
 * <p>This is a value-based class; instances are immutable and thread-safe. {@code
 * parse(key.toString()).equals(key)} holds for every instance.
 */
public final class ResolutionKey implements Comparable<ResolutionKey> {
  private static final Pattern FORM =
      Pattern.compile("(?:([A-Za-z]+)\\s+)?(?:(?i:Res(?:olution)?\\.?)\\s*)?([0-9]+(?:/[0-9]+)?)");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:/[0-9]+)?");
  /** The United Nations document symbol of a General Assembly resolution, such as {@code A/RES/70/1}. */
  private static final Pattern UN_SYMBOL = Pattern.compile("(?i:A/RES/)([0-9]+/[0-9]+)");

  private final ResolutionBody body;
  private final String number;

  private ResolutionKey(ResolutionBody body, String number) {
    this.body = body;
    this.number = number;
  }

  /**
   * Returns the key of a resolution of a body.
   *
   * @param body the body that adopted the resolution
   * @param number the number as cited, such as {@code "140"} or {@code "70/1"}
   * @return the key
   * @throws RoadmapParseException when the number is not digits, optionally with one {@code /} part
   */
  public static ResolutionKey of(ResolutionBody body, String number) {
    Objects.requireNonNull(body, "body");
    return new ResolutionKey(body, checkNumber(number));
  }

  /**
   * Returns the key of a resolution whose body is not known.
   *
   * @param number the number as cited, such as {@code "70/1"}
   * @return the key
   * @throws RoadmapParseException when the number is not digits, optionally with one {@code /} part
   */
  public static ResolutionKey ofNumber(String number) {
    return new ResolutionKey(null, checkNumber(number));
  }

  /**
   * Reads a key: an optional body code ({@code PP}, {@code WTDC}, {@code WTSA}, {@code COUNCIL},
   * {@code RA}, {@code WRC}, {@code UNGA}, any case), an optional word {@code Resolution}, and a number;
   * or the United Nations document symbol of a General Assembly resolution, {@code A/RES/70/1}, which
   * reads as {@code UNGA 70/1}.
   *
   * @param text such as {@code "PP 140"}, {@code "WTDC Resolution 45"}, {@code "council 1306"},
   *     {@code "70/1"} or {@code "A/RES/70/1"}
   * @return the key
   * @throws RoadmapParseException when the text is not of that form or names an unknown body
   */
  public static ResolutionKey parse(CharSequence text) {
    String value = RoadmapParseException.requireParsable(text, "resolution key").strip();
    Matcher symbol = UN_SYMBOL.matcher(value);
    if (symbol.matches()) {
      return new ResolutionKey(ResolutionBody.UNGA, symbol.group(1));
    }
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new RoadmapParseException("resolution key must look like 'PP 140', 'WTDC 45', '70/1' or 'A/RES/70/1', but was: "
          + RoadmapException.quote(text), text, 0);
    }
    if (m.group(1) == null) {
      return new ResolutionKey(null, m.group(2));
    }
    String code = m.group(1).toUpperCase(Locale.ROOT);
    if (code.equals("RESOLUTION") || code.equals("RES")) {
      return new ResolutionKey(null, m.group(2));
    }
    for (ResolutionBody candidate : ResolutionBody.values()) {
      if (candidate.name().equals(code)) {
        return new ResolutionKey(candidate, m.group(2));
      }
    }
    throw new RoadmapParseException(
        "resolution key must start with a body code (PP, WTDC, WTSA, COUNCIL, RA, WRC, UNGA), but was: "
            + RoadmapException.quote(text),
        text,
        m.start(1));
  }

  /**
   * Returns the keys of every resolution a citation names, in citation order.
   *
   * @param reference the citation
   * @return one key per number
   */
  public static List<ResolutionKey> allOf(ResolutionRef reference) {
    List<ResolutionKey> keys = new ArrayList<>(reference.getNumbers().size());
    ResolutionBody body = reference.getBody().orElse(null);
    for (String number : reference.getNumbers()) {
      if (NUMBER.matcher(number).matches()) {
        keys.add(new ResolutionKey(body, number));
      }
    }
    return keys;
  }

  private static String checkNumber(String number) {
    String value = RoadmapParseException.requireParsable(number, "resolution number").strip();
    if (!NUMBER.matcher(value).matches()) {
      throw new RoadmapParseException(
          "resolution number must be digits, optionally with one '/' part such as '70/1', but was: "
              + RoadmapException.quote(number),
          number,
          0);
    }
    return value;
  }

  /**
   * Returns the body that adopted the resolution.
   *
   * @return the body, or empty when the citation did not tell it
   */
  public Optional<ResolutionBody> getBody() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the number as cited.
   *
   * @return such as {@code "140"} or {@code "70/1"}
   */
  public String getNumber() {
    return number;
  }

  /** Orders keys by body (keys without body first), then by number, numerically where numbers are plain. */
  @Override
  public int compareTo(ResolutionKey other) {
    int byBody = Integer.compare(body == null ? -1 : body.ordinal(), other.body == null ? -1 : other.body.ordinal());
    if (byBody != 0) {
      return byBody;
    }
    return compareNumbers(number, other.number);
  }

  static int compareNumbers(String a, String b) {
    String[] as = a.split("/", -1);
    String[] bs = b.split("/", -1);
    for (int i = 0; i < Math.min(as.length, bs.length); i++) {
      int byLength = Integer.compare(as[i].length(), bs[i].length());
      int c = byLength != 0 ? byLength : as[i].compareTo(bs[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(as.length, bs.length);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResolutionKey
        && ((ResolutionKey) o).body == body
        && ((ResolutionKey) o).number.equals(number);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(body) * 31 + number.hashCode();
  }

  /**
   * Returns the key as text.
   *
   * @return such as {@code "PP 140"}, or the number alone when the body is not known
   */
  @Override
  public String toString() {
    return body == null ? number : body.name() + " " + number;
  }
}
