package org.wsis.roadmap.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wsis.roadmap.RoadmapParseException;
import org.wsis.roadmap.SdgCatalogue;
import org.wsis.roadmap.SdgCell;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;

/**
 * Reads the {@code Linkages with SDGs} cell; the implementation of {@link SdgCell#read}.
 *
 * <pre>{@code
 * SdgCell cell = SdgCellReader.read("SDG 8,9");
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class SdgCellReader {
  private static final int MAX_TITLE = 120;
  private static final int PROSE_WORDS = 3;
  private static final String[] GLUE_WORDS = {"sdg targets", "sdg target", "targets", "target", "and", "or", "&"};

  private SdgCellReader() {}

  /**
   * Reads a cell.
   *
   * @param input the cell, possibly with HTML
   * @return the reading
   * @throws RoadmapParseException when the input is null
   */
  public static SdgCell read(CharSequence input) {
    RoadmapParseException.requireText(input, "SDG cell");
    CellText text = CellText.of(input);
    String p = text.paragraphs();
    Set<SdgLink> links = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= p.length(); i++) {
      if (i == p.length() || p.charAt(i) == '\n' || isSentenceEnd(p, i)) {
        int end = i == p.length() || p.charAt(i) == '\n' ? i : i + 1;
        part(p, start, end, links, notes, unread);
        start = end;
      }
    }
    SdgCell.Builder b = SdgCell.builder().raw(text.text()).links(links).unread(unread);
    if (!notes.isEmpty()) {
      b.note(String.join(" ", notes));
    }
    return b.build();
  }

  /** A full stop or semicolon followed by a space, that does not end a code such as 17.8. */
  private static boolean isSentenceEnd(String p, int i) {
    char c = p.charAt(i);
    return (c == '.' || c == ';') && i + 1 < p.length() && p.charAt(i + 1) == ' ';
  }

  private static void part(String p, int from, int to, Set<SdgLink> links, List<String> notes, List<String> unread) {
    int[] span = Text.trimSeparators(p, from, to);
    if (span[0] >= span[1]) {
      return;
    }
    // first pass: codes and leftover fragments, with and without the catalogue check for bare targets
    String s = p.substring(span[0], span[1]);
    List<SdgLink> strict = new ArrayList<>();
    List<int[]> leftovers = new ArrayList<>();
    int words = scan(s, false, strict, leftovers);
    if (words >= PROSE_WORDS) {
      List<SdgLink> prose = new ArrayList<>();
      scan(s, true, prose, new ArrayList<>());
      links.addAll(prose);
      notes.add(p.substring(span[0], to).strip());
    } else {
      links.addAll(strict);
      for (int[] left : leftovers) {
        unread.add(s.substring(left[0], left[1]));
      }
    }
  }

  /**
   * Finds the links of a part; fills {@code leftovers} with the spans of other text.
   *
   * @return the number of words in the leftovers
   */
  private static int scan(String t, boolean prose, List<SdgLink> out, List<int[]> leftovers) {
    int to = t.length();
    int i = 0;
    int leftStart = -1;
    int words = 0;
    while (i < to) {
      int end = goals(t, i, out);
      if (end < 0) {
        end = target(t, i, prose, out);
      }
      if (end < 0) {
        end = glue(t, i);
        if (end > i && leftStart >= 0 && t.charAt(i) == ' ') {
          i = end; // a space inside unread text does not end it
          continue;
        }
      }
      if (end > i) {
        if (leftStart >= 0) {
          words += addLeftover(t, leftStart, i, leftovers);
          leftStart = -1;
        }
        i = end;
      } else {
        if (leftStart < 0) {
          leftStart = i;
        }
        i++;
      }
    }
    if (leftStart >= 0) {
      words += addLeftover(t, leftStart, to, leftovers);
    }
    return words;
  }

  private static int addLeftover(String t, int from, int to, List<int[]> leftovers) {
    int[] span = Text.trimSeparators(t, from, to);
    if (span[0] >= span[1]) {
      return 0;
    }
    leftovers.add(span);
    int words = 1;
    for (int k = span[0]; k < span[1]; k++) {
      if (t.charAt(k) == ' ') {
        words++;
      }
    }
    return words;
  }

  private static int glue(String t, int at) {
    char c = t.charAt(at);
    if (Text.isSeparator(c) || c == '/' || c == '\n') {
      return at + 1;
    }
    int end = Text.anyWord(t, at, GLUE_WORDS);
    return end > 0 ? end : -1;
  }

  /** SDG 8,9 / SDG 1 (No poverty), SDG 4 / SDG8 / Goals 8 and 9 / SDG 9.c; returns the end or -1. */
  private static int goals(String t, int at, List<SdgLink> out) {
    int head = Text.anyWord(t, at, "sdgs", "sdg", "goals", "goal");
    if (head < 0) {
      // SDG8: the keyword glued to the number
      if (t.regionMatches(true, at, "sdg", 0, 3) && (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
          && at + 3 < t.length() && Character.isDigit(t.charAt(at + 3))) {
        head = at + 3;
      } else {
        return -1;
      }
    }
    int i = Text.space(t, head);
    int end = -1;
    List<SdgLink> found = new ArrayList<>();
    while (true) {
      int target = targetCode(t, i);
      if (target > 0) {
        found.add(SdgLink.of(SdgTarget.read(t.substring(i, target))));
        end = target;
      } else {
        int d = Text.digits(t, i);
        if (d == i || d - i > 2 || (d < t.length() && Character.isLetter(t.charAt(d)))) {
          break;
        }
        int number = Integer.parseInt(t.substring(i, d));
        if (number < 1 || number > 17) {
          break;
        }
        found.add(SdgLink.of(SdgGoal.of(number)));
        end = d;
        int title = title(t, Text.space(t, d));
        if (title > 0) {
          end = title;
        }
      }
      int next = listSeparator(t, end);
      if (next < 0) {
        break;
      }
      int nextGoal = Text.anyWord(t, next, "sdg", "goal");
      if (nextGoal > 0) {
        next = Text.space(t, nextGoal);
      }
      if (next >= t.length() || !Character.isDigit(t.charAt(next))) {
        break;
      }
      i = next;
    }
    if (end < 0) {
      return -1;
    }
    out.addAll(found);
    return end;
  }

  private static int title(String t, int at) {
    if (at >= t.length() || t.charAt(at) != '(') {
      return -1;
    }
    int limit = Math.min(t.length(), at + MAX_TITLE);
    for (int k = at + 1; k < limit; k++) {
      char c = t.charAt(k);
      if (c == ')') {
        return k > at + 1 && Character.isLetter(t.charAt(at + 1)) ? k + 1 : -1;
      }
      if (c == '(' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private static int listSeparator(String t, int at) {
    int i = at;
    if (i < t.length() && (t.charAt(i) == ',' || t.charAt(i) == '&')) {
      i = Text.space(t, i + 1);
      int and = Text.word(t, i, "and");
      return and > 0 ? Text.space(t, and) : i;
    }
    int s = Text.space(t, i);
    int and = Text.anyWord(t, s, "and", "&");
    if (and > 0 && s > i) {
      return Text.space(t, and);
    }
    return -1;
  }

  /** A bare target code; in prose only one the catalogue has. */
  private static int target(String t, int at, boolean prose, List<SdgLink> out) {
    if (at > 0 && (Character.isLetterOrDigit(t.charAt(at - 1)) || t.charAt(at - 1) == '.')) {
      return -1;
    }
    int end = targetCode(t, at);
    if (end < 0) {
      return -1;
    }
    SdgTarget target = SdgTarget.read(t.substring(at, end));
    if (prose && !SdgCatalogue.contains(target)) {
      return -1;
    }
    out.add(SdgLink.of(target));
    return end;
  }

  /** goal 1-17, '.', 1-2 digits or one lower-case letter, not followed by a letter or digit (or '.' + digit). */
  private static int targetCode(String t, int at) {
    int d = Text.digits(t, at);
    if (d == at || d - at > 2 || d + 1 >= t.length() || t.charAt(d) != '.') {
      return -1;
    }
    int goal = Integer.parseInt(t.substring(at, d));
    if (goal < 1 || goal > 17) {
      return -1;
    }
    int s = d + 1;
    int end;
    char c = t.charAt(s);
    if (c >= 'a' && c <= 'z') {
      end = s + 1;
    } else {
      end = Text.digits(t, s);
      if (end == s || end - s > 2 || t.charAt(s) == '0') {
        return -1;
      }
    }
    if (end < t.length()) {
      char n = t.charAt(end);
      if (Character.isLetterOrDigit(n) || (n == '.' && end + 1 < t.length() && Character.isLetterOrDigit(t.charAt(end + 1)))) {
        return -1;
      }
    }
    return end;
  }
}
