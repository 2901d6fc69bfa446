package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.io.WsisRoadmaps;

final class SdgIriLinksExampleTest {

  @Test
  void lines_bundled2024_giveEveryLinkItsUnIri() {
    List<String> lines = SdgIriLinksExample.lines(WsisRoadmaps.edition2024());
    long links = WsisRoadmaps.edition2024().outcomes().stream().mapToLong(o -> o.getSdgLinks().size()).sum();
    assertThat(lines).hasSize((int) links).isNotEmpty();
    assertThat(lines).allMatch(line -> line.matches("C[0-9]+\\.\\S+  [0-9.a-z]+  http://metadata\\.un\\.org/sdg/[0-9.a-z]+"));
    assertThat(lines).anyMatch(line -> line.startsWith("C5.") && line.endsWith("  9.c  http://metadata.un.org/sdg/9.c"));
  }

  @Test
  void lines_roadmapWithoutOutcomes_isEmpty() {
    assertThat(SdgIriLinksExample.lines(WsisRoadmaps.edition2024().withActionLines(List.of()))).isEmpty();
  }
}
