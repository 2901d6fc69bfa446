package org.wsis.roadmap.io.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;

/** Explains, from the bundled UN catalogue of roadmap-core, why an SDG target code names no target. */
public final class SdgTargetCatalogue {
  private SdgTargetCatalogue() {}

  /**
   * Returns the reason a target is not in the catalogue.
   *
   * @param target the target
   * @return such as {@code "'9.z' is not an SDG target; targets of goal 9 are 9.1 to 9.5 and 9.a to 9.c"},
   *     or empty when the target exists
   */
  public static Optional<String> problem(SdgTarget target) {
    if (target.isKnown()) {
      return Optional.empty();
    }
    SdgGoal goal = target.getGoal();
    List<SdgTarget> all = goal.getTargets();
    List<SdgTarget> numbered = all.stream()
        .filter(t -> Character.isDigit(t.getSuffix().charAt(0))).collect(Collectors.toList());
    List<SdgTarget> lettered = all.stream()
        .filter(t -> !Character.isDigit(t.getSuffix().charAt(0))).collect(Collectors.toList());
    StringBuilder ranges = new StringBuilder();
    range(ranges, numbered);
    if (!lettered.isEmpty()) {
      ranges.append(ranges.length() == 0 ? "" : " and ");
      range(ranges, lettered);
    }
    return Optional.of("'" + target + "' is not an SDG target; targets of goal " + goal.getNumber() + " are " + ranges);
  }

  private static void range(StringBuilder out, List<SdgTarget> targets) {
    if (targets.isEmpty()) {
      return;
    }
    out.append(targets.get(0));
    if (targets.size() > 1) {
      out.append(" to ").append(targets.get(targets.size() - 1));
    }
  }
}
