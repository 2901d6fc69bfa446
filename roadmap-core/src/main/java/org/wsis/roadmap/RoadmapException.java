package org.wsis.roadmap;

import java.util.Locale;

/**
 * The root of every exception this library throws on purpose: every failure of the public API on bad
 * input or failed input and output is a {@code RoadmapException} subtype whose message says what went
 * wrong and where.
 *
 * <pre>{@code
 * try {
 *   SdgTarget.parse("4-4");
 * } catch (RoadmapException e) {
 *   System.err.println(e.getMessage()); // SDG target must look like '4.4' or '17.a', but was: '4-4'
 * }
 * }</pre>
 *
 * <table>
 *   <caption>The subtypes and when each is thrown</caption>
 *   <tr><th>type</th><th>module</th><th>thrown when</th><th>where</th></tr>
 *   <tr><td>{@link RoadmapParseException}</td><td>core</td><td>a text is no valid id, code, timing,
 *     citation or metric ({@code parse} methods), or is longer than
 *     {@link RoadmapParseException#MAX_PARSE_LENGTH}</td><td>the input and the index in it</td></tr>
 *   <tr><td>{@link IncompleteValueException}</td><td>core</td><td>a builder lacks required values
 *     ({@code Outcome.builder().build()})</td><td>the type and the missing properties</td></tr>
 *   <tr><td>{@link RoadmapIoException}</td><td>core</td><td>a file or stream cannot be read or written,
 *     including a missing file</td><td>the path, when there is one</td></tr>
 *   <tr><td>{@code RoadmapReadException}</td><td>io</td><td>a JSON, YAML, JSON Lines or CSV document is
 *     malformed, has a wrong type, an unknown property or code in a strict read, or exceeds a read
 *     limit</td><td>line, column and JSON pointer</td></tr>
 *   <tr><td>{@code TableImportException}</td><td>io</td><td>the ITU roadmap table text cannot be
 *     imported</td><td>the line of the table</td></tr>
 *   <tr><td>{@code RoadmapValidationException}</td><td>validation</td><td>{@code requireValid()} finds
 *     errors</td><td>the report with every finding</td></tr>
 *   <tr><td>{@code WaiverFileException}</td><td>validation</td><td>a waiver file is malformed</td><td>the
 *     line of the file</td></tr>
 * </table>
 *
 * <p>A {@code null} argument where a value is required is a programming error, not bad input: the
 * parse methods throw a {@link RoadmapParseException} saying "... must not be null", the builders and
 * readers a {@link NullPointerException} whose message is the parameter's name.
 *
 * <p>Every message that quotes an input value quotes it through {@link #quote}: cut to {@link
 * #QUOTE_LENGTH} characters, with its full length stated, control characters escaped.
 */
public class RoadmapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most characters of a value a message quotes; a longer value is cut and its length stated. */
  public static final int QUOTE_LENGTH = 80;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, quoting the offending value
   */
  public RoadmapException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, quoting the offending value
   * @param cause the underlying failure
   */
  public RoadmapException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Quotes a value for a message: in single quotes, with the characters {@link TerminalText} escapes
   * written as escapes ({@code \n}, {@code \r}, {@code \t}, or four hex digits after a backslash and
   * {@code u}), and, when longer than {@link #QUOTE_LENGTH} characters, cut there with an ellipsis and
   * its full length stated. The message of every exception of this library quotes input
   * this way, so a huge value never makes a huge message.
   *
   * <pre>{@code
   * RoadmapException.quote("4-4");                 // '4-4'
   * RoadmapException.quote("C5.GT.B3" + "x".repeat(52_428_792));
   * // 'C5.GT.B3xxxx…' (52,428,800 characters)
   * }</pre>
   *
   * @param value the value; {@code null} gives {@code null} without quotes
   * @return the quoted value, at most {@link #QUOTE_LENGTH} characters of it plus escapes
   */
  public static String quote(CharSequence value) {
    if (value == null) {
      return "null";
    }
    int length = value.length();
    int end = Math.min(length, QUOTE_LENGTH);
    if (end < length && end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 32).append('\'');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (TerminalText.isEscaped(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (end < length) {
      out.append('\u2026').append('\'').append(String.format(Locale.ROOT, " (%,d characters)", length));
    } else {
      out.append('\'');
    }
    return out.toString();
  }
}
