package org.wsis.roadmap.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of findings in a report: by location (JSON pointer tokens, numbers compared as
 * numbers), then rule id, then message.
 *
 * <p>Pointers are compared token by token in place, with no split and no allocation: a sort of a
 * few 100,000 findings that split both pointers on every comparison spent most of its time and
 * memory on the pieces. {@link #sort(List)} also reads, once per finding, the table and outcome
 * indexes of pointers of the form {@code /actionLines/A/outcomes/O...}, so that most comparisons
 * compare one number.
 */
final class FindingOrder {
  private FindingOrder() {}

  /** Findings by location (pointer tokens, numbers compared as numbers), then rule, then message. */
  static final Comparator<Finding> ORDER = (a, b) -> {
    int c = comparePointers(a.getPointer(), b.getPointer());
    return c != 0 ? c : compareRuleAndMessage(a, b);
  };

  private static final String TABLES = "/actionLines/";
  private static final String OUTCOMES = "/outcomes/";

  /**
   * Returns the findings in {@link #ORDER}, a stable sort.
   *
   * @param findings the findings
   * @param parallel whether the sort may use the common fork-join pool
   * @return a new sorted list
   */
  static List<Finding> sort(List<Finding> findings, boolean parallel) {
    Key[] keys = new Key[findings.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new Key(findings.get(i));
    }
    if (parallel) {
      Arrays.parallelSort(keys); // stable too, and on the common pool only for large arrays
    } else {
      Arrays.sort(keys);
    }
    List<Finding> sorted = new ArrayList<>(keys.length);
    for (Key key : keys) {
      sorted.add(key.finding);
    }
    return sorted;
  }

  private static int compareRuleAndMessage(Finding a, Finding b) {
    int c = a.getRuleId().compareTo(b.getRuleId());
    return c != 0 ? c : a.getMessage().compareTo(b.getMessage());
  }

  /**
   * Compares two JSON pointers token by token (the pieces between {@code /}): two tokens that are
   * both runs of 1 to 18 ASCII digits compare as numbers, others as strings; a pointer whose tokens
   * are a prefix of the other's comes first.
   */
  static int comparePointers(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    int i = 0;
    int j = 0;
    while (true) {
      int ea = end(a, i);
      int eb = end(b, j);
      int c = compareTokens(a, i, ea, b, j, eb);
      if (c != 0) {
        return c;
      }
      boolean moreA = ea < a.length();
      boolean moreB = eb < b.length();
      if (!moreA || !moreB) {
        return moreA ? 1 : moreB ? -1 : 0;
      }
      i = ea + 1;
      j = eb + 1;
    }
  }

  private static int end(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  private static int compareTokens(String a, int from, int to, String b, int bFrom, int bTo) {
    long x = number(a, from, to);
    long y = number(b, bFrom, bTo);
    if (x >= 0 && y >= 0) {
      return Long.compare(x, y);
    }
    int n = Math.min(to - from, bTo - bFrom);
    for (int k = 0; k < n; k++) {
      char ca = a.charAt(from + k);
      char cb = b.charAt(bFrom + k);
      if (ca != cb) {
        return ca - cb;
      }
    }
    return (to - from) - (bTo - bFrom);
  }

  /** The token's value as a number, or -1 when it is not a run of 1 to 18 ASCII digits. */
  private static long number(String pointer, int from, int to) {
    if (to == from || to - from > 18) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = pointer.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The table and outcome indexes of a pointer {@code /actionLines/A/outcomes/O} (alone or followed
   * by {@code /}), as {@code A << 32 | O}, or -1 when the pointer has another form or an index of
   * more than 9 digits.
   */
  static long head(String pointer) {
    if (!pointer.startsWith(TABLES)) {
      return -1;
    }
    int a = TABLES.length();
    int ea = end(pointer, a);
    if (ea - a > 9 || !pointer.startsWith(OUTCOMES, ea)) {
      return -1;
    }
    int o = ea + OUTCOMES.length();
    int eo = end(pointer, o);
    if (eo - o > 9) {
      return -1;
    }
    long table = number(pointer, a, ea);
    long outcome = number(pointer, o, eo);
    return table < 0 || outcome < 0 ? -1 : table << 32 | outcome;
  }

  /** A finding with the table and outcome of its pointer read once. */
  private static final class Key implements Comparable<Key> {
    final Finding finding;
    final long head;

    Key(Finding finding) {
      this.finding = finding;
      this.head = head(finding.getPointer());
    }

    @Override
    public int compareTo(Key other) {
      if (head >= 0 && other.head >= 0 && head != other.head) {
        return Long.compare(head, other.head); // the pointers differ in their table or outcome index
      }
      return ORDER.compare(finding, other.finding);
    }
  }
}
