package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;

final class RoadmapJsonTest {

  @Test
  void read_writtenSample_equalsSample() {
    Roadmap sample = SampleRoadmaps.small();
    String json = RoadmapJson.toString(sample);
    System.out.println(RoadmapCsv.toOutcomesString(sample));
    System.out.println(RoadmapCsv.toSdgLinksString(sample));
    System.out.println(RoadmapJsonLines.toString(sample));
    assertThat(RoadmapJson.read(json)).isEqualTo(sample);
    assertThat(RoadmapJson.read(RoadmapJson.toCompactString(sample))).isEqualTo(sample);
  }
}
