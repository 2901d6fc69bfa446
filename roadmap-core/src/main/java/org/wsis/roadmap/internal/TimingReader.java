package org.wsis.roadmap.internal;

import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapParseException;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * Reads the {@code Proposed Timing} cell; the implementation of {@link Timing#read} and {@link
 * Timing#parse}.
 *
 * <pre>{@code
 * Timing timing = TimingReader.read("2020-2025, Since 2019 (continuous)", false);
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class TimingReader {
  private TimingReader() {}

  /**
   * Reads a cell.
   *
   * @param input the cell, possibly with HTML
   * @param strict whether unreadable text is an error
   * @return the timing; unreadable text becomes {@link TimingEntry.Kind#UNREAD} entries
   * @throws RoadmapParseException when the input is null, or when strict and the cell is blank or has
   *     unreadable text
   */
  public static Timing read(CharSequence input, boolean strict) {
    String cell = strict ? RoadmapParseException.requireParsable(input, "Timing")
        : RoadmapParseException.requireText(input, "Timing");
    CellText text = CellText.of(input);
    String t = text.text();
    List<TimingEntry> entries = new ArrayList<>();
    int firstUnread = -1;
    int unreadStart = -1;
    int i = 0;
    while (i < t.length()) {
      int j = unreadStart < 0 ? skipJoiners(t, i) : i;
      if (j >= t.length()) {
        break;
      }
      TimingEntry.Builder entry = TimingEntry.builder();
      int end = match(t, j, entry);
      if (end > j) {
        if (unreadStart >= 0) {
          int at = addUnread(t, unreadStart, j, entries);
          firstUnread = firstUnread < 0 ? at : firstUnread;
          unreadStart = -1;
        }
        entries.add(entry.raw(t.substring(j, end)).build());
        i = end;
      } else {
        if (unreadStart < 0) {
          unreadStart = j;
        }
        i = j + 1;
      }
    }
    if (unreadStart >= 0) {
      int at = addUnread(t, unreadStart, t.length(), entries);
      firstUnread = firstUnread < 0 ? at : firstUnread;
    }
    if (strict) {
      if (entries.isEmpty()) {
        throw new RoadmapParseException("Timing must name years, spans, 'Since', 'to date' or 'Continuous', but was blank: "
            + RoadmapException.quote(cell), cell, 0);
      }
      if (firstUnread >= 0) {
        String bad = "";
        for (TimingEntry e : entries) {
          if (e.getKind() == TimingEntry.Kind.UNREAD) {
            bad = e.getRaw();
            break;
          }
        }
        throw new RoadmapParseException("Timing must be years or spans such as '2020-2025', 'Since 2019 (continuous)', "
            + "'2012 to date' or 'Continuous', but " + (bad.equals(cell) ? "was: " + RoadmapException.quote(cell)
                : "could not read " + RoadmapException.quote(bad) + " in: " + RoadmapException.quote(cell)),
            cell, text.inputIndex(firstUnread));
      }
    }
    return Timing.builder().raw(t).entries(entries).build();
  }

  private static int addUnread(String t, int from, int to, List<TimingEntry> entries) {
    int[] span = Text.trimSeparators(t, from, to);
    if (span[0] >= span[1]) {
      return -1;
    }
    entries.add(TimingEntry.builder().raw(t.substring(span[0], span[1])).kind(TimingEntry.Kind.UNREAD).build());
    return span[0];
  }

  private static int skipJoiners(String t, int at) {
    int i = at;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == ' ' || c == ',' || c == ';' || c == '/' || c == '&' || c == '|' || c == '+') {
        i++;
        continue;
      }
      int and = Text.word(t, i, "and");
      if (and > 0) {
        i = and;
        continue;
      }
      break;
    }
    return i;
  }

  /** Matches one timing value at {@code at}; fills the builder and returns its end, or -1. */
  private static int match(String t, int at, TimingEntry.Builder entry) {
    int end = Text.anyWord(t, at, "since", "from");
    if (end > 0) {
      boolean from = Text.word(t, at, "from") > 0;
      int y = Text.space(t, end);
      int yearEnd = Text.year(t, y);
      if (yearEnd < 0) {
        return -1;
      }
      int first = Integer.parseInt(t.substring(y, yearEnd));
      if (from) {
        int after = afterYear(t, yearEnd, first, entry);
        if (after > 0) {
          return after;
        }
      }
      entry.kind(TimingEntry.Kind.SINCE).from(first);
      return openEnd(t, yearEnd);
    }
    int yearEnd = Text.year(t, at);
    if (yearEnd > 0) {
      int first = Integer.parseInt(t.substring(at, yearEnd));
      int after = afterYear(t, yearEnd, first, entry);
      if (after > 0) {
        return after;
      }
      int open = Text.anyWord(t, Text.space(t, yearEnd), "onwards", "onward", "and beyond", "(continuous)", "(ongoing)");
      if (open < 0 && t.startsWith(" (", yearEnd)) {
        open = continuousInParentheses(t, yearEnd + 1);
      } else if (open < 0 && t.startsWith("(", yearEnd)) {
        open = continuousInParentheses(t, yearEnd); // "2019(ongoing)", as after "Since 2019"
      }
      if (open > 0) {
        entry.kind(TimingEntry.Kind.SINCE).from(first);
        return openEnd(t, open);
      }
      entry.kind(TimingEntry.Kind.YEAR).from(first).to(first);
      return yearEnd;
    }
    end = Text.anyWord(t, at, "continuously", "continuous", "continuing", "ongoing", "on-going", "permanent");
    if (end < 0 && at < t.length() && t.charAt(at) == '(') {
      end = continuousInParentheses(t, at);
    }
    if (end > 0) {
      entry.kind(TimingEntry.Kind.CONTINUOUS);
      return end;
    }
    return -1;
  }

  /** After a first year: a second year (span), or "to date" / "present"; returns the end or -1. */
  private static int afterYear(String t, int yearEnd, int first, TimingEntry.Builder entry) {
    int i = Text.space(t, yearEnd);
    int link = -1;
    if (i < t.length() && Text.isDash(t.charAt(i))) {
      link = Text.space(t, i + 1);
    } else {
      int word = Text.anyWord(t, i, "to", "until", "till", "through");
      if (word > 0) {
        link = Text.space(t, word);
      }
    }
    if (link < 0) {
      return -1;
    }
    int second = Text.year(t, link);
    if (second > 0) {
      entry.kind(TimingEntry.Kind.SPAN).from(first).to(Integer.parseInt(t.substring(link, second)));
      return second;
    }
    int twoDigits = Text.digits(t, link);
    if (twoDigits == link + 2 && (twoDigits == t.length() || !Character.isLetterOrDigit(t.charAt(twoDigits)))
        && t.charAt(link - 1) != ' ' && Text.isDash(t.charAt(link - 1))) {
      int to = first / 100 * 100 + Integer.parseInt(t.substring(link, twoDigits));
      entry.kind(TimingEntry.Kind.SPAN).from(first).to(to);
      return twoDigits;
    }
    int date = Text.anyWord(t, link, "date", "present", "now", "today");
    if (date > 0) {
      entry.kind(TimingEntry.Kind.TO_DATE).from(first);
      return openEnd(t, date);
    }
    return -1;
  }

  /** Extends an open-ended value over a following "(continuous)" or "(ongoing)". */
  private static int openEnd(String t, int end) {
    if (t.startsWith(" (", end)) {
      int paren = continuousInParentheses(t, end + 1);
      if (paren > 0) {
        return paren;
      }
    } else if (t.startsWith("(", end)) {
      int paren = continuousInParentheses(t, end);
      if (paren > 0) {
        return paren;
      }
    }
    int onwards = Text.anyWord(t, Text.space(t, end), "onwards", "onward");
    return onwards > 0 ? onwards : end;
  }

  private static int continuousInParentheses(String t, int open) {
    if (open >= t.length() || t.charAt(open) != '(') {
      return -1;
    }
    int word = Text.anyWord(t, open + 1, "continuous", "continuously", "continuing", "ongoing", "on-going");
    if (word > 0 && word < t.length() && t.charAt(word) == ')') {
      return word + 1;
    }
    return -1;
  }
}
