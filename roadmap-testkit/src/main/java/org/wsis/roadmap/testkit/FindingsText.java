package org.wsis.roadmap.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Severity;

/** Findings written for failure messages: grouped by severity and rule, one line per finding with its location and message. */
final class FindingsText {
  private FindingsText() {}

  /**
   * Writes findings grouped by severity (FATAL first), then rule id, in report order within a group:
   *
   * <pre>
   *   ERROR WSIS-TIME-001 Timing spans are ordered (1 finding)
   *     - C2.GT.A at /actionLines/0/outcomes/0/timing/entries/0 (line 10): a timing span must ...
   * </pre>
   */
  static String grouped(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (no findings)";
    }
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      for (Finding finding : findings) {
        if (finding.getSeverity() == severity) {
          groups.computeIfAbsent(severity + " " + finding.getRuleId() + " " + finding.getRule().getTitle(), k -> new ArrayList<>()).add(finding);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
      int n = group.getValue().size();
      sb.append(sb.length() == 0 ? "" : "\n").append("  ").append(group.getKey())
          .append(" (").append(n).append(n == 1 ? " finding)" : " findings)");
      for (Finding finding : group.getValue()) {
        sb.append("\n    - ").append(location(finding)).append(": ").append(finding.getMessage());
      }
    }
    return sb.toString();
  }

  /** Outcome id and JSON pointer, and the source line when known: {@code C2.GT.A at /actionLines/0/outcomes/0 (line 10)}. */
  static String location(Finding finding) {
    String pointer = finding.getPointer().isEmpty() ? "/" : finding.getPointer();
    String where = finding.getOutcomeId().map(id -> id + " at " + pointer).orElse(pointer);
    return finding.getLine().map(line -> where + " (line " + line + ")").orElse(where);
  }

  /** Tells whether a finding is at a location: an outcome id such as {@code C6.GT.l}, or a JSON pointer or a pointer it lies under. */
  static boolean isAt(Finding finding, String location) {
    if (finding.getOutcomeId().map(OutcomeId::toString).filter(location::equals).isPresent()) {
      return true;
    }
    String pointer = finding.getPointer();
    return pointer.equals(location) || (location.equals("/") && pointer.isEmpty())
        || (location.startsWith("/") && pointer.startsWith(location.endsWith("/") ? location : location + "/"));
  }

  static String locations(List<Finding> findings) {
    return findings.stream().map(FindingsText::location).collect(Collectors.joining(", "));
  }
}
