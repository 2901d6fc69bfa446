package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.WsisSdgMatrix;

/**
 * The matrix of a roadmap's action lines by the 17 SDG goals: each cell holds the outcomes of the
 * action line that link to the goal, directly or through one of its targets.
 *
 * <pre>{@code
 * SdgCoverage coverage = SdgCoverage.of(roadmap);
 * coverage.getRow(ActionLine.C5).get().getCell(SdgGoal.NINE); // C5 outcomes serving SDG 9
 * coverage.getUncoveredGoals();                              // goals no outcome links to
 * System.out.println(coverage.toText());
 * }</pre>
 *
 * <p>The rows and cells are plain data for any rendering (an HTML report reads {@link #getRows()});
 * {@link #toText()} renders them for people; {@code CoverageCsv} of the module roadmap-report
 * writes them as CSV. {@link Row#isMatrixCell(SdgGoal)} tells
 * which cells the WSIS–SDG Matrix maps; {@link MatrixCoverage} reads the links against the matrix
 * in detail. Building takes time proportional to the
 * number of SDG links of the roadmap.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SdgCoverage {
  private final List<Row> rows;
  private final Set<SdgGoal> uncovered;

  private SdgCoverage(List<Row> rows, Set<SdgGoal> uncovered) {
    this.rows = rows;
    this.uncovered = uncovered;
  }

  /**
   * Computes the coverage of a roadmap.
   *
   * @param roadmap the roadmap
   * @return the coverage, one row per action line in document order
   * @throws NullPointerException when the roadmap is null
   */
  public static SdgCoverage of(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    List<Row> rows = new ArrayList<>();
    Set<SdgGoal> covered = EnumSet.noneOf(SdgGoal.class);
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      Map<SdgGoal, List<Outcome>> cells = new EnumMap<>(SdgGoal.class);
      for (SdgGoal goal : SdgGoal.values()) {
        cells.put(goal, new ArrayList<>());
      }
      int linked = 0;
      for (Outcome outcome : line.getOutcomes()) {
        Set<SdgGoal> goals = RoadmapIndex.goalsOf(outcome);
        if (!goals.isEmpty()) {
          linked++;
        }
        for (SdgGoal goal : goals) {
          cells.get(goal).add(outcome);
          covered.add(goal);
        }
      }
      cells.replaceAll((goal, list) -> List.copyOf(list));
      rows.add(new Row(line.getActionLine(), line.getOutcomes().size(), linked, Collections.unmodifiableMap(cells)));
    }
    Set<SdgGoal> uncovered = EnumSet.allOf(SdgGoal.class);
    uncovered.removeAll(covered);
    return new SdgCoverage(List.copyOf(rows), Collections.unmodifiableSet(uncovered));
  }

  /** One action line of the matrix. Instances are immutable and thread-safe. */
  public static final class Row {
    private final ActionLine actionLine;
    private final int outcomeCount;
    private final int linkedCount;
    private final Map<SdgGoal, List<Outcome>> cells;

    private Row(ActionLine actionLine, int outcomeCount, int linkedCount, Map<SdgGoal, List<Outcome>> cells) {
      this.actionLine = actionLine;
      this.outcomeCount = outcomeCount;
      this.linkedCount = linkedCount;
      this.cells = cells;
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
     * Returns the outcomes of the action line that link to a goal, directly or through a target.
     *
     * @param goal the goal
     * @return the outcomes in document order
     */
    public List<Outcome> getCell(SdgGoal goal) {
      return cells.get(Objects.requireNonNull(goal, "goal"));
    }

    /**
     * Returns every cell of the row.
     *
     * @return the outcomes per goal, all 17 goals present, in goal order
     */
    public Map<SdgGoal, List<Outcome>> getCells() {
      return cells;
    }

    /**
     * Returns the number of outcomes of the action line.
     *
     * @return the count
     */
    public int getOutcomeCount() {
      return outcomeCount;
    }

    /**
     * Returns the number of outcomes of the action line with at least one SDG link.
     *
     * @return the count
     */
    public int getLinkedCount() {
      return linkedCount;
    }

    /**
     * Returns the share of the action line's outcomes with at least one SDG link.
     *
     * @return 0 to 1; 0 when the action line has no outcome
     */
    public double getLinkedShare() {
      return outcomeCount == 0 ? 0 : (double) linkedCount / outcomeCount;
    }

    /**
     * Tells whether the {@link org.wsis.roadmap.WsisSdgMatrix WSIS–SDG Matrix} maps this row's action
     * line to a goal, at goal level or through one of its targets: the cells a heat map marks as
     * matrix cells.
     *
     * <pre>{@code
     * coverage.getRow(ActionLine.C2).orElseThrow().isMatrixCell(SdgGoal.NINE); // true: C2 serves 9.1, 9.a, 9.c
     * }</pre>
     *
     * @param goal the goal
     * @return true when the matrix maps the action line to the goal
     * @throws NullPointerException when the goal is null
     */
    public boolean isMatrixCell(SdgGoal goal) {
      return WsisSdgMatrix.goalsOf(actionLine).contains(Objects.requireNonNull(goal, "goal"));
    }

    /**
     * Returns the goals this action line covers.
     *
     * @return the goals with a non-empty cell, in goal order
     */
    public Set<SdgGoal> getGoals() {
      Set<SdgGoal> goals = EnumSet.noneOf(SdgGoal.class);
      cells.forEach((goal, list) -> {
        if (!list.isEmpty()) {
          goals.add(goal);
        }
      });
      return Collections.unmodifiableSet(goals);
    }
  }

  /**
   * Returns the rows, one per action line of the roadmap, in document order.
   *
   * @return the rows
   */
  public List<Row> getRows() {
    return rows;
  }

  /**
   * Returns the row of an action line.
   *
   * @param actionLine the action line
   * @return the row, or empty when the roadmap has no such action line
   */
  public Optional<Row> getRow(ActionLine actionLine) {
    return rows.stream().filter(row -> row.getActionLine() == actionLine).findFirst();
  }

  /**
   * Returns the goals no outcome of the roadmap links to, directly or through a target.
   *
   * @return the goals in goal order
   */
  public Set<SdgGoal> getUncoveredGoals() {
    return uncovered;
  }

  /**
   * Renders the matrix as a text table: one line per action line, the number of outcomes in each goal
   * cell ({@code .} for none), then linked outcomes over all outcomes and the share in percent, and a
   * last line naming the goals no outcome covers.
   *
   * @return the table, lines ended by {@code \n}
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-4s", "AL"));
    for (SdgGoal goal : SdgGoal.values()) {
      out.append(String.format(Locale.ROOT, " %3d", goal.getNumber()));
    }
    out.append("  linked\n");
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "%-4s", row.getActionLine().getCode()));
      for (SdgGoal goal : SdgGoal.values()) {
        int count = row.getCell(goal).size();
        out.append(String.format(Locale.ROOT, " %3s", count == 0 ? "." : Integer.toString(count)));
      }
      out.append(String.format(Locale.ROOT, "  %d/%d (%s%%)", row.getLinkedCount(), row.getOutcomeCount(), percent(row)))
          .append('\n');
    }
    out.append("Goals no outcome covers: ");
    if (uncovered.isEmpty()) {
      out.append("none");
    } else {
      StringBuilder names = new StringBuilder();
      for (SdgGoal goal : uncovered) {
        names.append(names.length() == 0 ? "" : ", ").append(goal.getNumber());
      }
      out.append(names);
    }
    return out.append('\n').toString();
  }

  private static String percent(Row row) {
    return String.format(Locale.ROOT, "%.0f", row.getLinkedShare() * 100);
  }
}
