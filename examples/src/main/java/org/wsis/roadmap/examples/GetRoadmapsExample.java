package org.wsis.roadmap.examples;

import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * Gets the bundled 2024 roadmaps (the ITU draft of 11 October 2024) and walks them.
 *
 * <pre>{@code
 * Roadmap roadmap = GetRoadmapsExample.edition2024();
 * }</pre>
 */
public final class GetRoadmapsExample {
  private GetRoadmapsExample() {}

  /**
   * Returns the bundled 2024 roadmaps.
   *
   * @return the roadmaps of C2, C4, C5 and C6
   */
  public static Roadmap edition2024() {
    return WsisRoadmaps.edition2024();
  }

  /**
   * Prints each action line with its number of outcomes, and one outcome.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // tag::get[]
    Roadmap roadmap = WsisRoadmaps.edition2024();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      System.out.println(line.getActionLine().getCode() + " " + line.getActionLine().getTitle() + ": "
          + line.getOutcomes().size() + " outcomes");
    }
    Outcome outcome = roadmap.findOutcome(OutcomeId.parse("C5.GT.A2")).orElseThrow();
    System.out.println(outcome.getStatement());  // Address other information security and network security issues
    for (SdgLink link : outcome.getSdgLinks()) {
      System.out.println(link.getKind() + " " + link.getCode()); // TARGET 7.1, TARGET 7.a, ... TARGET 17.8
    }
    ActionLineRoadmap c6 = roadmap.findActionLine(ActionLine.C6).orElseThrow();
    // end::get[]
    System.out.println(c6.getTitle());
  }
}
