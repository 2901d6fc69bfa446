package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.markup.MarkupTokenizer;

/**
 * Splits the text of one table cell into ordered text items.
 *
 * <p>The cells of the text export carry HTML fragments, read by {@link MarkupTokenizer}, the
 * tokenizer the cell readers of roadmap-core use too. Block tags ({@code p}, {@code ul}, {@code ol},
 * {@code li}, {@code br}, {@code div}, ...) end the current item; inline tags ({@code i}, {@code b},
 * {@code em}, {@code span}, ...) are removed; a tag of another name is reported and ends the item;
 * character references are decoded. The bullet {@code •} starts a new item anywhere; inside an
 * unordered list a free-standing dash ({@code " - "}) starts a new item; inside an ordered list the
 * next expected number ({@code "2. "}) starts a new item and is kept as text. An item that begins
 * with {@code "- "} or {@code "• "} loses that bullet. White space runs (including no-break spaces)
 * become one space. Every other character is kept, so the words of the document survive exactly.
 *
 * <p>The scan is a single pass over the cell: each character is looked at a bounded number of
 * times, so the cost is linear in the length of the cell.
 */
final class CellMarkup {
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
   * @return the items in document order, never blank; a bullet, list dash or list number marks an item
   */
  static List<CellParagraph> split(String cell, int line, UnknownTagSink sink) {
    List<CellParagraph> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean marked = false;
    int list = 0; // 0 none, 1 unordered, 2 ordered
    int number = 1;
    MarkupTokenizer tokens = MarkupTokenizer.of(cell);
    while (tokens.next()) {
      switch (tokens.token()) {
        case BLOCK_TAG -> {
          marked = flush(items, current, marked, line);
          boolean closing = tokens.isClosing();
          switch (tokens.tagName()) {
            case "ul" -> list = closing ? 0 : 1;
            case "ol" -> {
              list = closing ? 0 : 2;
              number = 1;
            }
            case "p" -> list = closing ? list : 0;
            default -> { }
          }
        }
        case INLINE_TAG -> { }
        case UNKNOWN_TAG -> {
          sink.unknownTag(cell.substring(tokens.start(), tokens.end()), line);
          marked = flush(items, current, marked, line);
        }
        case SPACE -> current.append(' ');
        case TEXT -> {
          int c = tokens.codePoint();
          int next = tokens.end();
          if (c == '\u2022') {
            flush(items, current, marked, line);
            marked = true;
          } else if (list == 1 && c == '-' && atWordStart(current) && next < cell.length()
              && MarkupTokenizer.isSpace(cell.charAt(next))) {
            flush(items, current, marked, line);
            marked = true;
          } else if (list == 2 && c >= '0' && c <= '9' && atWordStart(current) && numberEnd(cell, tokens.start(), number) > 0) {
            int end = numberEnd(cell, tokens.start(), number);
            flush(items, current, marked, line);
            marked = true;
            current.append(cell, tokens.start(), end);
            number++;
            tokens.resume(end);
          } else {
            current.appendCodePoint(c);
          }
        }
      }
    }
    flush(items, current, marked, line);
    return items;
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
  private static boolean flush(List<CellParagraph> items, StringBuilder current, boolean marked, int line) {
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
    items.add(new CellParagraph(text, bullet));
    return false;
  }

  /**
   * Collapses white space runs to one space and strips both ends.
   *
   * @param text any text
   * @return the text with normalised white space
   */
  static String normalise(CharSequence text) {
    return MarkupTokenizer.normalise(text);
  }

  static boolean isSpace(char c) {
    return MarkupTokenizer.isSpace(c);
  }
}
