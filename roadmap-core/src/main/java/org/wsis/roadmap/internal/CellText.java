package org.wsis.roadmap.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The text of one table cell as printed: HTML markup removed, character references decoded, white
 * space collapsed, with a map from every character back to its index in the input.
 *
 * <p>Block-level tags ({@code <p>}, {@code <li>}, {@code <br>}, ...) become a paragraph break
 * ({@code '\n'} in {@link #paragraphs()}, a space in {@link #text()}); inline tags ({@code <i>},
 * {@code <b>}, ...) are removed. Only known HTML tag names count as markup: {@code <5 years>} or a
 * {@code <} that opens no tag is kept as text. Runs in time linear in the input length.
 *
 * <pre>{@code
 * CellText cell = CellText.of("<p><i>SDG 8,9</i></p>");
 * cell.text(); // "SDG 8,9"
 * }</pre>
 *
 * <p>Not API: see the package documentation. Instances are immutable and thread-safe.
 */
public final class CellText {
  private static final int MAX_TAG = 200;
  private static final int MAX_ENTITY = 12;
  private static final Set<String> INLINE_TAGS = Set.of(
      "i", "b", "u", "s", "em", "strong", "span", "a", "sup", "sub", "font", "small", "big", "code", "mark", "abbr",
      "cite", "q", "ins", "del", "img", "o:p");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "br", "li", "ul", "ol", "div", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3",
      "h4", "h5", "h6", "blockquote", "hr", "dl", "dt", "dd");

  private final String paragraphs;
  private final String text;
  private final int[] offsets;
  private final String input;

  private CellText(String input, String paragraphs, int[] offsets) {
    this.input = input;
    this.paragraphs = paragraphs;
    this.text = paragraphs.replace('\n', ' ');
    this.offsets = offsets;
  }

  /**
   * Reads a cell.
   *
   * @param cell the cell as exported, possibly with HTML
   * @return the normalised cell
   */
  public static CellText of(String cell) {
    StringBuilder out = new StringBuilder(cell.length());
    int[] map = new int[cell.length() + 1];
    int n = 0;
    boolean pendingSpace = false;
    boolean pendingBreak = false;
    int pendingAt = 0;
    int i = 0;
    while (i < cell.length()) {
      char c = cell.charAt(i);
      if (c == '<') {
        int end = tagEnd(cell, i);
        String name = end > 0 ? tagName(cell, i, end) : "";
        if (end > 0 && (BLOCK_TAGS.contains(name) || INLINE_TAGS.contains(name))) {
          if (!pendingSpace && !pendingBreak) {
            pendingAt = i; // the break or space that this tag makes maps to the tag
          }
          if (BLOCK_TAGS.contains(name)) {
            pendingBreak = true;
          }
          i = end + 1;
          continue;
        }
      }
      int next = i + 1;
      int decoded = c;
      if (c == '&') {
        int[] entity = entity(cell, i);
        if (entity != null) {
          decoded = entity[0];
          next = entity[1];
        }
      }
      if (Character.isWhitespace(decoded) || Character.isSpaceChar(decoded)) {
        if (!pendingSpace && !pendingBreak) {
          pendingAt = i;
        }
        pendingSpace = true;
        i = next;
        continue;
      }
      if ((pendingSpace || pendingBreak) && n > 0) {
        map[n] = pendingAt;
        out.append(pendingBreak ? '\n' : ' ');
        n++;
      }
      pendingSpace = false;
      pendingBreak = false;
      map[n] = i;
      if (Character.isSupplementaryCodePoint(decoded)) {
        out.appendCodePoint(decoded);
        map[n + 1] = i;
        n += 2;
      } else {
        out.append((char) decoded);
        n++;
      }
      i = next;
    }
    map[n] = cell.length();
    return new CellText(cell, out.toString(), Arrays.copyOf(map, n + 1));
  }

  /**
   * Returns the text with every paragraph break as a space.
   *
   * @return the normalised text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the text with paragraph breaks as {@code '\n'}.
   *
   * @return the normalised text with breaks
   */
  public String paragraphs() {
    return paragraphs;
  }

  /**
   * Returns the input this cell was read from.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Maps an index in {@link #text()} to the index in the input.
   *
   * @param index 0 to {@code text().length()}
   * @return the input index of that character
   */
  public int inputIndex(int index) {
    return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
  }

  private static int tagEnd(String s, int start) {
    int i = start + 1;
    if (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '!')) {
      i++;
    }
    if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
      return -1;
    }
    int limit = Math.min(s.length(), start + MAX_TAG);
    for (int j = i; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return j;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static String tagName(String s, int start, int end) {
    int i = start + 1;
    if (s.charAt(i) == '/') {
      i++;
    }
    int j = i;
    while (j < end && (isAsciiLetter(s.charAt(j)) || (s.charAt(j) >= '0' && s.charAt(j) <= '9') || s.charAt(j) == ':')) {
      j++;
    }
    // A tag name ends at white space, '>' or a closing "/>": "<A/RES/70/1>" is text, not an <a> tag.
    boolean ended = j == end || Character.isWhitespace(s.charAt(j)) || (s.charAt(j) == '/' && j + 1 == end);
    return ended ? s.substring(i, j).toLowerCase(Locale.ROOT) : "";
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Decodes a character reference at {@code start}: returns {code point, index after it}, or null. */
  private static int[] entity(String s, int start) {
    int limit = Math.min(s.length(), start + MAX_ENTITY);
    int semi = -1;
    for (int j = start + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        semi = j;
        break;
      }
      if (!(Character.isLetterOrDigit(c) || c == '#')) {
        return null;
      }
    }
    if (semi < 0) {
      return null;
    }
    String name = s.substring(start + 1, semi);
    int code;
    switch (name) {
      case "amp": code = '&'; break;
      case "lt": code = '<'; break;
      case "gt": code = '>'; break;
      case "quot": code = '"'; break;
      case "apos": code = '\''; break;
      case "nbsp": code = ' '; break;
      case "ndash": code = '\u2013'; break;
      case "mdash": code = '\u2014'; break;
      case "rsquo": code = '\u2019'; break;
      case "lsquo": code = '\u2018'; break;
      case "ldquo": code = '\u201C'; break;
      case "rdquo": code = '\u201D'; break;
      default:
        code = numericEntity(name);
    }
    return code < 0 ? null : new int[] {code, semi + 1};
  }

  private static int numericEntity(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return valid(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return valid(Integer.parseInt(name.substring(1)));
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static int valid(int code) {
    return code > 0 && code <= Character.MAX_CODE_POINT && !(code >= 0xD800 && code <= 0xDFFF) ? code : -1;
  }
}
