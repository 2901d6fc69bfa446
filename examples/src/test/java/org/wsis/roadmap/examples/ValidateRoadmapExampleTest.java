package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.ValidationReport;

final class ValidateRoadmapExampleTest {
  private static Roadmap withMarkup() {
    Roadmap roadmap = BuildRoadmapExample.roadmap();
    Outcome outcome = roadmap.outcomes().get(0);
    Outcome marked = outcome.withStatement("<p>" + outcome.getStatement() + "</p>");
    return roadmap.withActionLines(roadmap.getActionLines().get(0).withOutcomes(marked));
  }

  @Test
  void validate_waivedRule_isReportedAsWaivedNotActive() {
    String waivers = "waivers:\n  - rule: WSIS-TEXT-006\n    location: \"C2.GT.A\"\n    reason: Markup kept on purpose\n";

    ValidationReport report = StdOutResult.of(() -> ValidateRoadmapExample.validate(withMarkup(), waivers)).value();

    assertThat(report.getProfile()).isEqualTo("editorial");
    assertThat(report.waived()).extracting(Finding::getRuleId).containsExactly("WSIS-TEXT-006");
    assertThat(report.active()).extracting(Finding::getRuleId).doesNotContain("WSIS-TEXT-006");
  }

  @Test
  void validate_withoutWaiver_printsTheFinding() {
    StdOutResult<ValidationReport> run = StdOutResult.of(() -> ValidateRoadmapExample.validate(withMarkup(), "waivers: []\n"));

    assertThat(run.value().active()).extracting(Finding::getRuleId).contains("WSIS-TEXT-006");
    assertThat(run.out()).contains("WARNING WSIS-TEXT-006 C2.GT.A");
  }

  @Test
  void main_bundledRoadmaps_printsCounts() {
    String out = StdOut.of(() -> ValidateRoadmapExample.main(new String[0]));

    assertThat(out).containsPattern("(?m)^(valid|not valid), \\d+ active and \\d+ waived findings$");
  }
}
