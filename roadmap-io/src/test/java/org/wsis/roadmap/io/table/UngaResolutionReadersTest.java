package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.UngaResolution;
import org.wsis.roadmap.io.OutcomeRow;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapYaml;

/** UN General Assembly resolution symbols typed by the document importer and kept by every format. */
final class UngaResolutionReadersTest {
  private static final String CELL = "Resolution 70/1 Kigali Resolution (2022): PP-14 Resolution 123, WTSA-20 Resolution 44,";
  private static final String WSIS20 = "A/RES/80/173 (2025); A/RES/70/125*; A/RES/S-27/2";
  private static final OutcomeId C2_GT_A = OutcomeId.parse("C2.GT.A");

  private static Roadmap imported() throws IOException {
    String text = DocumentParserTest.Documents.text2024();
    assertThat(text).contains(CELL);
    return RoadmapTableImporter.create().importText(text.replace(CELL, WSIS20), "wsis20.txt").getRoadmap();
  }

  private static void assertTyped(List<Reference> references) {
    assertThat(references).extracting(Reference::getRaw)
        .containsExactly("A/RES/80/173 (2025)", "A/RES/70/125*", "A/RES/S-27/2");
    assertThat(references.get(0)).isInstanceOfSatisfying(ResolutionRef.class, ref -> {
      assertThat(ref.getUngaResolutions()).containsExactly(UngaResolution.of(80, 173));
      assertThat(ref.getYear()).contains(2025);
    });
    assertThat(references.get(1)).isInstanceOfSatisfying(ResolutionRef.class,
        ref -> assertThat(ref.getUngaResolutions()).containsExactly(UngaResolution.of(70, 125)));
    assertThat(references.get(2)).isInstanceOf(TextRef.class);
  }

  @Test
  void importer_wsis20Symbols_areTypedWithSessionAndNumber_specialSessionKeptAsText() throws IOException {
    Outcome outcome = imported().findOutcome(C2_GT_A).orElseThrow();

    assertTyped(outcome.getReferences());
  }

  @Test
  void jsonYamlJsonLines_roundTrip_keepTheTypedResolutions() throws IOException {
    Roadmap roadmap = imported();

    for (Roadmap read : List.of(RoadmapJson.read(RoadmapJson.toString(roadmap)), RoadmapYaml.read(RoadmapYaml.toString(roadmap)),
        RoadmapJsonLines.read(RoadmapJsonLines.toString(roadmap)))) {
      assertThat(read).isEqualTo(roadmap);
      assertTyped(read.findOutcome(C2_GT_A).orElseThrow().getReferences());
    }
  }

  @Test
  void csv_referencesColumn_readsBackToTheSameTypedResolutions() throws IOException {
    Roadmap roadmap = imported();

    List<OutcomeRow> rows = RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(roadmap));
    OutcomeRow row = rows.stream().filter(r -> r.getId().equals(C2_GT_A)).findFirst().orElseThrow();

    assertThat(rows).isEqualTo(OutcomeRow.allOf(roadmap));
    assertTyped(row.getReferences().stream().flatMap(raw -> Reference.readAll(raw).stream()).toList());
  }
}
