package org.wsis.roadmap.internal;

/**
 * Writes JSON text (RFC 8259) into a {@link StringBuilder} without any JSON library, so that
 * roadmap-core needs no Jackson at run time. Not API.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * JsonText.string(out, "say \"hi\"\n"); // appends "say \"hi\"\n" as a JSON string literal
 * }</pre>
 *
 * <p>Strings are escaped as RFC 8259 section 7 requires: quotation mark, reverse solidus and the
 * control characters U+0000 to U+001F; U+2028 and U+2029 are escaped too (so the text is also a valid
 * JavaScript literal), and so is any lone surrogate (so the text encodes to well-formed UTF-8).
 * This class is stateless and thread-safe.
 */
public final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * Appends a JSON string literal, quotes included.
   *
   * @param out where to append
   * @param value the text; {@code null} appends {@code null}
   * @return {@code out}
   */
  public static StringBuilder string(StringBuilder out, String value) {
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            unicodeEscape(out, c);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
              out.append(c).append(value.charAt(i + 1));
              i++;
            } else {
              unicodeEscape(out, c);
            }
          } else if (Character.isLowSurrogate(c)) {
            unicodeEscape(out, c);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"');
  }

  /**
   * Returns a JSON string literal, quotes included.
   *
   * @param value the text
   * @return the literal
   */
  public static String quote(String value) {
    return string(new StringBuilder(value.length() + 2), value).toString();
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
