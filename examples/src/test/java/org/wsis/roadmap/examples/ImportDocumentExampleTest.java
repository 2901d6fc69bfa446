package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.ImportResult;

final class ImportDocumentExampleTest {
  @TempDir
  Path dir;

  @Test
  void importDocument_the2024Document_givesTheBundledOutcomesAndPrintsTheCount() throws IOException {
    Path document = dir.resolve("roadmaps-2024.txt");
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      Files.copy(in, document);
    }

    StdOutResult<ImportResult> run = StdOutResult.of(() -> ImportDocumentExample.importDocument(document));

    int bundled = WsisRoadmaps.edition2024().outcomes().size();
    assertThat(run.value().getRoadmap().outcomes()).extracting(Outcome::getId).hasSize(bundled);
    assertThat(run.out()).contains(bundled + " outcomes, " + run.value().getReport().getIssues().size() + " issues");
  }
}
