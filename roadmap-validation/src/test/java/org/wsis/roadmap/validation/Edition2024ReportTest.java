package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * The validator on the bundled 2024 edition: keeps {@code docs/validation-report-2024.txt} current
 * (failing when stale; rewriting it only with {@code -Droadmap.regenerate=true}) and pins the findings
 * the validation guide ({@code docs/guide/validation.md}) explains.
 */
final class Edition2024ReportTest {
  private static final Path REPORT = Path.of("../docs/validation-report-2024.txt");
  private static final ValidationReport RESULT = Fixtures.validator().validate(WsisRoadmaps.edition2024());

  @Test
  void committedReport_isCurrent() throws IOException {
    String fresh = RESULT.toText();
    String committed = Files.exists(REPORT) ? Files.readString(REPORT, StandardCharsets.UTF_8) : "";
    // Written only on request, so that a mutation-testing run leaves the sources alone.
    if (!committed.equals(fresh) && Boolean.getBoolean("roadmap.regenerate")) {
      Files.createDirectories(REPORT.toAbsolutePath().getParent());
      Files.writeString(REPORT, fresh, StandardCharsets.UTF_8);
      committed = Files.readString(REPORT, StandardCharsets.UTF_8);
    }
    assertThat(committed).as("docs/validation-report-2024.txt is stale: run ./mvnw -pl roadmap-validation -am verify -Droadmap.regenerate=true and commit it").isEqualTo(fresh);
  }

  @Test
  void validationGuide_statesTheReportsTotals() throws IOException {
    String readme = Files.readString(Path.of("../docs/guide/validation.md"), StandardCharsets.UTF_8);
    String totals = String.format("**not valid: %d errors, %d warnings, %d infos, no fatal finding**",
        RESULT.count(Severity.ERROR), RESULT.count(Severity.WARNING), RESULT.count(Severity.INFO));
    assertThat(readme).as("docs/guide/validation.md's sentence on the 2024 edition's validation").contains(totals);
    assertThat(readme).contains("The " + RESULT.count(Severity.INFO) + " infos are");
  }

  @Test
  void edition_hasNoFatalFinding() {
    assertThat(RESULT.count(Severity.FATAL)).isZero();
  }

  @Test
  void edition_findingsByRule_areTheOnesTheGuideExplains() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding finding : RESULT.getFindings()) {
      counts.merge(finding.getRuleId(), 1, Integer::sum);
    }
    assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry("WSIS-ID-004", 1), Map.entry("WSIS-REF-001", 16), Map.entry("WSIS-REF-002", 1),
        Map.entry("WSIS-REF-006", 28), Map.entry("WSIS-RES-001", 7),
        Map.entry("WSIS-SDG-004", 25), Map.entry("WSIS-TEXT-003", 3), Map.entry("WSIS-TEXT-004", 1),
        Map.entry("WSIS-TEXT-005", 1), Map.entry("WSIS-TIME-002", 1), Map.entry("WSIS-TIME-003", 23),
        Map.entry("WSIS-TIME-007", 2), Map.entry("WSIS-MATRIX-001", 5), Map.entry("WSIS-MATRIX-002", 16))));
    assertThat(RESULT.findingsOf("WSIS-ID-004")).extracting(f -> f.getOutcomeId().orElseThrow().toString()).containsExactly("C6.GT.b");
    assertThat(RESULT.findingsOf("WSIS-TEXT-004")).extracting(f -> f.getOutcomeId().orElseThrow().toString()).containsExactly("C2.GT.L");
    assertThat(RESULT.findingsOf("WSIS-MATRIX-001")).extracting(f -> f.getOutcomeId().orElseThrow() + " " + f.getMessage().replaceAll(".*'(.*)'$", "$1"))
        .containsExactlyInAnyOrder("C4.GT.A 9", "C4.GT.A 10", "C4.GT.B 8", "C4.GT.D 10", "C4.GT.F 9");
    assertThat(RESULT.findingsOf("WSIS-MATRIX-002")).extracting(f -> f.getMessage().substring(0, f.getMessage().indexOf(" must")))
        .containsOnly("the outcomes of C2", "the outcomes of C4", "the outcomes of C5")
        .filteredOn(m -> m.endsWith("C5")).hasSize(1);
    assertThat(RESULT.findingsOf("WSIS-REF-001")).allSatisfy(f -> assertThat(f.getMessage()).contains("'Kigali Resolution (2022)'"));
  }
}
