package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Collects the issues of one import. Not thread-safe; one instance per import. */
final class IssueLog implements CellMarkup.UnknownTagSink {
  private final List<ImportIssue> issues = new ArrayList<>();
  private @Nullable String outcome;
  private @Nullable String column;

  void at(@Nullable String outcome, @Nullable String column) {
    this.outcome = outcome;
    this.column = column;
  }

  void add(int line, ImportIssue.Kind kind, String text, String message) {
    add(line, null, kind, text, message);
  }

  /** Adds an issue about an item of a cell, at its line and table location. */
  void add(CellItem item, ImportIssue.Kind kind, String text, String message) {
    add(item.line(), item.location(), kind, text, message);
  }

  void add(int line, @Nullable TableLocation location, ImportIssue.Kind kind, String text, String message) {
    issues.add(ImportIssue.builder()
        .line(line)
        .location(Optional.ofNullable(location))
        .kind(kind)
        .outcome(Optional.ofNullable(outcome))
        .column(Optional.ofNullable(column))
        .text(text)
        .message(message)
        .build());
  }

  void add(ImportIssue issue) {
    issues.add(issue);
  }

  @Override
  public void unknownTag(String tag, int line) {
    add(line, ImportIssue.Kind.UNKNOWN_MARKUP, tag, "tag is neither a block nor an inline tag; dropped, its text kept");
  }

  List<ImportIssue> issuesOf(ImportIssue.Kind kind) {
    List<ImportIssue> out = new ArrayList<>();
    for (ImportIssue issue : issues) {
      if (issue.getKind() == kind) {
        out.add(issue);
      }
    }
    return out;
  }

  List<ImportIssue> issues() {
    return issues;
  }
}
