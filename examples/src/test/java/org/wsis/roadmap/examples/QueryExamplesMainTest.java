package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class QueryExamplesMainTest {

  private static String run(Runnable main) {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sdgCoverageExample_main_printsTheTableOfThe2024Edition() {
    assertThat(run(() -> SdgCoverageExample.main(new String[0])))
        .contains("C5    14   .   .   6   5   .  11   .  20   .  11   .   .   .   .   8  13  21/21 (100%)\n")
        .endsWith("Goals no outcome covers: 2, 3, 6, 12, 13, 14, 15\n");
  }

  @Test
  void queryRoadmapExample_main_printsEachAnswer() {
    assertThat(run(() -> QueryRoadmapExample.main(new String[0])))
        .contains("WTDC 45: C5.GT.A1 C5.GT.A2 ")
        .contains("active in 2026: C2.GT.D C4.GT.A C4.GT.B C4.GT.C C4.GT.D C4.GT.E\n")
        .contains("IPv6: C2.GT.B C2.GT.F C2.GT.J\n");
  }

  @Test
  void roadmapStatisticsExample_main_printsTheCounts() {
    assertThat(run(() -> RoadmapStatisticsExample.main(new String[0]))).startsWith("Outcomes: 68\n");
  }

  @Test
  void roadmapDiffExample_main_editionWithItself_noChanges() {
    assertThat(run(() -> RoadmapDiffExample.main(new String[0]))).endsWith("No changes.\n");
  }
}
