package org.wsis.roadmap.examples;

import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.query.Change;
import org.wsis.roadmap.query.RoadmapDiff;

/**
 * Tells what changed between two editions of a roadmap, for people and for programs.
 *
 * <pre>{@code
 * System.out.print(RoadmapDiffExample.report(older, newer));
 * }</pre>
 */
public final class RoadmapDiffExample {
  private RoadmapDiffExample() {}

  /**
   * Renders the changes between two editions for people.
   *
   * @param older the older edition
   * @param newer the newer edition
   * @return one line per change, with word-level changes of reworded text
   */
  public static String report(Roadmap older, Roadmap newer) {
    // tag::diff[]
    RoadmapDiff diff = RoadmapDiff.between(older, newer);
    return diff.toText();
    // end::diff[]
  }

  /**
   * Renders the changes between two editions as JSON.
   *
   * @param older the older edition
   * @param newer the newer edition
   * @return the JSON text
   */
  public static String json(Roadmap older, Roadmap newer) {
    return RoadmapDiff.between(older, newer).toJson();
  }

  /**
   * Counts the SDG links the newer edition adds.
   *
   * @param older the older edition
   * @param newer the newer edition
   * @return the number of SDG links added
   */
  public static long sdgLinksAdded(Roadmap older, Roadmap newer) {
    return RoadmapDiff.between(older, newer).getChanges().stream()
        .filter(change -> change.getKind() == Change.Kind.ITEM_ADDED)
        .filter(change -> change.getField().orElse("").equals("sdgLinks"))
        .count();
  }
}
