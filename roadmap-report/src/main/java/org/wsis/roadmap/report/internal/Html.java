package org.wsis.roadmap.report.internal;

/** Escaping text for HTML element content and attribute values. */
public final class Html {
  private Html() {}

  /**
   * Escapes a text for element content or a double- or single-quoted attribute value: {@code &},
   * {@code <}, {@code >}, {@code "} and {@code '} become character references; control characters
   * other than tab and line ends, which HTML does not allow, become U+FFFD.
   *
   * @param text any text
   * @return the escaped text
   */
  public static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
