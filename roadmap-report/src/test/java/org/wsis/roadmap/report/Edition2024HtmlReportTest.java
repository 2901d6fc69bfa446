package org.wsis.roadmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.validation.RoadmapValidator;

/**
 * The HTML report of the bundled 2024 roadmaps against the committed page {@code
 * src/test/resources/org/wsis/roadmap/report/edition-2024-report.html}, so that every change to the
 * page shows up as a diff in review. The library version in the page is written as {@code VERSION}
 * in the committed file. After an intended change, run {@code ./mvnw -pl roadmap-report -am verify
 * -Droadmap.regenerate=true} and review the diff.
 */
final class Edition2024HtmlReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/wsis/roadmap/report/edition-2024-report.html");

  @Test
  void render_bundledEdition_isTheCommittedPage() throws IOException {
    String fresh = Fixtures.report(WsisRoadmaps.edition2024()).toHtml()
        .replace("wsis-roadmap " + RoadmapValidator.libraryVersion(), "wsis-roadmap VERSION");
    if (Boolean.getBoolean("roadmap.regenerate")) {
      Files.writeString(GOLDEN, fresh, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(GOLDEN, StandardCharsets.UTF_8))
        .as("%s is stale: run ./mvnw -pl roadmap-report -am verify -Droadmap.regenerate=true and review the diff", GOLDEN)
        .isEqualTo(fresh);
  }
}
