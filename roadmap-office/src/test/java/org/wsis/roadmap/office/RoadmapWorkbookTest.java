package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;

final class RoadmapWorkbookTest {
  @Test
  void readOfWritten_bundledEdition_equalsAndSameCanonicalJson() {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    byte[] bytes = RoadmapWorkbook.toBytes(roadmap);
    Roadmap back = RoadmapWorkbook.read(new ByteArrayInputStream(bytes));
    assertThat(RoadmapJson.toString(back)).isEqualTo(RoadmapJson.toString(roadmap));
    assertThat(back).isEqualTo(roadmap);
  }

  @Test
  void write_twice_sameBytes() {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    byte[] first = RoadmapWorkbook.toBytes(roadmap);
    byte[] second = RoadmapWorkbook.toBytes(roadmap);
    assertThat(java.util.Arrays.equals(first, second)).as("same bytes").isTrue();
  }
}
