package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the fragments of one cell, one per page row, into the cell's items, joining the two parts
 * of a paragraph that a page break cut.
 *
 * <p>The first item of a page continues the last item of the page before when that item does not
 * end a sentence ({@code . ! ? ; :}, before closing quotes or brackets), or leaves a parenthesis
 * open (as in {@code "52 (Rev."}), and the next item opens with
 * no bullet, list number, label or results heading, and neither is a heading. Each join is
 * reported as {@link ImportIssue.Kind#JOINED_ACROSS_PAGE_BREAK}. The parts of a cell whose values
 * are short entries ({@code Proposed Timing}) are never joined.
 */
final class PageJoiner {
  private PageJoiner() {}

  static List<CellItem> items(List<ParsedRow.Fragment> fragments, boolean joinable, IssueLog log) {
    List<CellItem> out = new ArrayList<>();
    // the last item is kept open in a builder, so that a paragraph over many pages is joined in linear time
    StringBuilder last = null;
    CellItem lastItem = null;
    for (ParsedRow.Fragment fragment : fragments) {
      List<CellItem> items = fragment.items();
      if (items.isEmpty()) {
        continue;
      }
      int from = 0;
      if (last != null && joinable && continues(last, items.get(0))) {
        CellItem next = items.get(0);
        log.add(next, ImportIssue.Kind.JOINED_ACROSS_PAGE_BREAK,
            "..." + tail(last) + " | " + head(next.text()) + "...",
            "continues the item of line " + lastItem.line() + "; joined with a space");
        last.append(' ').append(next.text());
        from = 1;
      }
      for (int k = from; k < items.size(); k++) {
        if (last != null) {
          out.add(close(lastItem, last));
        }
        lastItem = items.get(k);
        last = new StringBuilder(lastItem.text());
      }
    }
    if (last != null) {
      out.add(close(lastItem, last));
    }
    return out;
  }

  private static CellItem close(CellItem item, StringBuilder text) {
    return text.length() == item.text().length() ? item : item.joined(text.toString());
  }

  /** Tells whether {@code next}, the first item of a page, continues {@code previous}, the last item of the page before. */
  static boolean continues(CharSequence previous, CellItem next) {
    if (next.marked() || (endsSentence(previous) && !openParenthesis(previous)) || ResultsHeading.of(next.text()) != null
        || (previous.length() <= 60 && ResultsHeading.of(previous.toString()) != null)
        || next.label() != null) {
      return false;
    }
    return !startsWithListNumber(next.text());
  }

  private static boolean endsSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && "\"'\u201d\u2019)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?;:".indexOf(text.charAt(i)) >= 0;
  }

  /** Tells whether the text opens more parentheses than it closes, as in {@code "52 (Rev."}. */
  private static boolean openParenthesis(CharSequence text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  private static boolean startsWithListNumber(String text) {
    int i = 0;
    while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > 0 && i + 1 < text.length() && text.charAt(i) == '.' && text.charAt(i + 1) == ' ';
  }

  static String tail(CharSequence text) {
    return text.length() <= 40 ? text.toString() : text.subSequence(text.length() - 40, text.length()).toString();
  }

  static String head(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40);
  }
}
