package org.wsis.roadmap.examples;

import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.Change;
import org.wsis.roadmap.query.RoadmapDiff;
import org.wsis.roadmap.report.DiffJson;

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
    return DiffJson.toJson(RoadmapDiff.between(older, newer));
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

  /**
   * Prints the changes between two roadmap files in the canonical JSON form.
   *
   * @param args the older file and the newer file; with no argument, compares the bundled 2024
   *     edition with itself
   * @throws org.wsis.roadmap.io.RoadmapReadException when a file is not a valid roadmap document
   * @throws org.wsis.roadmap.RoadmapIoException when a file cannot be read
   */
  public static void main(String[] args) {
    Roadmap older;
    Roadmap newer;
    if (args.length == 2) {
      older = RoadmapJson.read(java.nio.file.Path.of(args[0]));
      newer = RoadmapJson.read(java.nio.file.Path.of(args[1]));
    } else {
      older = WsisRoadmaps.edition2024();
      newer = WsisRoadmaps.edition2024();
    }
    System.out.print(report(older, newer));
  }
}
