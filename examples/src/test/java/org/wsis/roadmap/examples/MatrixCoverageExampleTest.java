package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.io.WsisRoadmaps;

final class MatrixCoverageExampleTest {
  private final Roadmap edition = WsisRoadmaps.edition2024();

  @Test
  void addressedTargets_c5_everyMatrixTargetBut8_1() {
    assertThat(MatrixCoverageExample.addressedTargets(edition, ActionLine.C5)).hasSize(14).doesNotContain(SdgTarget.parse("8.1"));
    assertThat(MatrixCoverageExample.addressedTargets(edition, ActionLine.C11)).isEmpty();
  }

  @Test
  void outsideLinks_c4_goals8_9_10() {
    assertThat(MatrixCoverageExample.outsideLinks(edition, ActionLine.C4))
        .containsExactly("8 C4.GT.B", "9 C4.GT.A C4.GT.F", "10 C4.GT.A C4.GT.D");
    assertThat(MatrixCoverageExample.outsideLinks(edition, ActionLine.C2)).isEmpty();
  }

  @Test
  void main_printsTheCoverageOfEachActionLine() {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      MatrixCoverageExample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("[1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8]"
        + System.lineSeparator() + "[8.1]" + System.lineSeparator() + "WSIS-SDG Matrix coverage\nC2  matrix goals: 1, 8, 9, 11\n")
        .contains("C6  matrix goals: ");
  }
}
