package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/** The optional GDC links of an outcome, through every format. */
final class GdcLinksTest {

  /** The sample roadmap, its first outcome linked to GDC objectives 3 and 1. */
  static Roadmap withGdcLinks() {
    Roadmap sample = SampleRoadmaps.small();
    ActionLineRoadmap line = sample.getActionLines().get(0);
    Outcome first = line.getOutcomes().get(0).withGdcLinks(GdcObjective.of(3), GdcObjective.of(1));
    List<Outcome> outcomes = new java.util.ArrayList<>(line.getOutcomes());
    outcomes.set(0, first);
    List<ActionLineRoadmap> lines = new java.util.ArrayList<>(sample.getActionLines());
    lines.set(0, line.withOutcomes(outcomes));
    return sample.withActionLines(lines);
  }

  @Test
  void json_yaml_jsonLines_roundTrip_keepGdcLinks() {
    Roadmap roadmap = withGdcLinks();
    assertThat(RoadmapJson.toCompactString(roadmap)).contains("\"gdcLinks\":[3,1]");
    assertThat(RoadmapJson.read(RoadmapJson.toString(roadmap))).isEqualTo(roadmap);
    assertThat(RoadmapYaml.read(RoadmapYaml.toString(roadmap))).isEqualTo(roadmap);
    assertThat(RoadmapJsonLines.read(RoadmapJsonLines.toString(roadmap))).isEqualTo(roadmap);
  }

  @Test
  void writers_roadmapWithoutGdcLinks_writeNoGdcProperty() {
    Roadmap sample = SampleRoadmaps.small();
    assertThat(RoadmapJson.toString(sample)).doesNotContain("gdcLinks");
    assertThat(RoadmapCsv.toOutcomesString(sample)).doesNotContain("gdcLinks");
  }

  @Test
  void csv_flatTable_keepsGdcLinksInItsLastColumn() {
    Roadmap roadmap = withGdcLinks();
    String csv = RoadmapCsv.toOutcomesString(roadmap);
    assertThat(csv).contains(String.join(",", RoadmapCsv.OUTCOME_COLUMNS_WITH_GDC));
    List<OutcomeRow> rows = RoadmapCsv.readOutcomes(csv);
    assertThat(rows).isEqualTo(OutcomeRow.allOf(roadmap));
    assertThat(rows.get(0).getGdcLinks()).containsExactly(GdcObjective.of(3), GdcObjective.of(1));
    assertThat(rows.get(1).getGdcLinks()).isEmpty();
  }

  @Test
  void csv_gdcCellNotANumber_failsAtTheCell() {
    String csv = RoadmapCsv.toOutcomesString(withGdcLinks()).replace(",\"3, 1\"\n", ",\"3, x\"\n");
    assertThat(csv).contains("3, x");
    assertThatThrownBy(() -> RoadmapCsv.readOutcomes(csv)).isInstanceOfSatisfying(RoadmapReadException.class, e -> {
      assertThat(e.getMessage()).contains("`gdcLinks`").contains("objective's number");
      assertThat(e.getProblem().getPointer()).isEqualTo("/1/gdcLinks");
    });
  }

  @Test
  void json_objectiveTheCompactLacks_isReadForValidationToReport() {
    String json = RoadmapJson.toCompactString(withGdcLinks()).replace("\"gdcLinks\":[3,1]", "\"gdcLinks\":[6]");
    Roadmap read = RoadmapJson.read(json);
    GdcObjective six = read.getActionLines().get(0).getOutcomes().get(0).getGdcLinks().get(0);
    assertThat(six.isKnown()).isFalse();
  }

  @Test
  void json_objectiveNotANumber_failsWithItsPointer() {
    String json = RoadmapJson.toCompactString(withGdcLinks()).replace("\"gdcLinks\":[3,1]", "\"gdcLinks\":[3,\"GDC 1\"]");
    assertThatThrownBy(() -> RoadmapJson.read(json)).isInstanceOfSatisfying(RoadmapReadException.class, e -> {
      assertThat(e.getProblem().getPointer()).isEqualTo("/actionLines/0/outcomes/0/gdcLinks/1");
      assertThat(e.getMessage()).contains("whole number from 1 to 99");
    });
  }
}
