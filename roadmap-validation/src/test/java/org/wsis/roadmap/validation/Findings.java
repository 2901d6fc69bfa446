package org.wsis.roadmap.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.wsis.roadmap.Roadmap;

/** Findings of the default profile written one per line, for exact comparison in tests. */
final class Findings {
  private static final RoadmapValidator VALIDATOR = Fixtures.validator();

  private Findings() {}

  /** Returns each finding as {@code "<rule id> <severity> <pointer> <message>"}, in report order. */
  static List<String> of(Roadmap roadmap) {
    return of(VALIDATOR.validate(roadmap));
  }

  static List<String> of(ValidationReport report) {
    return report.getFindings().stream()
        .map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getPointer() + " " + f.getMessage())
        .collect(Collectors.toList());
  }
}
