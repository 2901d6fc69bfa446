package org.wsis.roadmap.examples;

import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * An edit a roadmap editor's tool might make, and that its tests check with the test kit (see
 * {@code SdgLinkingExampleTest}): link every outcome of an action line with an SDG goal.
 *
 * <pre>{@code
 * Roadmap linked = SdgLinkingExample.linkActionLine(roadmap, ActionLine.C2, SdgGoal.NINE);
 * }</pre>
 *
 * <p>{@link #main(String[])} links the C2 outcomes of the bundled 2024 edition with SDG 17 and prints
 * how many linked it before and after.
 */
public final class SdgLinkingExample {
  private SdgLinkingExample() {}

  /**
   * Links every outcome of an action line's table with a goal, unless it links the goal already;
   * the SDG cell as printed gets the goal appended.
   *
   * @param roadmap the roadmap
   * @param line the action line
   * @param goal the goal
   * @return the edited roadmap; the same roadmap when it has no table of that action line
   */
  public static Roadmap linkActionLine(Roadmap roadmap, ActionLine line, SdgGoal goal) {
    List<ActionLineRoadmap> tables = new ArrayList<>();
    for (ActionLineRoadmap table : roadmap.getActionLines()) {
      if (table.getActionLine() != line) {
        tables.add(table);
        continue;
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : table.getOutcomes()) {
        SdgLink link = SdgLink.of(goal);
        if (outcome.getSdgLinks().contains(link)) {
          outcomes.add(outcome);
        } else {
          String raw = outcome.getSdgRaw().map(r -> r + "; ").orElse("") + "SDG " + goal.getNumber();
          outcomes.add(Outcome.builder().from(outcome).addSdgLink(link).sdgRaw(raw).build());
        }
      }
      tables.add(ActionLineRoadmap.builder().from(table).outcomes(outcomes).build());
    }
    return Roadmap.builder().from(roadmap).actionLines(tables).build();
  }

  /**
   * Links the C2 outcomes of the bundled 2024 edition with SDG 17 and prints how many link the goal
   * before and after.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    Roadmap linked = linkActionLine(roadmap, ActionLine.C2, SdgGoal.SEVENTEEN);
    System.out.println("C2 outcomes linked with SDG 17: " + linkedTo(roadmap, SdgGoal.SEVENTEEN) + " of "
        + roadmap.findActionLine(ActionLine.C2).map(t -> t.getOutcomes().size()).orElse(0) + " before, "
        + linkedTo(linked, SdgGoal.SEVENTEEN) + " after");
  }

  private static long linkedTo(Roadmap roadmap, SdgGoal goal) {
    return roadmap.findActionLine(ActionLine.C2).map(t -> t.getOutcomes().stream()
        .filter(o -> o.getSdgLinks().contains(SdgLink.of(goal))).count()).orElse(0L);
  }
}
