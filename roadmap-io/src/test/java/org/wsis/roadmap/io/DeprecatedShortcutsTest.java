package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/**
 * The deprecated static shortcuts of {@link RoadmapJson}, {@link RoadmapYaml} and {@link RoadmapJsonLines}
 * still work: one test per deprecated method, each reading or writing what the format objects of {@link
 * RoadmapFormat} read and write. Every other test uses the format objects.
 */
@SuppressWarnings("deprecation")
final class DeprecatedShortcutsTest {
  private static final Roadmap SAMPLE = SampleRoadmaps.small();
  private static final ReadLimits LIMITS = ReadLimits.builder().maxStringLength(100_000).build();

  @TempDir
  Path dir;

  private static String text(RoadmapFormat format) {
    return format.writer().toString(SAMPLE);
  }

  private Path file(RoadmapFormat format) throws IOException {
    return Files.writeString(dir.resolve("roadmap." + format.getExtensions().get(0)), text(format));
  }

  private static InputStream stream(RoadmapFormat format) {
    return new ByteArrayInputStream(format.writer().toBytes(SAMPLE));
  }

  private static List<Outcome> outcomes(OutcomeLineReader lines) {
    List<Outcome> outcomes = new ArrayList<>();
    lines.forEachRemaining(line -> line.getOutcome().ifPresent(outcomes::add));
    return outcomes;
  }

  @Test
  void json_readPathWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.read(file(RoadmapFormat.json()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void json_readStreamWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.read(stream(RoadmapFormat.json()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void json_readReader_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.read(new StringReader(text(RoadmapFormat.json())))).isEqualTo(SAMPLE);
  }

  @Test
  void json_readReaderWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.read(new StringReader(text(RoadmapFormat.json())), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void json_readStringWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.read(text(RoadmapFormat.json()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void json_readLenientPathWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.readLenient(file(RoadmapFormat.json()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void json_readLenientStreamWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.readLenient(stream(RoadmapFormat.json()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void json_readLenientReader_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.readLenient(new StringReader(text(RoadmapFormat.json()))).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void json_readLenientReaderWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.readLenient(new StringReader(text(RoadmapFormat.json())), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void json_readLenientStringWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJson.readLenient(text(RoadmapFormat.json()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void json_writeWriter_writesWhatTheFormatWrites() throws IOException {
    StringWriter out = new StringWriter();
    RoadmapJson.write(SAMPLE, out);
    assertThat(out.toString()).isEqualTo(text(RoadmapFormat.json()));
  }

  @Test
  void yaml_readPathWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.read(file(RoadmapFormat.yaml()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readStreamWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.read(stream(RoadmapFormat.yaml()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readReader_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.read(new StringReader(text(RoadmapFormat.yaml())))).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readReaderWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.read(new StringReader(text(RoadmapFormat.yaml())), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readStringWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.read(text(RoadmapFormat.yaml()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readLenientPathWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.readLenient(file(RoadmapFormat.yaml()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readLenientStreamWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.readLenient(stream(RoadmapFormat.yaml()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readLenientReader_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.readLenient(new StringReader(text(RoadmapFormat.yaml()))).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readLenientReaderWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.readLenient(new StringReader(text(RoadmapFormat.yaml())), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_readLenientStringWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapYaml.readLenient(text(RoadmapFormat.yaml()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void yaml_writeWriter_writesWhatTheFormatWrites() throws IOException {
    StringWriter out = new StringWriter();
    RoadmapYaml.write(SAMPLE, out);
    assertThat(out.toString()).isEqualTo(text(RoadmapFormat.yaml()));
  }

  @Test
  void jsonLines_readPathWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.read(file(RoadmapFormat.jsonLines()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readStreamWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.read(stream(RoadmapFormat.jsonLines()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readReader_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.read(new StringReader(text(RoadmapFormat.jsonLines())))).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readReaderWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.read(new StringReader(text(RoadmapFormat.jsonLines())), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readStringWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.read(text(RoadmapFormat.jsonLines()), LIMITS)).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readLenientPathWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.readLenient(file(RoadmapFormat.jsonLines()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readLenientReader_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.readLenient(new StringReader(text(RoadmapFormat.jsonLines()))).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readLenientReaderWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.readLenient(new StringReader(text(RoadmapFormat.jsonLines())), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_readLenientStringWithLimits_readsTheRoadmap() throws IOException {
    assertThat(RoadmapJsonLines.readLenient(text(RoadmapFormat.jsonLines()), LIMITS).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void jsonLines_writeWriter_writesWhatTheFormatWrites() throws IOException {
    StringWriter out = new StringWriter();
    RoadmapJsonLines.write(SAMPLE, out);
    assertThat(out.toString()).isEqualTo(text(RoadmapFormat.jsonLines()));
  }

  @Test
  void json_writeCompact_writesWhatTheCompactWriterWrites() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RoadmapJson.writeCompact(SAMPLE, out);
    assertThat(out.toByteArray()).isEqualTo(RoadmapFormat.json().writer().compact().toBytes(SAMPLE));
  }

  @Test
  void jsonLines_openPathWithLimits_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.open(file(RoadmapFormat.jsonLines()), LIMITS)) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openStreamWithLimits_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.open(stream(RoadmapFormat.jsonLines()), LIMITS)) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openReader_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.open(new StringReader(text(RoadmapFormat.jsonLines())))) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openReaderWithLimits_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.open(new StringReader(text(RoadmapFormat.jsonLines())), LIMITS)) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openLenientPath_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.openLenient(file(RoadmapFormat.jsonLines()))) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openLenientPathWithLimits_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.openLenient(file(RoadmapFormat.jsonLines()), LIMITS)) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openLenientReader_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.openLenient(new StringReader(text(RoadmapFormat.jsonLines())))) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openLenientReaderWithLimits_readsTheOutcomesLineByLine() throws IOException {
    try (OutcomeLineReader lines = RoadmapJsonLines.openLenient(new StringReader(text(RoadmapFormat.jsonLines())), LIMITS)) {
      assertThat(outcomes(lines)).isEqualTo(SAMPLE.outcomes());
    }
  }

  @Test
  void jsonLines_openWriter_writesWhatTheFormatWrites() throws IOException {
    StringWriter out = new StringWriter();
    try (OutcomeLineWriter writer = RoadmapJsonLines.openWriter(SAMPLE, out)) {
      writer.writeAll(SAMPLE);
    }
    assertThat(out.toString()).isEqualTo(text(RoadmapFormat.jsonLines()));
  }
}
