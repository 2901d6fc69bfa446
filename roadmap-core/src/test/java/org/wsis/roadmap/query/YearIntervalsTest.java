package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The segment tree behind RoadmapIndex's year queries. */
final class YearIntervalsTest {

  private static int[] sorted(int[] items) {
    int[] copy = items.clone();
    Arrays.sort(copy);
    return copy;
  }

  @Test
  void stab_bothEndsInclusive() {
    YearIntervals.Builder builder = new YearIntervals.Builder();
    builder.add(2010, 2015, 1);
    builder.add(2013, 2020, 2);
    builder.add(2025, 2012, 3);
    YearIntervals tree = builder.build();
    assertThat(sorted(tree.stab(2009))).isEmpty();
    assertThat(sorted(tree.stab(2010))).containsExactly(1);
    assertThat(sorted(tree.stab(2012))).containsExactly(1, 3);
    assertThat(sorted(tree.stab(2013))).containsExactly(1, 2, 3);
    assertThat(sorted(tree.stab(2015))).containsExactly(1, 2, 3);
    assertThat(sorted(tree.stab(2016))).containsExactly(2, 3);
    assertThat(sorted(tree.stab(2020))).containsExactly(2, 3);
    assertThat(sorted(tree.stab(2021))).containsExactly(3);
    assertThat(sorted(tree.stab(2025))).containsExactly(3);
    assertThat(sorted(tree.stab(2026))).isEmpty();
  }

  @Test
  void stab_manyItemsInOneYear_returnsEveryOne() {
    YearIntervals.Builder builder = new YearIntervals.Builder();
    for (int item = 0; item < 20; item++) {
      builder.add(2000, 2010, item);
    }
    builder.add(2005, 2005, 20);
    YearIntervals tree = builder.build();
    assertThat(tree.stab(2005)).hasSize(21);
    assertThat(sorted(tree.stab(2005))[20]).isEqualTo(20);
    assertThat(tree.stab(2006)).hasSize(20);
  }

  @Test
  void stab_unboundedEnds_coverEveryYearOnThatSide() {
    YearIntervals.Builder builder = new YearIntervals.Builder();
    builder.add(2019, YearIntervals.UNBOUNDED, 1);
    builder.add(-YearIntervals.UNBOUNDED, 2000, 2);
    YearIntervals tree = builder.build();
    assertThat(sorted(tree.stab(3000))).containsExactly(1);
    assertThat(sorted(tree.stab(1000))).containsExactly(2);
    assertThat(sorted(tree.stab(2010))).isEmpty();
  }

  @Test
  void stab_noInterval_isEmpty() {
    assertThat(new YearIntervals.Builder().build().stab(2020)).isEmpty();
  }
}
