package org.wsis.roadmap.io.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What an import could not place or read, what it repaired, and which errata it applied, each
 * with the line of the source document.
 *
 * <pre>{@code
 * ImportReport report = RoadmapTableImporter.create().importText(text).getReport();
 * System.out.print(report.toText());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportReport {
  ImportReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportReport} instances; obtain one with {@link ImportReport#builder()}. */
  public static final class Builder extends ImmutableImportReport.Builder {
    Builder() {}
  }

  /**
   * Returns the name of the imported source, such as a file name.
   *
   * @return the source name
   */
  public abstract String getSource();

  /**
   * Returns the issues, ordered by line, then kind; issues of the same line and kind stay in the
   * order they were found.
   *
   * @return the issues
   */
  public abstract List<ImportIssue> getIssues();

  @Value.Check
  ImportReport sorted() {
    List<ImportIssue> issues = new java.util.ArrayList<>(getIssues());
    issues.sort(ImportIssue.ORDER);
    return issues.equals(getIssues()) ? this : builder().source(getSource()).issues(issues).build();
  }

  /**
   * Returns the issues of one kind, ordered by line.
   *
   * @param kind the kind
   * @return the issues of that kind
   */
  public final List<ImportIssue> issuesOf(ImportIssue.Kind kind) {
    return getIssues().stream().filter(i -> i.getKind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the number of issues of each kind that occurs.
   *
   * @return the counts, in the order of {@link ImportIssue.Kind}
   */
  public final Map<ImportIssue.Kind, Integer> counts() {
    Map<ImportIssue.Kind, Integer> counts = new EnumMap<>(ImportIssue.Kind.class);
    for (ImportIssue issue : getIssues()) {
      counts.merge(issue.getKind(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Returns the report as text: a summary of counts per kind, then one line per issue.
   * The text is the same for the same report, byte for byte.
   *
   * @return the text, lines ending with {@code \n}
   */
  public final String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Import report: ").append(getSource()).append('\n');
    out.append("Issues: ").append(getIssues().size()).append('\n');
    counts().forEach((kind, count) -> out.append("  ").append(kind).append(": ").append(count).append('\n'));
    out.append('\n');
    for (ImportIssue issue : getIssues()) {
      out.append(issue).append('\n');
    }
    return out.toString();
  }
}
