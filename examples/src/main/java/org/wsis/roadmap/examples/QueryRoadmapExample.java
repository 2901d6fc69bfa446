package org.wsis.roadmap.examples;

import java.util.List;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.ResolutionKey;
import org.wsis.roadmap.query.RoadmapIndex;

/**
 * Asks a roadmap the usual questions through one {@link RoadmapIndex}: which outcomes serve an SDG
 * goal, an SDG target, cite a resolution, are active in a year, or mention words.
 *
 * <pre>{@code
 * QueryRoadmapExample.outcomesForGoal(roadmap, 9);
 * }</pre>
 */
public final class QueryRoadmapExample {
  private QueryRoadmapExample() {}

  /**
   * Returns the outcomes linked to an SDG goal, directly or through one of its targets.
   *
   * @param roadmap the roadmap
   * @param goal the goal number, 1 to 17
   * @return the outcomes in document order
   */
  public static List<Outcome> outcomesForGoal(Roadmap roadmap, int goal) {
    // tag::sdg[]
    RoadmapIndex index = RoadmapIndex.of(roadmap);
    return index.byGoal(SdgGoal.of(goal));
    // end::sdg[]
  }

  /**
   * Returns the outcomes linked to an SDG target.
   *
   * @param roadmap the roadmap
   * @param target such as {@code "9.c"}
   * @return the outcomes in document order
   */
  public static List<Outcome> outcomesForTarget(Roadmap roadmap, String target) {
    RoadmapIndex index = RoadmapIndex.of(roadmap);
    return index.byTarget(SdgTarget.parse(target));
  }

  /**
   * Returns the outcomes citing a resolution, in any revision.
   *
   * @param roadmap the roadmap
   * @param resolution such as {@code "WTDC 45"} or {@code "PP 140"}
   * @return the outcomes in document order
   */
  public static List<Outcome> outcomesCiting(Roadmap roadmap, String resolution) {
    RoadmapIndex index = RoadmapIndex.of(roadmap);
    return index.byResolution(ResolutionKey.parse(resolution));
  }

  /**
   * Returns the outcomes planned to be active in a year.
   *
   * @param roadmap the roadmap
   * @param year the year
   * @return the outcomes in document order
   */
  public static List<Outcome> outcomesActiveIn(Roadmap roadmap, int year) {
    RoadmapIndex index = RoadmapIndex.of(roadmap);
    return index.activeIn(year);
  }

  /**
   * Returns the outcomes whose text holds every word of a query.
   *
   * @param roadmap the roadmap
   * @param words such as {@code "child online protection"}
   * @return the outcomes in document order
   */
  public static List<Outcome> outcomesMentioning(Roadmap roadmap, String words) {
    RoadmapIndex index = RoadmapIndex.of(roadmap);
    return index.search(words);
  }

  /**
   * Prints, for the bundled 2024 edition, the outcomes serving SDG 9, target 9.c, citing WTDC
   * Resolution 45, active in 2026, and mentioning "IPv6".
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    System.out.println("SDG 9: " + ids(outcomesForGoal(roadmap, 9)));
    System.out.println("9.c: " + ids(outcomesForTarget(roadmap, "9.c")));
    System.out.println("WTDC 45: " + ids(outcomesCiting(roadmap, "WTDC 45")));
    System.out.println("active in 2026: " + ids(outcomesActiveIn(roadmap, 2026)));
    System.out.println("IPv6: " + ids(outcomesMentioning(roadmap, "IPv6")));
  }

  private static String ids(List<Outcome> outcomes) {
    StringBuilder text = new StringBuilder();
    for (Outcome outcome : outcomes) {
      text.append(text.length() == 0 ? "" : " ").append(outcome.getId());
    }
    return text.toString();
  }
}
