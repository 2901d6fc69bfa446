package org.wsis.roadmap.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of findings in a report: by location (JSON pointer tokens, numbers compared as
 * numbers), then rule id, then message.
 *
 * <p>{@link #sort(List)} splits each pointer once, before sorting; comparing through
 * {@link #ORDER} splits both pointers on every comparison, which dominated the sort of a few
 * 100,000 findings.
 */
final class FindingOrder {
  private FindingOrder() {}

  /** Findings by location (pointer tokens, numbers compared as numbers), then rule, then message. */
  static final Comparator<Finding> ORDER = (a, b) -> {
    int c = comparePointers(a.getPointer(), b.getPointer());
    if (c != 0) {
      return c;
    }
    c = a.getRuleId().compareTo(b.getRuleId());
    return c != 0 ? c : a.getMessage().compareTo(b.getMessage());
  };

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

  static int comparePointers(String a, String b) {
    return a.equals(b) ? 0 : compareTokens(tokens(a), numbers(tokens(a)), tokens(b), numbers(tokens(b)));
  }

  private static String[] tokens(String pointer) {
    return pointer.split("/", -1);
  }

  /** Each token's value as a number, or -1 when it is not a run of at most 18 ASCII digits. */
  private static long[] numbers(String[] tokens) {
    long[] numbers = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      numbers[i] = number(tokens[i]);
    }
    return numbers;
  }

  private static long number(String token) {
    if (token.isEmpty() || token.length() > 18) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int compareTokens(String[] x, long[] xn, String[] y, long[] yn) {
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) {
      int c = xn[i] >= 0 && yn[i] >= 0 ? Long.compare(xn[i], yn[i]) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** A finding with its pointer split once. */
  private static final class Key implements Comparable<Key> {
    final Finding finding;
    final String[] tokens;
    final long[] numbers;

    Key(Finding finding) {
      this.finding = finding;
      this.tokens = tokens(finding.getPointer());
      this.numbers = numbers(tokens);
    }

    @Override
    public int compareTo(Key other) {
      int c = compareTokens(tokens, numbers, other.tokens, other.numbers);
      if (c != 0) {
        return c;
      }
      c = finding.getRuleId().compareTo(other.finding.getRuleId());
      return c != 0 ? c : finding.getMessage().compareTo(other.finding.getMessage());
    }
  }
}
