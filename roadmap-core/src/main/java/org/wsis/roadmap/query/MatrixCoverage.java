package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.WsisSdgMatrix;

/**
 * A roadmap's SDG links read against the {@link WsisSdgMatrix WSIS–SDG Matrix}: for each action
 * line, the matrix's goals and targets the roadmap addresses, those it does not, and the roadmap's
 * links the matrix does not contain.
 *
 * <pre>{@code
 * MatrixCoverage coverage = MatrixCoverage.of(WsisRoadmaps.edition2024());
 * MatrixCoverage.Line c5 = coverage.getLine(ActionLine.C5).orElseThrow();
 * c5.getAddressedTargets();    // the matrix targets of C5 that some C5 outcome links to
 * c5.getUnaddressedTargets();  // the matrix targets of C5 that no C5 outcome links to
 * c5.getOutsideLinks();        // links of C5 outcomes the matrix does not map C5 to, with the outcomes
 * System.out.println(coverage.toText());  // for people; CoverageCsv of roadmap-report writes CSV
 * }</pre>
 *
 * <p>What counts:
 *
 * <ul>
 *   <li>A matrix <b>goal</b> is addressed when an outcome of the action line links the goal or any
 *       of its targets.
 *   <li>A matrix <b>target</b> is addressed when an outcome links exactly that target; a goal link
 *       says nothing about which target it serves.
 *   <li>A link is <b>outside</b> the matrix when {@link WsisSdgMatrix#covers(ActionLine, SdgLink)}
 *       is false for it; an unknown target code (such as {@code 9.z}) is outside too.
 *   <li>A matrix goal is <b>without a matrix target</b> when the roadmap addresses none of the
 *       targets the matrix maps the action line to under that goal; for a goal the matrix maps as a
 *       whole goal, every target of the goal and the goal link itself count.
 * </ul>
 *
 * <p>An action line with two tables (a defect the validator reports) is read as one: its outcomes
 * are pooled, and its line stands where its first table stands. C7 is read against the union of
 * its eight sub-lines. Building takes time proportional to the number of SDG links.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MatrixCoverage {
  /** Goal links first, then targets, each goal's links together: {@code 8, 8.2, 9, 9.c}. */
  private static final Comparator<SdgLink> LINK_ORDER = Comparator.comparing(SdgLink::getGoal)
      .thenComparing(link -> link.getKind() == SdgLink.Kind.TARGET)
      .thenComparing(link -> link.getKind() == SdgLink.Kind.TARGET ? ((TargetLink) link).getTarget() : null,
          Comparator.nullsFirst(Comparator.naturalOrder()));

  private final List<Line> lines;

  private MatrixCoverage(List<Line> lines) {
    this.lines = lines;
  }

  /**
   * Reads a roadmap against the matrix.
   *
   * @param roadmap the roadmap
   * @return one line per action line of the roadmap, in document order
   * @throws NullPointerException when the roadmap is null
   */
  public static MatrixCoverage of(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    Map<ActionLine, List<Outcome>> pooled = new LinkedHashMap<>();
    for (ActionLineRoadmap table : roadmap.getActionLines()) {
      pooled.computeIfAbsent(table.getActionLine(), al -> new ArrayList<>()).addAll(table.getOutcomes());
    }
    List<Line> lines = new ArrayList<>();
    pooled.forEach((actionLine, outcomes) -> lines.add(Line.of(actionLine, outcomes)));
    return new MatrixCoverage(List.copyOf(lines));
  }

  /**
   * Returns the lines, one per action line of the roadmap, in document order.
   *
   * @return the lines
   */
  public List<Line> getLines() {
    return lines;
  }

  /**
   * Returns the line of an action line.
   *
   * @param actionLine the action line
   * @return the line, or empty when the roadmap has no table for the action line
   */
  public Optional<Line> getLine(ActionLine actionLine) {
    Objects.requireNonNull(actionLine, "actionLine");
    return lines.stream().filter(line -> line.actionLine == actionLine).findFirst();
  }

  /**
   * One action line read against its matrix entry.
   *
   * <pre>{@code
   * MatrixCoverage.Line c4 = coverage.getLine(ActionLine.C4).orElseThrow();
   * c4.getOutsideLinks().keySet();      // in 2024: SDG 8, 9 and 10, which the matrix does not map to C4
   * c4.getGoalsWithoutMatrixTarget();   // matrix goals none of whose matrix targets is linked
   * }</pre>
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class Line {
    private final ActionLine actionLine;
    private final List<SdgGoal> matrixGoals;
    private final List<SdgGoal> addressedGoals;
    private final List<SdgGoal> unaddressedGoals;
    private final List<SdgTarget> matrixTargets;
    private final List<SdgTarget> addressedTargets;
    private final List<SdgTarget> unaddressedTargets;
    private final List<SdgGoal> goalsWithoutMatrixTarget;
    private final Map<SdgLink, List<OutcomeId>> outsideLinks;

    private Line(ActionLine actionLine, List<SdgGoal> matrixGoals, List<SdgGoal> addressedGoals, List<SdgGoal> unaddressedGoals,
        List<SdgTarget> matrixTargets, List<SdgTarget> addressedTargets, List<SdgTarget> unaddressedTargets,
        List<SdgGoal> goalsWithoutMatrixTarget, Map<SdgLink, List<OutcomeId>> outsideLinks) {
      this.actionLine = actionLine;
      this.matrixGoals = matrixGoals;
      this.addressedGoals = addressedGoals;
      this.unaddressedGoals = unaddressedGoals;
      this.matrixTargets = matrixTargets;
      this.addressedTargets = addressedTargets;
      this.unaddressedTargets = unaddressedTargets;
      this.goalsWithoutMatrixTarget = goalsWithoutMatrixTarget;
      this.outsideLinks = outsideLinks;
    }

    static Line of(ActionLine actionLine, List<Outcome> outcomes) {
      Set<SdgGoal> linkedGoals = EnumSet.noneOf(SdgGoal.class);
      Set<SdgGoal> goalLinks = EnumSet.noneOf(SdgGoal.class);
      Set<SdgTarget> linkedTargets = new java.util.HashSet<>();
      // Sets, not lists: an outcome is named once per link, and the check stays constant-time (a
      // list's contains made this quadratic in the outcomes that share one outside link).
      Map<SdgLink, Set<OutcomeId>> outside = new TreeMap<>(LINK_ORDER);
      for (Outcome outcome : outcomes) {
        for (SdgLink link : outcome.getSdgLinks()) {
          linkedGoals.add(link.getGoal());
          if (link.getKind() == SdgLink.Kind.TARGET) {
            linkedTargets.add(((TargetLink) link).getTarget());
          } else {
            goalLinks.add(link.getGoal());
          }
          if (!WsisSdgMatrix.covers(actionLine, link)) {
            outside.computeIfAbsent(link, l -> new LinkedHashSet<>()).add(outcome.getId());
          }
        }
      }
      List<SdgGoal> matrixGoals = WsisSdgMatrix.goalsOf(actionLine);
      List<SdgGoal> goalLevel = WsisSdgMatrix.goalLevelGoalsOf(actionLine);
      List<SdgTarget> matrixTargets = WsisSdgMatrix.targetsOf(actionLine);
      List<SdgGoal> addressedGoals = new ArrayList<>();
      List<SdgGoal> unaddressedGoals = new ArrayList<>();
      for (SdgGoal goal : matrixGoals) {
        (linkedGoals.contains(goal) ? addressedGoals : unaddressedGoals).add(goal);
      }
      List<SdgTarget> addressedTargets = new ArrayList<>();
      List<SdgTarget> unaddressedTargets = new ArrayList<>();
      for (SdgTarget target : matrixTargets) {
        (linkedTargets.contains(target) ? addressedTargets : unaddressedTargets).add(target);
      }
      List<SdgGoal> withoutTarget = new ArrayList<>();
      for (SdgGoal goal : matrixGoals) {
        boolean met = goalLevel.contains(goal) ? linkedGoals.contains(goal) : addressedTargets.stream().anyMatch(t -> t.getGoal() == goal);
        if (!met) {
          withoutTarget.add(goal);
        }
      }
      Map<SdgLink, List<OutcomeId>> frozen = new LinkedHashMap<>();
      outside.forEach((link, ids) -> frozen.put(link, List.copyOf(ids)));
      return new Line(actionLine, matrixGoals, List.copyOf(addressedGoals), List.copyOf(unaddressedGoals), matrixTargets,
          List.copyOf(addressedTargets), List.copyOf(unaddressedTargets), List.copyOf(withoutTarget),
          Collections.unmodifiableMap(frozen));
    }

    /**
     * Returns the action line.
     *
     * @return the action line
     */
    public ActionLine getActionLine() {
      return actionLine;
    }

    /**
     * Returns every goal the matrix maps the action line to, at goal level or through a target.
     *
     * @return {@link WsisSdgMatrix#goalsOf(ActionLine)}
     */
    public List<SdgGoal> getMatrixGoals() {
      return matrixGoals;
    }

    /**
     * Returns the matrix goals that an outcome of the action line links to, directly or through any
     * of their targets.
     *
     * @return the goals, in goal order
     */
    public List<SdgGoal> getAddressedGoals() {
      return addressedGoals;
    }

    /**
     * Returns the matrix goals that no outcome of the action line links to, neither directly nor
     * through a target.
     *
     * @return the goals, in goal order
     */
    public List<SdgGoal> getUnaddressedGoals() {
      return unaddressedGoals;
    }

    /**
     * Returns the targets the matrix maps the action line to one by one.
     *
     * @return {@link WsisSdgMatrix#targetsOf(ActionLine)}
     */
    public List<SdgTarget> getMatrixTargets() {
      return matrixTargets;
    }

    /**
     * Returns the matrix targets that an outcome of the action line links to.
     *
     * @return the targets, in UN order
     */
    public List<SdgTarget> getAddressedTargets() {
      return addressedTargets;
    }

    /**
     * Returns the matrix targets that no outcome of the action line links to.
     *
     * @return the targets, in UN order
     */
    public List<SdgTarget> getUnaddressedTargets() {
      return unaddressedTargets;
    }

    /**
     * Returns the matrix goals under which the roadmap addresses none of the action line's matrix
     * targets: for a target-level goal, no outcome links one of its listed targets; for a goal
     * mapped as a whole, no outcome links the goal or any of its targets.
     *
     * @return the goals, in goal order
     */
    public List<SdgGoal> getGoalsWithoutMatrixTarget() {
      return goalsWithoutMatrixTarget;
    }

    /**
     * Returns the links of the action line's outcomes that the matrix does not contain, each with
     * the outcomes that make it.
     *
     * @return link to outcome ids (document order); links ordered by goal, a goal link before the
     *     goal's targets
     */
    public Map<SdgLink, List<OutcomeId>> getOutsideLinks() {
      return outsideLinks;
    }
  }

  /**
   * Renders the coverage as text: for each action line, the matrix goals and targets addressed and
   * not addressed, and the links outside the matrix with their outcomes.
   *
   * <pre>
   * C5  matrix goals: 1, 4, 5, 7, 8, 9, 11, 16, 17
   *   goals addressed:          9, 16, 17
   *   goals not addressed:      1, 4, 5, 7, 8, 11
   *   targets addressed:        9.c, 17.8
   *   targets not addressed:    1.4, 4.1, ...
   *   links outside the matrix: 3 (C5.GT.A), 3.8 (C5.GT.B)
   * </pre>
   *
   * @return the text, lines ended by {@code \n}; "none" for an empty list
   */
  public String toText() {
    StringBuilder out = new StringBuilder("WSIS-SDG Matrix coverage\n");
    for (Line line : lines) {
      out.append(String.format(Locale.ROOT, "%-4s", line.actionLine.getCode())).append("matrix goals: ").append(goals(line.matrixGoals)).append('\n');
      row(out, "goals addressed:", goals(line.addressedGoals));
      row(out, "goals not addressed:", goals(line.unaddressedGoals));
      row(out, "targets addressed:", targets(line.addressedTargets));
      row(out, "targets not addressed:", targets(line.unaddressedTargets));
      row(out, "goals without a matrix target:", goals(line.goalsWithoutMatrixTarget));
      StringBuilder outside = new StringBuilder();
      line.outsideLinks.forEach((link, ids) -> outside.append(outside.length() == 0 ? "" : ", ")
          .append(link.getCode()).append(" (").append(ids(ids)).append(')'));
      row(out, "links outside the matrix:", outside.length() == 0 ? "none" : outside.toString());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "  %-31s %s", label, value)).append('\n');
  }

  private static String goals(List<SdgGoal> goals) {
    StringBuilder sb = new StringBuilder();
    for (SdgGoal goal : goals) {
      sb.append(sb.length() == 0 ? "" : ", ").append(goal.getNumber());
    }
    return sb.length() == 0 ? "none" : sb.toString();
  }

  private static String targets(List<SdgTarget> targets) {
    StringBuilder sb = new StringBuilder();
    for (SdgTarget target : targets) {
      sb.append(sb.length() == 0 ? "" : ", ").append(target);
    }
    return sb.length() == 0 ? "none" : sb.toString();
  }

  private static String ids(List<OutcomeId> ids) {
    StringBuilder sb = new StringBuilder();
    for (OutcomeId id : ids) {
      sb.append(sb.length() == 0 ? "" : " ").append(id);
    }
    return sb.toString();
  }
}
