package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.office.RoadmapWordDocument;

final class WordPublicationExampleTest {
  @TempDir
  Path dir;

  @Test
  void publish_edition2024_writesADocumentThatImportsBack() throws Exception {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    Path document = dir.resolve("roadmaps-2024.docx");

    String out = StdOut.of(() -> WordPublicationExample.publish(roadmap, document));

    assertThat(out).contains("published 4 action line tables, 68 outcomes to roadmaps-2024.docx");
    assertThat(Files.readAllBytes(document)).startsWith('P', 'K');
    assertThat(RoadmapWordDocument.importDocument(document).getRoadmap().outcomes())
        .extracting(o -> o.getStatement()).containsExactlyElementsOf(roadmap.outcomes().stream().map(o -> o.getStatement()).toList());
  }

  @Test
  void main_documentArgument_publishesThe2024Roadmaps() throws Exception {
    Path document = dir.resolve("main.docx");

    StdOut.of(() -> WordPublicationExample.main(new String[] {document.toString()}));

    assertThat(RoadmapWordDocument.importDocument(document).getRoadmap().getId()).isEqualTo(WsisRoadmaps.edition2024().getId());
  }
}
