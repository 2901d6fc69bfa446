package org.wsis.roadmap.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.WsisSdgMatrix;

/**
 * The WSIS-SDG Matrix family ({@code WSIS-MATRIX-001}, {@code WSIS-MATRIX-002}): SDG links read against the matrix mapping of each action line. The state keeps the set of SDG codes each action line links, which the SDG catalogue bounds.
 */
final class MatrixChecks implements CrossOutcomeCheck<Void> {
  @Override
  public List<Rule> rules() {
    return List.of(Rule.MATRIX_001, Rule.MATRIX_002);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    String base = context.getPointer();
    matrixLinks(sink, context.getActionLine(), outcome, base);
  }

  @Override
  public @Nullable Void prepare(OutcomeContext outcome) {
    return null;
  }

  @Override
  public State<Void> newState(boolean stream) {
    return new MatrixState();
  }

  /** What the outcomes of one action line link, over all its tables: a set of codes, bounded by the SDG catalogue. */
  private static final class Links {
    final int firstTable;
    final ActionLineRoadmap table;
    boolean linked;
    final Set<SdgGoal> linkedGoals = EnumSet.noneOf(SdgGoal.class);
    final Set<SdgGoal> goalLinks = EnumSet.noneOf(SdgGoal.class);
    final Set<SdgTarget> linkedTargets = new HashSet<>();
    final java.util.SortedMap<SdgTarget, String> outsideTargets = new java.util.TreeMap<>();

    Links(int firstTable, ActionLineRoadmap table) {
      this.firstTable = firstTable;
      this.table = table;
    }
  }

  /** The links of each action line, then {@code WSIS-MATRIX-002} at the end of the run. */
  private static final class MatrixState implements State<Void> {
    private final Map<ActionLine, Links> lines = new EnumMap<>(ActionLine.class);
    private final List<ActionLine> order = new ArrayList<>();
    private @Nullable Links current;

    @Override
    public void startActionLine(int index, ActionLineRoadmap actionLine, FindingSink sink) {
      current = lines.get(actionLine.getActionLine());
      if (current == null) {
        current = new Links(index, actionLine);
        lines.put(actionLine.getActionLine(), current);
        order.add(actionLine.getActionLine());
      }
    }

    @Override
    public void accept(OutcomeContext context, @Nullable Void prepared, FindingSink sink) {
      Links links = java.util.Objects.requireNonNull(current);
      ActionLine actionLine = context.getActionLine().getActionLine();
      for (SdgLink link : context.getOutcome().getSdgLinks()) {
        links.linked = true;
        links.linkedGoals.add(link.getGoal());
        if (link instanceof TargetLink target) {
          links.linkedTargets.add(target.getTarget());
        } else {
          links.goalLinks.add(link.getGoal());
        }
        if (link instanceof TargetLink target && !WsisSdgMatrix.covers(actionLine, link)) {
          links.outsideTargets.putIfAbsent(target.getTarget(), link.getCode());
        }
      }
    }

    @Override
    public void finish(FindingSink sink) {
      if (!sink.isEnabled(Rule.MATRIX_002)) {
        return;
      }
      for (ActionLine actionLine : order) {
        Links links = lines.get(actionLine);
        if (!links.linked) {
          continue; // no SDG link at all: WSIS-SDG-004 reports each outcome
        }
        List<SdgGoal> goalLevel = WsisSdgMatrix.goalLevelGoalsOf(actionLine);
        List<SdgTarget> matrixTargets = WsisSdgMatrix.targetsOf(actionLine);
        for (SdgGoal goal : WsisSdgMatrix.goalsOf(actionLine)) {
          boolean met = goalLevel.contains(goal) ? links.linkedGoals.contains(goal)
              : matrixTargets.stream().anyMatch(t -> t.getGoal() == goal && links.linkedTargets.contains(t));
          if (met) {
            continue;
          }
          String message;
          if (goalLevel.contains(goal)) {
            message = "the outcomes of " + actionLine.getCode() + " must serve SDG " + goal.getNumber()
                + ", which the WSIS-SDG Matrix maps to " + actionLine.getCode() + " as a whole goal, but none links the goal or one of its targets";
          } else {
            StringBuilder targets = new StringBuilder();
            for (SdgTarget target : matrixTargets) {
              if (target.getGoal() == goal) {
                targets.append(targets.length() == 0 ? "" : ", ").append(target);
              }
            }
            StringBuilder others = new StringBuilder();
            links.outsideTargets.forEach((target, code) -> {
              if (target.getGoal() == goal) {
                others.append(others.length() == 0 ? "" : ", ").append(code);
              }
            });
            String how;
            if (!links.linkedGoals.contains(goal)) {
              how = "none links SDG " + goal.getNumber() + " at all";
            } else if (others.length() == 0) {
              how = "they link SDG " + goal.getNumber() + " only as a goal";
            } else {
              how = "they link SDG " + goal.getNumber() + " only " + (links.goalLinks.contains(goal) ? "as a goal and " : "") + "through other targets (" + others + ")";
            }
            message = "the outcomes of " + actionLine.getCode() + " must link at least one of the WSIS-SDG Matrix targets of SDG "
                + goal.getNumber() + " (" + targets + "), but " + how;
          }
          sink.reportTable(Rule.MATRIX_002, "/actionLines/" + links.firstTable + "/outcomes", links.table, message);
        }
      }
    }
  }

  private static void matrixLinks(FindingSink sink, ActionLineRoadmap line, Outcome outcome, String base) {
    if (!sink.isEnabled(Rule.MATRIX_001)) {
      return;
    }
    ActionLine actionLine = line.getActionLine();
    Set<String> seen = new HashSet<>();
    List<SdgLink> links = outcome.getSdgLinks();
    for (int k = 0; k < links.size(); k++) {
      SdgLink link = links.get(k);
      boolean unknown = link instanceof TargetLink target && !target.getTarget().isKnown();
      if (unknown || !seen.add(link.getCode()) || WsisSdgMatrix.covers(actionLine, link)) {
        continue; // an unknown target is WSIS-SDG-001's, a repeat WSIS-SDG-003's
      }
      sink.report(Rule.MATRIX_001, base + "/sdgLinks/" + k, outcome,
          "an SDG link must lie within the WSIS-SDG Matrix mapping of " + actionLine.getCode() + " (" + matrixMapping(actionLine)
              + "), but was: '" + link.getCode() + "'");
    }
  }

  private static String matrixMapping(ActionLine actionLine) {
    StringBuilder sb = new StringBuilder();
    List<SdgGoal> goalLevel = WsisSdgMatrix.goalLevelGoalsOf(actionLine);
    if (!goalLevel.isEmpty()) {
      sb.append("goals");
      for (SdgGoal goal : goalLevel) {
        sb.append(sb.length() == 5 ? " " : ", ").append(goal.getNumber());
      }
    }
    List<SdgTarget> targets = WsisSdgMatrix.targetsOf(actionLine);
    if (!targets.isEmpty()) {
      sb.append(sb.length() == 0 ? "targets " : "; targets ");
      for (int i = 0; i < targets.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(targets.get(i));
      }
    }
    return sb.toString();
  }
}
