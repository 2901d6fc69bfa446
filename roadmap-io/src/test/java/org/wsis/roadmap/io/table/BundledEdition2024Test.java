package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * Keeps the bundled 2024 dataset and the committed import report in step with the importer: both
 * are regenerated from the bundled document and compared byte for byte.
 *
 * <p>To regenerate them after a change of the importer or the errata, run
 * {@code ./mvnw -pl roadmap-io -am verify -Droadmap.regenerate=true} and review the diff.
 */
final class BundledEdition2024Test {
  static final Path DATASET = Path.of("src/main/resources/org/wsis/roadmap/io/wsis-action-lines-roadmaps-2024-10-11.json");
  static final Path REPORT = Path.of("../docs/import-report-2024.txt");

  /** Imports the bundled document with the bundled errata, as the dataset is made. */
  static ImportResult importEdition2024() throws IOException {
    Errata errata;
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_ERRATA_RESOURCE)) {
      errata = Errata.read(in);
    }
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      return RoadmapTableImporter.create().withErrata(errata).importStream(in, "wsis-action-lines-roadmaps-2024-10-11.txt");
    }
  }

  /** The other way to apply errata: to the typed roadmap of an import without them. */
  static ImportResult importEdition2024ThenApplyErrata() throws IOException {
    ImportResult printed;
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      printed = RoadmapTableImporter.create().importStream(in, "wsis-action-lines-roadmaps-2024-10-11.txt");
    }
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_ERRATA_RESOURCE)) {
      return Errata.read(in).apply(printed);
    }
  }

  @Test
  void errata_appliedBeforeReading_giveTheSameRoadmapAndReportAsAppliedAfter() throws IOException {
    ImportResult before = importEdition2024();
    ImportResult after = importEdition2024ThenApplyErrata();
    assertThat(before.getRoadmap()).isEqualTo(after.getRoadmap());
    assertThat(before.getReport().toText()).isEqualTo(after.getReport().toText());
  }

  private static boolean regenerate() {
    return Boolean.getBoolean("roadmap.regenerate");
  }

  @Test
  void bundledJson_equalsAFreshImportWithErrata() throws IOException {
    ImportResult fresh = importEdition2024();
    String json = RoadmapJson.toString(fresh.getRoadmap());
    if (regenerate()) {
      Files.writeString(DATASET, json, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DATASET, StandardCharsets.UTF_8))
        .as("bundled dataset is stale: run ./mvnw -pl roadmap-io -am verify -Droadmap.regenerate=true")
        .isEqualTo(json);
    if (!regenerate()) {
      assertThat(WsisRoadmaps.edition2024().equals(fresh.getRoadmap()))
          .as("the roadmap loaded from the jar equals the fresh import").isTrue();
    }
  }

  @Test
  void ioGuide_tableOfTheReport_givesTheCurrentCounts() throws IOException {
    String guide = Files.readString(Path.of("../docs/guide/io.md"), StandardCharsets.UTF_8);
    importEdition2024().getReport().counts().forEach((kind, count) ->
        assertThat(guide).as("docs/guide/io.md count of " + kind).contains("| `" + kind + "` | " + count + " |"));
  }

  @Test
  void committedReport_equalsTheReportOfAFreshImport() throws IOException {
    String text = importEdition2024().getReport().toText();
    if (regenerate()) {
      Files.writeString(REPORT, text, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(REPORT, StandardCharsets.UTF_8))
        .as("docs/import-report-2024.txt is stale: run ./mvnw -pl roadmap-io -am verify -Droadmap.regenerate=true")
        .isEqualTo(text);
  }
}
