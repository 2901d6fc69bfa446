package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;

final class ReadWriteFormatsExampleTest {
  @TempDir
  Path dir;

  @Test
  void roundTrip_bundledRoadmaps_readBackEqualFromEveryLosslessFormat() {
    Roadmap roadmap = GetRoadmapsExample.edition2024();

    assertThat(ReadWriteFormatsExample.roundTrip(roadmap, dir)).containsExactly(roadmap, roadmap, roadmap);
    assertThat(dir.resolve("outcomes.csv")).isRegularFile();
  }

  @Test
  void main_printsThatEveryFormatReadsBackEqual() {
    String out = StdOut.of(() -> ReadWriteFormatsExample.main(new String[] {dir.toString()}));

    assertThat(out).isEqualTo("json true, yaml true, jsonl true" + System.lineSeparator());
  }
}
