package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.io.WsisRoadmaps;

final class HtmlReportExampleTest {
  @Test
  void write_bundledEdition_writesTheSelfContainedPage(@TempDir Path dir) throws IOException {
    Path file = HtmlReportExample.write(WsisRoadmaps.edition2024(), dir.resolve("report.html"));

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>\n")
        .contains("<table class=\"heatmap\">", "<section id=\"al-C5\"").doesNotContain("<script");
  }

  @Test
  void coverageCsv_bundledEdition_hasBothHeaders() {
    String csv = HtmlReportExample.coverageCsv(WsisRoadmaps.edition2024());

    assertThat(csv).startsWith("actionLine,outcomes,linked,linkedShare,sdg1,").contains("\nactionLine,link,status,outcomes\n")
        .doesNotContain("\r");
  }
}
