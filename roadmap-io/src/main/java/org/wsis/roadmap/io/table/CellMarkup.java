package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the text of one table cell into ordered text items.
 *
 * <p>The cells of the text export carry HTML fragments. Block tags ({@code p}, {@code ul},
 * {@code ol}, {@code li}, {@code br}, {@code div}) end the current item; inline tags ({@code i},
 * {@code b}, {@code em}, {@code strong}, {@code span}, {@code sup}, {@code sub}, {@code u},
 * {@code a}) are removed; the bullet {@code •} starts a new item anywhere; inside an unordered
 * list a free-standing dash ({@code " - "}) starts a new item; inside an ordered list the next
 * expected number ({@code "2. "}) starts a new item and is kept as text. An item that begins with
 * {@code "- "} or {@code "• "} loses that bullet. White space runs (including no-break spaces)
 * become one space. Every other character is kept, so the words of the document survive exactly.
 *
 * <p>The scan is a single pass over the cell: each character is looked at a bounded number of
 * times, so the cost is linear in the length of the cell.
 */
final class CellMarkup {
  private static final Set<String> BLOCK =
      Set.of("p", "ul", "ol", "li", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th");
  private static final Set<String> INLINE = Set.of("i", "b", "em", "strong", "span", "sup", "sub", "u", "a", "font");
  private static final int MAX_TAG_LENGTH = 400;

  /** Receives the tags the splitter does not know; they are dropped from the text. */
  interface UnknownTagSink {
    void unknownTag(String tag, int line);
  }

  private CellMarkup() {}

  /**
   * Splits a cell into items.
   *
   * @param cell the cell as printed
   * @param line the source line of the cell
   * @param sink told about tags that are neither block nor inline tags
   * @return the items in document order, never blank
   */
  static List<CellItem> split(String cell, int line, UnknownTagSink sink) {
    List<CellItem> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean marked = false;
    int list = 0; // 0 none, 1 unordered, 2 ordered
    int number = 1;
    int nextGt = -2; // cached position of the next '>' at or after i; -1 when there is none
    int n = cell.length();
    int i = 0;
    while (i < n) {
      char c = cell.charAt(i);
      if (c == '<') {
        if (nextGt != -1 && nextGt < i) {
          nextGt = cell.indexOf('>', i);
        }
        String name = nextGt > i && nextGt - i <= MAX_TAG_LENGTH ? tagName(cell, i + 1, nextGt) : null;
        if (name != null) {
          boolean closing = cell.charAt(i + 1) == '/';
          if (BLOCK.contains(name)) {
            marked = flush(items, current, marked, line);
            if (name.equals("ul")) {
              list = closing ? 0 : 1;
            } else if (name.equals("ol")) {
              list = closing ? 0 : 2;
              number = 1;
            } else if (name.equals("p") && !closing) {
              list = 0;
            }
          } else if (!INLINE.contains(name)) {
            sink.unknownTag(cell.substring(i, nextGt + 1), line);
            marked = flush(items, current, marked, line);
          }
          i = nextGt + 1;
          continue;
        }
      } else if (c == '\u2022') {
        flush(items, current, marked, line);
        marked = true;
        i++;
        continue;
      } else if (list == 1 && c == '-' && atWordStart(current) && i + 1 < n && isSpace(cell.charAt(i + 1))) {
        flush(items, current, marked, line);
        marked = true;
        i++;
        continue;
      } else if (list == 2 && c >= '0' && c <= '9' && atWordStart(current)) {
        int end = numberEnd(cell, i, number);
        if (end > 0) {
          flush(items, current, marked, line);
          marked = true;
          current.append(cell, i, end);
          number++;
          i = end;
          continue;
        }
      }
      current.append(c);
      i++;
    }
    flush(items, current, marked, line);
    return items;
  }

  /** Returns the lower-case name of the tag between {@code from} and {@code gt}, or null when it is no tag. */
  private static String tagName(String cell, int from, int gt) {
    int start = from < gt && cell.charAt(from) == '/' ? from + 1 : from;
    int end = start;
    while (end < gt && isAsciiLetterOrDigit(cell.charAt(end))) {
      end++;
    }
    if (end == start || !isAsciiLetter(cell.charAt(start))) {
      return null;
    }
    if (end < gt && !isSpace(cell.charAt(end)) && cell.charAt(end) != '/') {
      return null;
    }
    return cell.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Returns the end of {@code "<expected>. "} at {@code i}, or -1. */
  private static int numberEnd(String cell, int i, int expected) {
    String digits = Integer.toString(expected);
    int end = i + digits.length();
    if (end + 1 < cell.length()
        && cell.startsWith(digits, i)
        && cell.charAt(end) == '.'
        && isSpace(cell.charAt(end + 1))) {
      return end + 1;
    }
    return -1;
  }

  private static boolean atWordStart(StringBuilder current) {
    return current.length() == 0 || isSpace(current.charAt(current.length() - 1));
  }

  /** Adds the current item when it has words; returns whether a bullet still waits for its item. */
  private static boolean flush(List<CellItem> items, StringBuilder current, boolean marked, int line) {
    String text = normalise(current);
    current.setLength(0);
    boolean bullet = marked;
    if (text.startsWith("- ") || text.startsWith("\u2022 ")) {
      text = text.substring(2).strip();
      bullet = true;
    }
    if (text.isEmpty()) {
      return bullet;
    }
    items.add(new CellItem(text, bullet, line));
    return false;
  }

  /**
   * Collapses white space runs to one space and strips both ends.
   *
   * @param text any text
   * @return the text with normalised white space
   */
  static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
