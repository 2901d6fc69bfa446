package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;

final class RoadmapStatisticsExampleTest {
  private final Roadmap roadmap = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure(), ExampleRoadmaps.protection());

  @Test
  void summary_countsAndCitations() {
    assertThat(RoadmapStatisticsExample.summary(roadmap))
        .startsWith("Outcomes: 2\n  C2: 1, GT 1, W10 0\n  C5: 1, GT 1, W10 0\n")
        .contains("SDG goals cited: 9(1) 16(1)\n")
        .contains("SDG targets cited: 9.c(1) 16.2(1)\n")
        .contains("  WTDC: 45\n");
  }

  @Test
  void withoutTiming_none() {
    assertThat(RoadmapStatisticsExample.withoutTiming(roadmap)).isZero();
  }
}
