package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.internal.LibraryVersion;

/**
 * The hand-made sample roadmap in every format, compared byte for byte with the files under
 * {@code src/test/resources/golden}. Regenerate with {@code -Droadmap.regenerate=true} after an
 * intended format change, and review the diff. In the CSV files, {@code @VERSION@} stands for the
 * library version.
 */
final class GoldenFilesTest {
  private static final Roadmap SAMPLE = SampleRoadmaps.small();

  @Test
  void json_sample_matchesGoldenBytes() throws IOException {
    byte[] golden = golden("sample.json", RoadmapJson.toBytes(SAMPLE));
    assertThat(RoadmapJson.toBytes(SAMPLE)).isEqualTo(golden);
    assertThat(RoadmapJson.read(new String(golden, StandardCharsets.UTF_8))).isEqualTo(SAMPLE);
  }

  @Test
  void compactJson_sample_matchesGoldenBytes() throws IOException {
    byte[] golden = golden("sample.compact.json", RoadmapJson.toCompactString(SAMPLE).getBytes(StandardCharsets.UTF_8));
    assertThat(RoadmapJson.toCompactString(SAMPLE).getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
  }

  @Test
  void yaml_sample_matchesGoldenBytes() throws IOException {
    byte[] golden = golden("sample.yaml", RoadmapYaml.toBytes(SAMPLE));
    assertThat(RoadmapYaml.toBytes(SAMPLE)).isEqualTo(golden);
    assertThat(RoadmapYaml.read(new String(golden, StandardCharsets.UTF_8))).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_sample_matchesGoldenBytes() throws IOException {
    byte[] written = RoadmapJsonLines.toString(SAMPLE).getBytes(StandardCharsets.UTF_8);
    byte[] golden = golden("sample.jsonl", written);
    assertThat(written).isEqualTo(golden);
    assertThat(RoadmapJsonLines.read(new String(golden, StandardCharsets.UTF_8))).isEqualTo(SAMPLE);
  }

  @Test
  void csvOutcomes_sample_matchesGoldenText() throws IOException {
    String written = RoadmapCsv.toOutcomesString(SAMPLE);
    String golden = goldenText("sample.outcomes.csv", written);
    assertThat(written).isEqualTo(golden);
    assertThat(RoadmapCsv.readOutcomes(golden)).isEqualTo(OutcomeRow.allOf(SAMPLE));
  }

  @Test
  void csvSdgLinks_sample_matchesGoldenText() throws IOException {
    String written = RoadmapCsv.toSdgLinksString(SAMPLE);
    assertThat(written).isEqualTo(goldenText("sample.sdg-links.csv", written));
  }

  private static String goldenText(String name, String written) throws IOException {
    String stored = new String(golden(name, written.replace(LibraryVersion.get(), "@VERSION@")
        .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    return stored.replace("@VERSION@", LibraryVersion.get());
  }

  private static byte[] golden(String name, byte[] written) throws IOException {
    if (Boolean.getBoolean("roadmap.regenerate")) {
      Path file = Path.of("src/test/resources/golden", name);
      Files.write(file, written);
      return Files.readAllBytes(file); // the class-path copy is the old file until the next build
    }
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
