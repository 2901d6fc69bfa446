package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/**
 * How a roadmap's outcomes cover the objectives of the Global Digital Compact: for each action line,
 * the number of outcomes linked to each of the five objectives.
 *
 * <pre>{@code
 * GdcCoverage coverage = GdcCoverage.of(roadmap);
 * coverage.count(ActionLine.C5, GdcObjective.of(3)); // outcomes of C5 linked to objective 3
 * System.out.print(coverage.toText());
 * }</pre>
 *
 * <p>Links to an objective the Compact lacks are not counted (validation reports them). Instances
 * are immutable and thread-safe.
 */
public final class GdcCoverage {
  private final List<ActionLine> actionLines;
  private final Map<ActionLine, int[]> counts;

  private GdcCoverage(List<ActionLine> actionLines, Map<ActionLine, int[]> counts) {
    this.actionLines = List.copyOf(actionLines);
    this.counts = counts;
  }

  /**
   * Computes the coverage of a roadmap.
   *
   * @param roadmap the roadmap
   * @return the coverage
   */
  public static GdcCoverage of(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    int objectives = GdcObjective.catalogue().size();
    Set<ActionLine> lines = new LinkedHashSet<>();
    Map<ActionLine, int[]> counts = new EnumMap<>(ActionLine.class);
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      lines.add(line.getActionLine());
      int[] row = counts.computeIfAbsent(line.getActionLine(), l -> new int[objectives]);
      for (Outcome outcome : line.getOutcomes()) {
        Set<GdcObjective> seen = new LinkedHashSet<>(outcome.getGdcLinks());
        for (GdcObjective objective : seen) {
          if (objective.isKnown()) {
            row[objective.getNumber() - 1]++;
          }
        }
      }
    }
    return new GdcCoverage(new ArrayList<>(lines), counts);
  }

  /**
   * Returns the action lines of the roadmap, in document order.
   *
   * @return the action lines
   */
  public List<ActionLine> getActionLines() {
    return actionLines;
  }

  /**
   * Returns the number of outcomes of an action line linked to an objective.
   *
   * @param line the action line
   * @param objective the objective
   * @return the count; 0 for an action line the roadmap lacks or an objective the Compact lacks
   */
  public int count(ActionLine line, GdcObjective objective) {
    int[] row = counts.get(Objects.requireNonNull(line, "line"));
    return row == null || !objective.isKnown() ? 0 : row[objective.getNumber() - 1];
  }

  /**
   * Returns the coverage as a text table: one row per action line, one column per objective.
   *
   * @return the table, lines ending in {@code \n}
   */
  public String toText() {
    StringBuilder out = new StringBuilder("line ");
    for (GdcObjective objective : GdcObjective.catalogue()) {
      out.append(String.format(Locale.ROOT, " GDC%d", objective.getNumber()));
    }
    out.append('\n');
    for (ActionLine line : actionLines) {
      out.append(String.format(Locale.ROOT, "%-5s", line.getCode()));
      for (GdcObjective objective : GdcObjective.catalogue()) {
        out.append(String.format(Locale.ROOT, " %4d", count(line, objective)));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
