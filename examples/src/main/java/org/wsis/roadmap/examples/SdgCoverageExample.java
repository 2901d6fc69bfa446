package org.wsis.roadmap.examples;

import java.util.Set;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.SdgCoverage;

/**
 * Shows which action line covers which SDG goals, and which goals no outcome covers.
 *
 * <pre>{@code
 * System.out.print(SdgCoverageExample.table(roadmap));
 * }</pre>
 */
public final class SdgCoverageExample {
  private SdgCoverageExample() {}

  /**
   * Renders the coverage matrix of a roadmap as a text table.
   *
   * @param roadmap the roadmap
   * @return the table
   */
  public static String table(Roadmap roadmap) {
    // tag::coverage[]
    SdgCoverage coverage = SdgCoverage.of(roadmap);
    return coverage.toText();
    // end::coverage[]
  }

  /**
   * Returns the goals no outcome of a roadmap links to.
   *
   * @param roadmap the roadmap
   * @return the goals in goal order
   */
  public static Set<SdgGoal> uncoveredGoals(Roadmap roadmap) {
    return SdgCoverage.of(roadmap).getUncoveredGoals();
  }

  /**
   * Prints the coverage table of the bundled 2024 edition.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(table(WsisRoadmaps.edition2024()));
  }
}
