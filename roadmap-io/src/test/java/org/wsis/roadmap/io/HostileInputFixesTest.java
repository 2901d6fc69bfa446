package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader fixes for inputs of the hostile-input corpus, one test each. */
final class HostileInputFixesTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  private static byte[] withBadByte(String text) {
    byte[] body = text.replace("Promote", "Pro#mote").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < body.length; i++) {
      if (body[i] == '#') {
        body[i] = (byte) 0xFF;
      }
    }
    return body;
  }

  @Test
  void read_metricValueWithHugeExponent_throwsInsteadOfExhaustingMemoryOnWrite() {
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"value\": 80", "\"value\": 8e999999999");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getMessage()).contains("at most 100 digits when written out").contains("8e999999999");
    assertThat(e.getPointer()).endsWith("/metric/value");
  }

  @Test
  void read_metricValueWithManyDecimals_throws() {
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"value\": 80", "\"value\": 8e-999");
    assertThat(catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json)).getPointer())
        .endsWith("/metric/value");
  }

  @Test
  void read_metricValueOfOrdinarySize_isKept() {
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"value\": 80", "\"value\": 8.5e3");
    assertThat(RoadmapJson.read(json).outcomes().get(0).getResults().getAchievements().get(0).getMetric().get()
        .getValue()).isEqualByComparingTo("8500");
  }

  @Test
  void readOutcomes_csvWithByteOrderMark_readsLikeWithout() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small());
    List<OutcomeRow> rows = RoadmapCsv.readOutcomes(new ByteArrayInputStream(withBom(csv)));
    assertThat(rows).isEqualTo(RoadmapCsv.readOutcomes(csv));
  }

  @Test
  void readOutcomes_csvWithInvalidUtf8_throwsWithLocation() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small());
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapCsv.readOutcomes(new ByteArrayInputStream(withBadByte(csv))));
    assertThat(e.getMessage()).contains("not valid UTF-8").contains("line ");
  }

  @Test
  void read_jsonLinesWithByteOrderMark_readsLikeWithout() {
    String jsonl = RoadmapJsonLines.toString(SampleRoadmaps.small());
    assertThat(RoadmapJsonLines.read(new ByteArrayInputStream(withBom(jsonl)))).isEqualTo(RoadmapJsonLines.read(jsonl));
  }

  @Test
  void read_jsonLinesWithInvalidUtf8_throwsWithLocation() {
    String jsonl = RoadmapJsonLines.toString(SampleRoadmaps.small());
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapJsonLines.read(new ByteArrayInputStream(withBadByte(jsonl))));
    assertThat(e.getMessage()).contains("not valid UTF-8");
    assertThat(e.getLine()).isPositive();
  }

  @Test
  void read_yamlAlias_throwsInsteadOfReadingTheAnchorName() {
    String yaml = RoadmapYaml.toString(SampleRoadmaps.small())
        .replace("- \"A small roadmap for tests.\"", "- &t \"A small roadmap for tests.\"\n- *t");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapYaml.read(yaml));
    assertThat(e.getMessage()).contains("YAML aliases are not supported, but found *t");
    assertThat(e.getLine()).isEqualTo(9);
  }

  @Test
  void readOutcomes_csvWithCrlfLineEndings_keepsLfInsideMultiLineCells() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small());
    assertThat(RoadmapCsv.readOutcomes(csv.replace("\n", "\r\n"))).isEqualTo(RoadmapCsv.readOutcomes(csv));
  }
}
