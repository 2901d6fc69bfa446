package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the issues of one import. Not thread-safe; one instance per import. */
final class IssueLog implements CellMarkup.UnknownTagSink {
  private final List<ImportIssue> issues = new ArrayList<>();
  private String outcome;
  private String column;

  void at(String outcome, String column) {
    this.outcome = outcome;
    this.column = column;
  }

  void add(int line, ImportIssue.Kind kind, String text, String message) {
    issues.add(ImportIssue.builder()
        .line(line)
        .kind(kind)
        .outcome(Optional.ofNullable(outcome))
        .column(Optional.ofNullable(column))
        .text(text)
        .message(message)
        .build());
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
