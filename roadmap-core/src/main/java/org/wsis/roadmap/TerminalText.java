package org.wsis.roadmap;

import java.util.Objects;

/**
 * Makes text from a roadmap safe to print on a terminal: every character that a terminal would
 * obey rather than show is written as a Java-style escape such as <code>&#92;u001b</code>.
 *
 * <pre>{@code
 * TerminalText.escape("\033]0;PWNED\007");        // "\\u001b]0;PWNED\\u0007", shown as typed
 * TerminalText.escapeLines("one\ntwo\007\n");      // "one\ntwo\\u0007\n": line feeds kept
 * }</pre>
 *
 * <p>The characters escaped are the C0 controls (U+0000 to U+001F, tab and line ends included), DEL
 * (U+007F), the C1 controls (U+0080 to U+009F), the line and paragraph separators (U+2028,
 * U+2029), and the bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to
 * U+2069), which can make a line read differently from what it holds. Every other character, the backslash included, is kept as it is, so text without such
 * characters comes back unchanged. Use it for output meant for people (messages, text reports,
 * tables); machine formats (JSON, YAML, CSV, SARIF) keep the data exact instead.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class TerminalText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /**
   * Escapes every control character of a value, line ends included, so the value prints on one line.
   *
   * @param value the value, such as a statement quoted in a message
   * @return the value with each control character written as a four-digit escape such as
   *     <code>&#92;u001b</code>; the same string when there is none
   */
  public static String escape(CharSequence value) {
    return escape(value, false);
  }

  /**
   * Escapes every control character of a text except its line feeds ({@code \n}) and the carriage
   * returns right before them, for a text of several lines that its own writer laid out.
   *
   * @param text the text, such as a whole text report
   * @return the text with each other control character written as a four-digit escape such as
   *     <code>&#92;u0007</code>
   */
  public static String escapeLines(CharSequence text) {
    return escape(text, true);
  }

  /**
   * Tells whether a character is one that {@link #escape} writes as an escape.
   *
   * @param c the character
   * @return true for C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional
   *     formatting characters
   */
  public static boolean isEscaped(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }

  private static String escape(CharSequence text, boolean keepLineFeeds) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    int first = 0;
    while (first < length && !mustEscape(text, first, keepLineFeeds)) {
      first++;
    }
    if (first == length) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(length + 16).append(text, 0, first);
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (mustEscape(text, i, keepLineFeeds)) {
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean mustEscape(CharSequence text, int i, boolean keepLineFeeds) {
    char c = text.charAt(i);
    if (!isEscaped(c)) {
      return false;
    }
    if (keepLineFeeds) {
      if (c == '\n') {
        return false;
      }
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return false;
      }
    }
    return true;
  }
}
