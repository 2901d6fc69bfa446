package org.wsis.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.internal.Args;
import org.wsis.roadmap.internal.Tsv;

/**
 * The WSIS–SDG Matrix ("Linking WSIS Action Lines with Sustainable Development Goals", UN action
 * line facilitators under UNGIS, ITU 2015/2016): for each action line, and for each of the eight C7
 * sub-lines, the SDG goals and targets it serves. Bundled with the library, codes only.
 *
 * <pre>{@code
 * WsisSdgMatrix.targetsOf(ActionLine.C5);   // [1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 8.1, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8]
 * WsisSdgMatrix.goalsOf(ActionLine.C2);     // [SDG 1, SDG 8, SDG 9, SDG 11]
 * WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("9.c"));  // true
 * WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("9"));    // true: the matrix lists 9.1 and 9.c
 * WsisSdgMatrix.covers(ActionLine.C5, SdgLink.parse("9.2"));  // false
 * }</pre>
 *
 * <p>The matrix has 18 entries: C1 to C11, with C7 given through its eight sub-lines (C7 has no
 * entry of its own; its mapping is the union of its sub-lines'). An entry maps either whole goals
 * (goal level: C3 maps every goal but 4, C7 e-learning maps goal 4) or single targets, or both.
 *
 * <h2>What "covers" means</h2>
 *
 * <ul>
 *   <li>A <b>target link</b> ({@code 9.c}) is covered when the matrix lists that target, or lists
 *       its goal at goal level: a goal-level mapping covers every target of the goal.
 *   <li>A <b>goal link</b> ({@code SDG 9}) is covered when the matrix lists the goal at goal level
 *       <em>or lists at least one of its targets</em>.
 * </ul>
 *
 * <p>The second rule is the reading chosen for goal links. A roadmap outcome that links a whole goal
 * says the outcome serves that goal, and the matrix says the same whenever it maps the action line
 * to any target of the goal; requiring a goal-level entry instead would flag nearly every goal link
 * of C2, C4, C5 and C6 (whose matrix entries are all target-level) although the matrix associates
 * those goals with the action line. A target-level mapping never covers the goal's <em>other</em>
 * targets: {@code 9.2} is not covered for C5 although {@code 9.1} is.
 *
 * <p>The matrix is read once, on first use, from resources of this library; every list is
 * unmodifiable and in UN order. The class is thread-safe. Sources are in {@code
 * org/wsis/roadmap/catalogue/PROVENANCE.md}.
 */
public final class WsisSdgMatrix {
  private WsisSdgMatrix() {}

  /**
   * One entry of the matrix: an action line, or one C7 sub-line, with the goals and targets it is
   * mapped to.
   *
   * <pre>{@code
   * WsisSdgMatrix.Entry health = WsisSdgMatrix.entryOf(C7SubLine.E_HEALTH);
   * health.getGoalLevelGoals(); // [SDG 3]
   * health.getTargets();        // [1.3, 1.4, 1.5, 2.1, ...]
   * }</pre>
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class Entry {
    private final ActionLine actionLine;
    private final Optional<C7SubLine> subLine;
    private final List<SdgGoal> goalLevelGoals;
    private final List<SdgTarget> targets;
    private final List<SdgGoal> goals;

    Entry(ActionLine actionLine, Optional<C7SubLine> subLine, Collection<SdgGoal> goalLevelGoals, Collection<SdgTarget> targets) {
      this.actionLine = actionLine;
      this.subLine = subLine;
      this.goalLevelGoals = sortedGoals(goalLevelGoals);
      this.targets = List.copyOf(new TreeSet<>(targets));
      Set<SdgGoal> all = EnumSet.noneOf(SdgGoal.class);
      all.addAll(goalLevelGoals);
      for (SdgTarget target : targets) {
        all.add(target.getGoal());
      }
      this.goals = sortedGoals(all);
    }

    /**
     * Returns the action line.
     *
     * @return such as {@link ActionLine#C5}; {@link ActionLine#C7} for every sub-line entry
     */
    public ActionLine getActionLine() {
      return actionLine;
    }

    /**
     * Returns the C7 sub-line this entry is for.
     *
     * @return the sub-line, or empty for the entries of C1 to C6 and C8 to C11
     */
    public Optional<C7SubLine> getSubLine() {
      return subLine;
    }

    /**
     * Returns the goals mapped as whole goals (goal level).
     *
     * @return such as {@code [SDG 1, SDG 5]} for C1; empty for purely target-level entries
     */
    public List<SdgGoal> getGoalLevelGoals() {
      return goalLevelGoals;
    }

    /**
     * Returns the targets mapped one by one.
     *
     * @return in UN order
     */
    public List<SdgTarget> getTargets() {
      return targets;
    }

    /**
     * Returns every goal the entry serves: the goal-level goals and the goals of its targets.
     *
     * @return in order
     */
    public List<SdgGoal> getGoals() {
      return goals;
    }

    /**
     * Returns the mapping as links: a {@link GoalLink} for every goal-level goal, then a {@link
     * TargetLink} for every target.
     *
     * @return the links
     */
    public List<SdgLink> getLinks() {
      List<SdgLink> links = new ArrayList<>();
      for (SdgGoal goal : goalLevelGoals) {
        links.add(SdgLink.of(goal));
      }
      for (SdgTarget target : targets) {
        links.add(SdgLink.of(target));
      }
      return List.copyOf(links);
    }

    /**
     * Tells whether this entry covers a link, as defined in {@link WsisSdgMatrix}.
     *
     * @param link a goal or target link
     * @return true when covered
     * @throws RoadmapException when the link is null
     */
    public boolean covers(SdgLink link) {
      return WsisSdgMatrix.covers(List.of(this), link);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Entry other
          && actionLine == other.actionLine && subLine.equals(other.subLine)
          && goalLevelGoals.equals(other.goalLevelGoals) && targets.equals(other.targets);
    }

    @Override
    public int hashCode() {
      return Objects.hash(actionLine, subLine, goalLevelGoals, targets);
    }

    @Override
    public String toString() {
      return subLine.map(C7SubLine::getCode).orElse(actionLine.getCode()) + " " + getLinks();
    }
  }

  /**
   * Returns every entry of the matrix.
   *
   * @return the 18 entries: C1 to C6, the eight C7 sub-lines, C8 to C11
   */
  public static List<Entry> entries() {
    return Data.INSTANCE.entries;
  }

  /**
   * Returns the entries of an action line.
   *
   * @param actionLine the action line
   * @return one entry, or the eight sub-line entries for C7
   * @throws RoadmapException when the action line is null
   */
  public static List<Entry> entriesOf(ActionLine actionLine) {
    return Data.INSTANCE.byLine.get(Args.notNull(actionLine, "action line"));
  }

  /**
   * Returns the entry of a C7 sub-line.
   *
   * @param subLine the sub-line
   * @return its entry
   * @throws RoadmapException when the sub-line is null
   */
  public static Entry entryOf(C7SubLine subLine) {
    return Data.INSTANCE.bySubLine.get(Args.notNull(subLine, "C7 sub-line"));
  }

  /**
   * Returns every goal the matrix maps an action line to, at goal level or through a target.
   *
   * @param actionLine the action line (C7: the union of its sub-lines)
   * @return the goals, in order
   * @throws RoadmapException when the action line is null
   */
  public static List<SdgGoal> goalsOf(ActionLine actionLine) {
    Set<SdgGoal> goals = EnumSet.noneOf(SdgGoal.class);
    for (Entry entry : entriesOf(actionLine)) {
      goals.addAll(entry.getGoals());
    }
    return sortedGoals(goals);
  }

  /**
   * Returns the goals the matrix maps an action line to as whole goals.
   *
   * @param actionLine the action line (C7: the union of its sub-lines)
   * @return the goal-level goals, in order; empty when every mapping is target-level
   * @throws RoadmapException when the action line is null
   */
  public static List<SdgGoal> goalLevelGoalsOf(ActionLine actionLine) {
    Set<SdgGoal> goals = EnumSet.noneOf(SdgGoal.class);
    for (Entry entry : entriesOf(actionLine)) {
      goals.addAll(entry.getGoalLevelGoals());
    }
    return sortedGoals(goals);
  }

  /**
   * Returns the targets the matrix maps an action line to one by one.
   *
   * @param actionLine the action line (C7: the union of its sub-lines)
   * @return the targets, in UN order
   * @throws RoadmapException when the action line is null
   */
  public static List<SdgTarget> targetsOf(ActionLine actionLine) {
    Set<SdgTarget> targets = new TreeSet<>();
    for (Entry entry : entriesOf(actionLine)) {
      targets.addAll(entry.getTargets());
    }
    return List.copyOf(targets);
  }

  /**
   * Returns every goal the matrix maps a C7 sub-line to, at goal level or through a target.
   *
   * @param subLine the sub-line
   * @return the goals, in order
   * @throws RoadmapException when the sub-line is null
   */
  public static List<SdgGoal> goalsOf(C7SubLine subLine) {
    return entryOf(subLine).getGoals();
  }

  /**
   * Returns the targets the matrix maps a C7 sub-line to one by one.
   *
   * @param subLine the sub-line
   * @return the targets, in UN order
   * @throws RoadmapException when the sub-line is null
   */
  public static List<SdgTarget> targetsOf(C7SubLine subLine) {
    return entryOf(subLine).getTargets();
  }

  /**
   * Tells whether the matrix mapping of an action line covers an SDG link, as defined in the class
   * documentation: a goal-level mapping covers the goal and all its targets; a target-level mapping
   * covers the target, and the goal as a goal link.
   *
   * @param actionLine the action line (C7: covered when any sub-line covers the link)
   * @param link a goal or target link
   * @return true when covered
   * @throws RoadmapException when an argument is null
   */
  public static boolean covers(ActionLine actionLine, SdgLink link) {
    return covers(entriesOf(actionLine), link);
  }

  /**
   * Tells whether the matrix mapping of a C7 sub-line covers an SDG link.
   *
   * @param subLine the sub-line
   * @param link a goal or target link
   * @return true when covered
   * @throws RoadmapException when an argument is null
   */
  public static boolean covers(C7SubLine subLine, SdgLink link) {
    return covers(List.of(entryOf(subLine)), link);
  }

  private static boolean covers(List<Entry> entries, SdgLink link) {
    Args.notNull(link, "SDG link");
    for (Entry entry : entries) {
      if (entry.getGoalLevelGoals().contains(link.getGoal())) {
        return true;
      }
      if (link instanceof TargetLink target
          ? entry.getTargets().contains(target.getTarget())
          : entry.getGoals().contains(link.getGoal())) {
        return true;
      }
    }
    return false;
  }

  private static List<SdgGoal> sortedGoals(Collection<SdgGoal> goals) {
    Set<SdgGoal> sorted = goals.isEmpty() ? EnumSet.noneOf(SdgGoal.class) : EnumSet.copyOf(goals);
    return List.copyOf(sorted);
  }

  private static final class Data {
    static final Data INSTANCE = new Data();

    final List<Entry> entries;
    final Map<ActionLine, List<Entry>> byLine;
    final Map<C7SubLine, Entry> bySubLine;

    private Data() {
      List<Entry> all = new ArrayList<>();
      Map<ActionLine, List<Entry>> lines = new EnumMap<>(ActionLine.class);
      Map<C7SubLine, Entry> subLines = new EnumMap<>(C7SubLine.class);
      for (List<String> row : Tsv.read("wsis-sdg-matrix.tsv", 4)) {
        ActionLine line = ActionLine.parse(row.get(0));
        Optional<C7SubLine> subLine = row.get(1).isEmpty() ? Optional.empty() : Optional.of(C7SubLine.parse(row.get(1)));
        List<SdgGoal> goals = new ArrayList<>();
        for (String goal : Tsv.list(row.get(2))) {
          goals.add(SdgGoal.parse(goal));
        }
        List<SdgTarget> targets = new ArrayList<>();
        for (String target : Tsv.list(row.get(3))) {
          targets.add(SdgTarget.read(target));
        }
        Entry entry = new Entry(line, subLine, goals, targets);
        all.add(entry);
        lines.computeIfAbsent(line, l -> new ArrayList<>()).add(entry);
        subLine.ifPresent(s -> subLines.put(s, entry));
      }
      Map<ActionLine, List<Entry>> frozen = new EnumMap<>(ActionLine.class);
      for (ActionLine line : ActionLine.values()) {
        List<Entry> ofLine = lines.get(line);
        int expected = line == ActionLine.C7 ? C7SubLine.values().length : 1;
        if (ofLine == null || ofLine.size() != expected) {
          throw new RoadmapException("Bundled WSIS-SDG matrix must have one entry per action line and eight for C7, but "
              + line + " had " + (ofLine == null ? 0 : ofLine.size()));
        }
        frozen.put(line, List.copyOf(ofLine));
      }
      entries = List.copyOf(all);
      byLine = Collections.unmodifiableMap(frozen);
      bySubLine = Collections.unmodifiableMap(subLines);
    }
  }
}
