package org.wsis.roadmap.io.internal;

import java.util.Optional;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;

/**
 * Which SDG targets exist: for each goal, the count of numbered targets and the lettered ones.
 *
 * <p>Derived from the UN SDG catalogue (A/RES/70/1 as reproduced in open-sdg/sdg-translations,
 * commit 0cda585851a5c6f04040a9a2755fbb4496c4eead): 169 targets.
 */
public final class SdgTargetCatalogue {
  /** Index goal - 1: number of numbered targets. */
  private static final int[] NUMBERED = {5, 5, 9, 7, 6, 6, 3, 10, 5, 7, 7, 8, 3, 7, 9, 10, 19};

  /** Index goal - 1: the letters of the means-of-implementation targets. */
  private static final String[] LETTERED = {
    "ab", "abc", "abcd", "abc", "abc", "ab", "ab", "ab", "abc", "abc", "abc", "abc", "ab", "abc", "abc", "ab", ""
  };

  private SdgTargetCatalogue() {}

  /**
   * Tells whether a target exists in the catalogue.
   *
   * @param target the target
   * @return true for {@code 9.c}, false for {@code 9.z}
   */
  public static boolean isKnown(SdgTarget target) {
    int index = target.getGoal().getNumber() - 1;
    String suffix = target.getSuffix();
    if (Character.isDigit(suffix.charAt(0))) {
      int number = Integer.parseInt(suffix);
      return number >= 1 && number <= NUMBERED[index];
    }
    return LETTERED[index].contains(suffix);
  }

  /**
   * Returns the number of numbered targets of a goal.
   *
   * @param goal the goal
   * @return such as 5 for goal 9
   */
  public static int numberedCount(SdgGoal goal) {
    return NUMBERED[goal.getNumber() - 1];
  }

  /**
   * Returns the letters of the lettered targets of a goal.
   *
   * @param goal the goal
   * @return such as {@code "abc"} for goal 9, {@code ""} for goal 17
   */
  public static String letters(SdgGoal goal) {
    return LETTERED[goal.getNumber() - 1];
  }

  /**
   * Returns the reason a target is not in the catalogue.
   *
   * @param target the target
   * @return such as {@code "'9.z' is not an SDG target; targets of goal 9 are 9.1 to 9.5 and 9.a to 9.c"},
   *     or empty when the target exists
   */
  public static Optional<String> problem(SdgTarget target) {
    if (isKnown(target)) {
      return Optional.empty();
    }
    SdgGoal goal = target.getGoal();
    int n = goal.getNumber();
    String letters = letters(goal);
    String range = n + ".1 to " + n + "." + numberedCount(goal);
    if (!letters.isEmpty()) {
      range += " and " + n + "." + letters.charAt(0) + " to " + n + "." + letters.charAt(letters.length() - 1);
    }
    return Optional.of("'" + target + "' is not an SDG target; targets of goal " + n + " are " + range);
  }
}
