package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.RoadmapValidationException;
import org.wsis.roadmap.validation.ValidationReport;

final class ValidateRoadmapExampleTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String WAIVERS = String.join("\n",
      "waivers:",
      "  - rule: WSIS-RES-001",
      "    location: C2.GT.A",
      "    reason: Results are collected for the next edition",
      "    expires: 2025-06-30",
      "");

  private final Roadmap roadmap = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure(), ExampleRoadmaps.protection());

  @Test
  void validate_withoutWaivers_failsOnTheMissingResults() {
    ValidationReport report = ValidateRoadmapExample.validate(roadmap, "", CLOCK);

    assertThat(report.isValid()).isFalse();
    assertThatThrownBy(report::requireValid).isInstanceOf(RoadmapValidationException.class);
    assertThat(report.active()).filteredOn(Finding::isFailure).extracting(Finding::getRuleId).containsExactly("WSIS-RES-001");
  }

  @Test
  void validate_withTheWaiver_isValidAndReportsTheWaiver() {
    ValidationReport report = ValidateRoadmapExample.validate(roadmap, WAIVERS, CLOCK);

    assertThat(report.isValid()).isTrue();
    assertThat(report.waived()).extracting(Finding::getRuleId).containsExactly("WSIS-RES-001");
    assertThat(report.getProfile()).isEqualTo("strict");
    assertThat(report.toText()).contains("waived: Results are collected for the next edition (until 2025-06-30)");
  }

  @Test
  void main_bundledRoadmaps_printsCountsWithTheC6LinksWaived() {
    String out = StdOut.of(() -> ValidateRoadmapExample.main(new String[0]));

    assertThat(out).containsPattern("^not valid, \\d+ active and [1-9]\\d* waived findings\\R$");
  }
}
