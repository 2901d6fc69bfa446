package org.wsis.roadmap.io.table;

import java.util.List;
import org.wsis.roadmap.ActionLineRoadmap;

/**
 * What the {@link TablePipeline} read from one table: the action line with its outcomes, the issues
 * of the table in the order they were found, and the errata it applied.
 *
 * <pre>{@code
 * TableReading reading = TablePipeline.create().read(table);
 * reading.actionLine().getOutcomes().size();
 * reading.issues().forEach(System.out::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param actionLine the action line, its outcomes in table order
 * @param issues the issues of this table
 * @param errata the errata applied to this table's outcomes
 */
public record TableReading(ActionLineRoadmap actionLine, List<ImportIssue> issues, List<Erratum> errata) {
  /** Copies the lists. */
  public TableReading {
    issues = List.copyOf(issues);
    errata = List.copyOf(errata);
  }

  /**
   * Returns the issues of one kind.
   *
   * @param kind the kind
   * @return the issues of that kind, in the order they were found
   */
  public List<ImportIssue> issuesOfKind(ImportIssue.Kind kind) {
    return issues.stream().filter(i -> i.getKind() == kind).toList();
  }
}
