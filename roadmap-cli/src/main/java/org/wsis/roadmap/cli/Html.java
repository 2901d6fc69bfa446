package org.wsis.roadmap.cli;

/** Escaping text for HTML element content and attribute values. */
final class Html {
  private Html() {}

  /**
   * Escapes a text for element content or a double- or single-quoted attribute value: {@code &},
   * {@code <}, {@code >}, {@code "} and {@code '} become character references; control characters
   * other than tab and line ends, which HTML does not allow, become U+FFFD.
   *
   * @param text any text
   * @return the escaped text
   */
  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
