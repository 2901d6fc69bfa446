package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A static segment tree over year intervals: which items are active in a year, in time proportional
 * to the logarithm of the number of distinct interval ends plus the size of the answer.
 */
final class YearIntervals {
  /** Stands for "no bound" at either end; far outside any year an int can hold. */
  static final long UNBOUNDED = 1L << 40;

  private final long[] bounds;
  private final int[][] nodes;
  private final int leaves;

  private YearIntervals(long[] bounds, int[][] nodes, int leaves) {
    this.bounds = bounds;
    this.nodes = nodes;
    this.leaves = leaves;
  }

  /** Collects intervals, then builds the tree. */
  static final class Builder {
    private final List<long[]> intervals = new ArrayList<>();

    /**
     * Adds an item active from {@code first} to {@code last}, both inclusive.
     *
     * @param first the first year, or {@code -UNBOUNDED}
     * @param last the last year, or {@code UNBOUNDED}
     * @param item the item
     */
    void add(long first, long last, int item) {
      intervals.add(new long[] {Math.min(first, last), Math.max(first, last) + 1, item});
    }

    YearIntervals build() {
      long[] all = new long[intervals.size() * 2];
      int n = 0;
      for (long[] interval : intervals) {
        all[n++] = interval[0];
        all[n++] = interval[1];
      }
      Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < n; i++) {
        if (distinct == 0 || all[distinct - 1] != all[i]) {
          all[distinct++] = all[i];
        }
      }
      long[] bounds = Arrays.copyOf(all, distinct);
      int leaves = Math.max(1, distinct - 1);
      List<List<Integer>> lists = new ArrayList<>(4 * leaves);
      for (int i = 0; i < 4 * leaves; i++) {
        lists.add(null);
      }
      for (long[] interval : intervals) {
        int from = Arrays.binarySearch(bounds, interval[0]);
        int to = Arrays.binarySearch(bounds, interval[1]) - 1;
        insert(lists, 1, 0, leaves - 1, from, to, (int) interval[2]);
      }
      int[][] nodes = new int[lists.size()][];
      for (int i = 0; i < nodes.length; i++) {
        List<Integer> list = lists.get(i);
        if (list != null) {
          nodes[i] = list.stream().mapToInt(Integer::intValue).toArray();
        }
      }
      return new YearIntervals(bounds, nodes, leaves);
    }

    private static void insert(List<List<Integer>> lists, int node, int lo, int hi, int from, int to, int item) {
      if (to < lo || hi < from) {
        return;
      }
      if (from <= lo && hi <= to) {
        if (lists.get(node) == null) {
          lists.set(node, new ArrayList<>(2));
        }
        lists.get(node).add(item);
        return;
      }
      int mid = (lo + hi) >>> 1;
      insert(lists, 2 * node, lo, mid, from, to, item);
      insert(lists, 2 * node + 1, mid + 1, hi, from, to, item);
    }
  }

  /**
   * Returns the items active in a year, in no particular order, each as often as one of its intervals
   * contains the year.
   *
   * @param year the year
   * @return the items
   */
  int[] stab(long year) {
    if (bounds.length < 2 || year < bounds[0] || year >= bounds[bounds.length - 1]) {
      return new int[0];
    }
    int index = Arrays.binarySearch(bounds, year);
    int leaf = index >= 0 ? index : -index - 2;
    int[] found = new int[8];
    int count = 0;
    int node = 1;
    int lo = 0;
    int hi = leaves - 1;
    while (true) {
      int[] items = nodes[node];
      if (items != null) {
        if (count + items.length > found.length) {
          found = Arrays.copyOf(found, Math.max(found.length * 2, count + items.length));
        }
        System.arraycopy(items, 0, found, count, items.length);
        count += items.length;
      }
      if (lo == hi) {
        break;
      }
      int mid = (lo + hi) >>> 1;
      if (leaf <= mid) {
        node = 2 * node;
        hi = mid;
      } else {
        node = 2 * node + 1;
        lo = mid + 1;
      }
    }
    return Arrays.copyOf(found, count);
  }
}
