package org.wsis.roadmap;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a text cannot be parsed into a typed value: an id, an SDG code, a timing, a citation.
 *
 * <p>Like {@link java.time.format.DateTimeParseException}, it carries the whole input and the index
 * in it where reading failed, and its message states the rule and quotes the bad value:
 *
 * <pre>{@code
 * try {
 *   SdgTarget.parse("4-4");
 * } catch (RoadmapParseException e) {
 *   e.getMessage();     // SDG target must look like '4.4' or '17.a', but was: '4-4'
 *   e.getParsedString(); // "4-4"
 *   e.getErrorIndex();   // 0
 * }
 * }</pre>
 */
public class RoadmapParseException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  /**
   * The longest text a strict {@code parse} method reads: 10,000 characters. A longer text is refused
   * before it is scanned, with a message that quotes its start and states its length. (The lenient
   * {@code read} methods read any length, in time linear in it.)
   */
  public static final int MAX_PARSE_LENGTH = 10_000;

  private final String parsedString;
  private final int errorIndex;

  /**
   * Creates a parse exception.
   *
   * @param message the rule that was broken, quoting the bad value
   * @param parsedString the whole input that was being parsed; {@code null} is recorded as {@code "null"};
   *     it is kept, not copied into the message (the message quotes it through {@link #quote})
   * @param errorIndex the index in the input where reading failed, 0 when it failed as a whole
   */
  public RoadmapParseException(String message, @Nullable CharSequence parsedString, int errorIndex) {
    super(message);
    this.parsedString = String.valueOf(parsedString);
    this.errorIndex = errorIndex;
  }

  /**
   * Creates a parse exception with a cause.
   *
   * @param message the rule that was broken, quoting the bad value
   * @param parsedString the whole input that was being parsed
   * @param errorIndex the index in the input where reading failed
   * @param cause the underlying failure
   */
  public RoadmapParseException(String message, @Nullable CharSequence parsedString, int errorIndex, Throwable cause) {
    super(message, cause);
    this.parsedString = String.valueOf(parsedString);
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the input that was being parsed.
   *
   * @return the whole input, never {@code null}
   */
  public String getParsedString() {
    return parsedString;
  }

  /**
   * Returns the index in the input where reading failed.
   *
   * @return a zero-based index; 0 when the input failed as a whole
   */
  public int getErrorIndex() {
    return errorIndex;
  }

  /**
   * Throws a parse exception when {@code input} is {@code null}; the single null guard of every public
   * parser.
   *
   * @param input the value handed to a parser
   * @param what what the parser reads, for the message (for example "SDG target")
   * @return the input, when it is not null
   * @throws RoadmapParseException when the input is null
   */
  public static String requireText(@Nullable CharSequence input, String what) {
    if (input == null) {
      throw new RoadmapParseException(what + " must not be null", "null", 0);
    }
    return Objects.toString(input);
  }

  /**
   * Throws a parse exception when {@code input} is {@code null} or longer than {@link
   * #MAX_PARSE_LENGTH}; the guard of every public strict parser, run before the text is scanned.
   *
   * @param input the value handed to a parser
   * @param what what the parser reads, for the message (for example "SDG target")
   * @return the input, when it is not null and not too long
   * @throws RoadmapParseException when the input is null or too long
   */
  public static String requireParsable(CharSequence input, String what) {
    if (input != null && input.length() > MAX_PARSE_LENGTH) {
      throw new RoadmapParseException(String.format(java.util.Locale.ROOT,
          "%s must be at most %,d characters, but was: %s", what, MAX_PARSE_LENGTH, quote(input)), input,
          MAX_PARSE_LENGTH);
    }
    return requireText(input, what);
  }
}
