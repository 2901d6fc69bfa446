package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;

final class RoadmapFormatTest {
  private static final Roadmap SAMPLE = SampleRoadmaps.small();
  private static final List<RoadmapFormat> LOSSLESS =
      List.of(RoadmapFormat.json(), RoadmapFormat.yaml(), RoadmapFormat.jsonLines());

  @Test
  void all_builtInFirstThenProvided_skipsAProvidedFormatsTakenExtension() {
    assertThat(RoadmapFormat.all()).extracting(RoadmapFormat::getId).containsExactly("json", "yaml", "csv", "jsonl", "jsonld", "count");
    assertThat(RoadmapFormat.byName("count")).get().isInstanceOf(OutcomeCountFormat.class);
    assertThat(RoadmapFormat.byName("shadow")).isEmpty();
    assertThat(RoadmapFormat.byName("yml")).contains(RoadmapFormat.yaml());
  }

  @Test
  void byName_idOrExtensionInAnyCase_findsTheFormat() {
    assertThat(RoadmapFormat.byName("YML")).contains(RoadmapFormat.yaml());
    assertThat(RoadmapFormat.byName(".ndjson")).contains(RoadmapFormat.jsonLines());
    assertThat(RoadmapFormat.byName("jsonl")).contains(RoadmapFormat.jsonLines());
    assertThat(RoadmapFormat.byName("xml")).isEmpty();
  }

  @Test
  void byPath_extension_findsTheFormat() {
    assertThat(RoadmapFormat.byPath(Path.of("dir", "draft.YAML"))).contains(RoadmapFormat.yaml());
    assertThat(RoadmapFormat.byPath(Path.of("outcomes.csv"))).contains(RoadmapFormat.csv());
    assertThat(RoadmapFormat.byPath(Path.of("README"))).isEmpty();
    assertThat(RoadmapFormat.byPath(Path.of("notes.txt"))).isEmpty();
  }

  @Test
  void constructor_badId_throws() {
    assertThatThrownBy(() -> new RoadmapFormat("Bad Id", List.of("x")) {
      @Override
      protected void write(Roadmap roadmap, java.io.OutputStream out, RoadmapWriter options) {}
    }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Bad Id'");
  }

  @Test
  void writerAndReader_everySourceAndTarget_roundTripLosslessFormats(@TempDir Path dir) {
    for (RoadmapFormat format : LOSSLESS) {
      RoadmapWriter writer = format.writer();
      RoadmapReader reader = format.reader();
      byte[] bytes = writer.toBytes(SAMPLE);
      String text = writer.toString(SAMPLE);
      Path file = dir.resolve("roadmap." + format.getExtensions().get(0));
      writer.write(SAMPLE, file);
      StringWriter chars = new StringWriter();
      writer.write(SAMPLE, chars);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      writer.write(SAMPLE, stream);

      assertThat(new String(bytes, StandardCharsets.UTF_8)).as(format.getId()).isEqualTo(text).isEqualTo(chars.toString());
      assertThat(stream.toByteArray()).isEqualTo(bytes);
      assertThat(reader.read(bytes).getRoadmap()).as(format.getId()).isEqualTo(SAMPLE);
      assertThat(reader.read(text).getRoadmap()).isEqualTo(SAMPLE);
      assertThat(reader.read(file).getRoadmap()).isEqualTo(SAMPLE);
      assertThat(reader.read(new ByteArrayInputStream(bytes)).getRoadmap()).isEqualTo(SAMPLE);
      assertThat(reader.read(new StringReader(text)).getRoadmap()).isEqualTo(SAMPLE);
    }
  }

  @Test
  void writer_sameAsTheStaticShortcuts() {
    assertThat(RoadmapFormat.json().writer().toString(SAMPLE)).isEqualTo(RoadmapJson.toString(SAMPLE));
    assertThat(RoadmapFormat.json().writer().compact().toString(SAMPLE)).isEqualTo(RoadmapJson.toCompactString(SAMPLE));
    assertThat(RoadmapFormat.yaml().writer().toString(SAMPLE)).isEqualTo(RoadmapYaml.toString(SAMPLE));
    assertThat(RoadmapFormat.jsonLines().writer().toString(SAMPLE)).isEqualTo(RoadmapJsonLines.toString(SAMPLE));
    assertThat(RoadmapFormat.csv().writer().toString(SAMPLE)).isEqualTo(RoadmapCsv.toOutcomesString(SAMPLE));
  }

  @Test
  void compact_json_hasNoWhiteSpaceAndPrettyHas() {
    assertThat(RoadmapFormat.json().writer().compact().toString(SAMPLE)).doesNotContain("\n").startsWith("{\"schemaVersion\":");
    assertThat(RoadmapFormat.json().writer().compact().pretty().toString(SAMPLE)).endsWith("}\n");
  }

  @Test
  void csv_toBytes_readsBackAsARoadmapNamedAfterItsSource(@TempDir Path dir) throws Exception {
    byte[] bytes = RoadmapFormat.csv().writer().toBytes(SAMPLE);
    Path file = Files.write(dir.resolve("draft.csv"), bytes);

    Roadmap fromBytes = RoadmapFormat.csv().reader().read(bytes).getRoadmap();
    Roadmap fromFile = RoadmapFormat.csv().reader().read(file).getRoadmap();

    assertThat(fromBytes.getId()).isEqualTo("outcomes");
    assertThat(fromBytes.getTitle()).isEqualTo("outcomes.csv");
    assertThat(fromFile.getId()).isEqualTo("draft");
    assertThat(fromFile.getStatus()).isEqualTo(RoadmapStatus.DRAFT);
    assertThat(fromFile.getActionLines().get(0).getActionLine()).isEqualTo(SAMPLE.getActionLines().get(0).getActionLine());
    assertThat(fromFile.outcomes()).extracting(o -> o.getId().toString())
        .containsExactlyElementsOf(SAMPLE.outcomes().stream().map(o -> o.getId().toString()).toList());
    assertThat(RoadmapFormat.csv().getFieldsNotKept()).isEqualTo(RoadmapCsv.FIELDS_NOT_KEPT);
    assertThat(RoadmapFormat.json().getFieldsNotKept()).isEmpty();
  }

  @Test
  void lenient_jsonLinesFromAStream_skipsTheBadLineAndReportsIt() {
    String text = RoadmapJsonLines.toString(SAMPLE);
    String broken = text.substring(0, text.indexOf('\n') + 1) + "{not json\n" + text.substring(text.indexOf('\n') + 1);
    ByteArrayInputStream in = new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8));

    ReadResult result = RoadmapFormat.jsonLines().reader().lenient().read(in);

    assertThat(result.getRoadmap()).isEqualTo(SAMPLE);
    assertThat(result.getProblems()).singleElement().satisfies(p -> assertThat(p.getLine()).isEqualTo(2));
    assertThatThrownBy(() -> RoadmapFormat.jsonLines().reader().read(broken))
        .isInstanceOf(RoadmapReadException.class).hasMessageContaining("line 2");
  }

  @Test
  void withLimits_smallerDocumentLength_failsWithALocatedProblem() {
    String json = RoadmapJson.toString(SAMPLE);
    RoadmapReader small = RoadmapFormat.json().reader().withLimits(ReadLimits.builder().maxDocumentLength(100).build());

    assertThatThrownBy(() -> small.read(json)).isInstanceOf(RoadmapReadException.class).hasMessageContaining("limit");
    assertThat(RoadmapFormat.json().reader().read(json).getRoadmap()).isEqualTo(SAMPLE);
    assertThat(small.getLimits().getMaxDocumentLength()).isEqualTo(100);
  }

  @Test
  void strictAndLenient_unknownProperty_throwsOrKeepsIt() {
    String json = RoadmapJson.toString(SAMPLE).replaceFirst("\"title\"", "\"colour\": 1, \"title\"");
    RoadmapReader strict = RoadmapFormat.json().reader();

    ReadResult lenient = strict.lenient().read(json);

    assertThatThrownBy(() -> strict.read(json)).isInstanceOf(RoadmapReadException.class).hasMessageContaining("'colour'");
    assertThat(lenient.getProblems()).hasSize(1);
    assertThat(lenient.getRoadmap().getExtensions()).containsEntry("colour", "1");
    assertThat(strict.lenient().strict()).isEqualTo(strict);
    assertThat(strict.lenient().isStrict()).isFalse();
  }

  @Test
  void lines_jsonLines_readsAndWritesOneLineAtATime() {
    StringWriter out = new StringWriter();
    try (OutcomeLineWriter lines = RoadmapFormat.jsonLines().writer().openLines(SAMPLE, out)) {
      lines.writeAll(SAMPLE);
    }
    try (OutcomeLineReader lines = RoadmapFormat.jsonLines().reader().lines(new StringReader(out.toString()))) {
      assertThat(lines.getHeader().getId()).isEqualTo(SAMPLE.getId());
      assertThat(lines.toRoadmap()).isEqualTo(SAMPLE);
    }
  }

  @Test
  void lines_formatWithoutLines_throws() {
    assertThatThrownBy(() -> RoadmapFormat.json().reader().lines(new StringReader("{}")))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("json");
    assertThatThrownBy(() -> RoadmapFormat.yaml().writer().openLines(SAMPLE, new StringWriter()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void writeOnlyBinaryFormat_writesBytesAndRefusesToReadOrWriteText() {
    RoadmapFormat count = RoadmapFormat.byName("count").orElseThrow();

    assertThat(count.writer().toBytes(SAMPLE)).isEqualTo((SAMPLE.outcomes().size() + "\n").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(count::reader).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("write-only");
    assertThatThrownBy(() -> count.writer().toString(SAMPLE)).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("binary");
    assertThat(RoadmapFormat.byPath(Path.of("n.count"))).contains(count);
  }
}
