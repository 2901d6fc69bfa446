package org.wsis.roadmap.examples;

import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.RoadmapStatistics;

/**
 * Counts what a roadmap holds: outcomes per action line and section, empty cells, SDG goals and
 * targets cited, resolutions cited by body.
 *
 * <pre>{@code
 * System.out.print(RoadmapStatisticsExample.summary(roadmap));
 * }</pre>
 */
public final class RoadmapStatisticsExample {
  private RoadmapStatisticsExample() {}

  /**
   * Renders the statistics of a roadmap as text.
   *
   * @param roadmap the roadmap
   * @return the text
   */
  public static String summary(Roadmap roadmap) {
    RoadmapStatistics statistics = RoadmapStatistics.of(roadmap);
    return statistics.toText();
  }

  /**
   * Returns the number of outcomes without a timing.
   *
   * @param roadmap the roadmap
   * @return the count
   */
  public static int withoutTiming(Roadmap roadmap) {
    return RoadmapStatistics.of(roadmap).getEmptyCells(RoadmapStatistics.Column.TIMING).size();
  }

  /**
   * Prints the statistics of the bundled 2024 edition.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(summary(WsisRoadmaps.edition2024()));
  }
}
