package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.Errata;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapTableImporter;

/** Publication then import of the bundled 2024 roadmaps, and of the 2024 edition as printed with its errata. */
final class WordRoundTripTest {
  private static final Roadmap EDITION = WsisRoadmaps.edition2024();

  private static InputStream resource(String name) {
    return WsisRoadmaps.class.getResourceAsStream(name);
  }

  private static Errata errata() {
    try (InputStream in = resource(WsisRoadmaps.EDITION_2024_ERRATA_RESOURCE)) {
      return Errata.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImportResult textImport(RoadmapTableImporter importer) {
    try (InputStream in = resource(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      return importer.importStream(in, "wsis-action-lines-roadmaps-2024-10-11.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImportResult wordImport(Roadmap roadmap, RoadmapTableImporter importer) {
    return RoadmapWordDocument.importDocument(new ByteArrayInputStream(RoadmapWordDocument.toBytes(roadmap)), "2024.docx", importer);
  }

  @Test
  void importOfPublished_edition2024_all68OutcomesEqualButForSourceLocations() {
    Roadmap back = wordImport(EDITION, RoadmapTableImporter.create()).getRoadmap();
    List<Outcome> outcomes = RoadmapWordDocumentPropertiesTest.withoutSources(back).outcomes();
    assertThat(outcomes).hasSize(68).containsExactlyElementsOf(RoadmapWordDocumentPropertiesTest.withoutSources(EDITION).outcomes());
    assertThat(RoadmapWordDocumentPropertiesTest.withoutSources(back)).isEqualTo(RoadmapWordDocumentPropertiesTest.withoutSources(EDITION));
    assertThat(back.outcomes()).allSatisfy(o -> assertThat(o.getSource()).isPresent());
  }

  @Test
  void importOfPublished_printedEdition2024WithErrata_sameRoadmapAndErrataAsTheTextImport() {
    Roadmap printed = textImport(RoadmapTableImporter.create()).getRoadmap();
    ImportResult text = textImport(RoadmapTableImporter.create().withErrata(errata()));
    ImportResult word = wordImport(printed, RoadmapTableImporter.create().withErrata(errata()));
    assertThat(RoadmapWordDocumentPropertiesTest.withoutSources(word.getRoadmap()))
        .isEqualTo(RoadmapWordDocumentPropertiesTest.withoutSources(EDITION));
    assertThat(word.getReport().getIssues()).filteredOn(i -> i.getKind() == ImportIssue.Kind.ERRATUM_APPLIED)
        .extracting(i -> i.getOutcome() + " " + i.getText() + " " + i.getMessage())
        .containsExactlyInAnyOrderElementsOf(text.getReport().getIssues().stream()
            .filter(i -> i.getKind() == ImportIssue.Kind.ERRATUM_APPLIED)
            .map(i -> i.getOutcome() + " " + i.getText() + " " + i.getMessage()).toList());
  }

  @Test
  void importOfPublished_printedEdition2024WithoutErrata_keepsThePrintedLabel() {
    Roadmap printed = textImport(RoadmapTableImporter.create()).getRoadmap();
    Roadmap word = wordImport(printed, RoadmapTableImporter.create()).getRoadmap();
    assertThat(RoadmapWordDocumentPropertiesTest.withoutSources(word)).isEqualTo(RoadmapWordDocumentPropertiesTest.withoutSources(printed))
        .isNotEqualTo(RoadmapWordDocumentPropertiesTest.withoutSources(EDITION));
  }
}
