package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;

final class BoundedReadsTest {
  private static final Roadmap SAMPLE = SampleRoadmaps.small();
  private static final String JSON = RoadmapJson.toString(SAMPLE);
  private static final String YAML = RoadmapYaml.toString(SAMPLE);
  private static final String JSON_LINES = RoadmapJsonLines.toString(SAMPLE);

  // ------------------------------------------------------------ the value

  @Test
  void defaults_areTheDocumentedConstants() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
    assertThat(limits.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.getMaxNameLength()).isEqualTo(1_000);
    assertThat(limits.getMaxNumberLength()).isEqualTo(100);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(64L << 20);
    assertThat(limits.getMaxJsonLineLength()).isEqualTo(16 << 20);
    assertThat(limits.getMaxJsonLinesLength()).isEqualTo(64L << 20);
    assertThat(limits.getMaxJsonLines()).isEqualTo(100_000);
    assertThat(limits.getMaxYamlCodePoints()).isEqualTo(16 << 20);
    assertThat(limits.getMaxYamlRunLength()).isEqualTo(20_000);
    assertThat(limits.getMaxTextLines()).isEqualTo(1_000_000);
    assertThat(ReadLimits.builder().build()).isEqualTo(limits).hasSameHashCodeAs(limits);
  }

  @Test
  void builder_changesOneLimitAndKeepsTheOthers() {
    ReadLimits small = ReadLimits.builder().maxDocumentLength(1_000).build();
    assertThat(small.getMaxDocumentLength()).isEqualTo(1_000);
    assertThat(small).isNotEqualTo(ReadLimits.defaults());
    assertThat(small.toBuilder().maxDocumentLength(ReadLimits.MAX_DOCUMENT_LENGTH).build()).isEqualTo(ReadLimits.defaults());
    assertThat(small.toString()).contains("maxDocumentLength=1000");
  }

  @Test
  void builder_zero_throwsNamingTheLimit() {
    assertThatThrownBy(() -> ReadLimits.builder().maxJsonLines(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxJsonLines must be at least 1, but was 0");
  }

  // ------------------------------------------------------------ lower limits are honoured by each reader

  @Test
  void readJson_documentLimit_isHonouredForEveryInputKind(@TempDir Path dir) throws IOException {
    ReadLimits small = ReadLimits.builder().maxDocumentLength(JSON.length() - 10).build();
    Path file = Files.writeString(dir.resolve("r.json"), JSON);
    assertThat(RoadmapFormat.json().reader().withLimits(ReadLimits.builder().maxDocumentLength(JSON.length()).build()).read(JSON).getRoadmap()).isEqualTo(SAMPLE);
    for (ThrowingRead read : new ThrowingRead[] {
        () -> RoadmapFormat.json().reader().withLimits(small).read(JSON),
        () -> RoadmapFormat.json().reader().withLimits(small).read(file),
        () -> RoadmapFormat.json().reader().withLimits(small).read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))),
        () -> RoadmapFormat.json().reader().withLimits(small).read(JSON.getBytes(StandardCharsets.UTF_8)),
        () -> RoadmapFormat.json().reader().lenient().withLimits(small).read(new java.io.StringReader(JSON))}) {
      RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, read::run);
      assertThat(e.getMessage()).contains("a document may be at most " + (JSON.length() - 10));
      assertThat(e.getLine()).isGreaterThan(1);
      assertThat(e.getColumn()).isGreaterThan(0);
    }
  }

  @Test
  void readCsv_documentLimit_isHonouredForEveryInputKind(@TempDir Path dir) throws IOException {
    String csv = RoadmapCsv.toOutcomesString(SAMPLE);
    ReadLimits small = ReadLimits.builder().maxDocumentLength(csv.length() - 10).build();
    Path file = Files.writeString(dir.resolve("r.csv"), csv);
    assertThat(RoadmapCsv.readOutcomes(csv, ReadLimits.builder().maxDocumentLength(csv.length()).build()))
        .isEqualTo(RoadmapCsv.readOutcomes(csv));
    for (ThrowingRead read : new ThrowingRead[] {
        () -> RoadmapCsv.readOutcomes(csv, small),
        () -> RoadmapCsv.readOutcomes(file, small),
        () -> RoadmapCsv.readOutcomes(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), small),
        () -> RoadmapCsv.readOutcomes(new java.io.StringReader(csv), small)}) {
      RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, read::run);
      assertThat(e.getMessage()).contains("at most " + (csv.length() - 10));
      assertThat(e.getLine()).isGreaterThan(1);
      assertThat(e.getColumn()).isGreaterThan(0);
    }
  }

  @Test
  void readCsvFile_malformedUtf8_isLocatedAtItsLine(@TempDir Path dir) throws IOException {
    byte[] csv = RoadmapCsv.toOutcomesString(SAMPLE).replaceFirst("\n", "\n\u00e9").getBytes(StandardCharsets.UTF_8);
    int at = new String(csv, StandardCharsets.UTF_8).indexOf('\u00e9');
    byte[] bad = csv.clone();
    bad[new String(csv, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("bad.csv"), bad);

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(file));

    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(1);
  }

  @Test
  void readJson_stringLimit_failsAtTheValueWithItsPointer() {
    ReadLimits small = ReadLimits.builder().maxStringLength(20).build();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.json().reader().withLimits(small).read(JSON));
    assertThat(e.getMessage()).contains("exceeds a read limit");
    assertThat(e.getProblem().getPointer()).isNotEmpty();
    assertThat(RoadmapJson.read(JSON)).isEqualTo(SAMPLE);
  }

  @Test
  void readJson_nestingLimit_isHonoured() {
    ReadLimits shallow = ReadLimits.builder().maxNestingDepth(3).build();
    assertThatThrownBy(() -> RoadmapFormat.json().reader().withLimits(shallow).read(JSON)).isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("exceeds a read limit");
  }

  @Test
  void readYaml_documentLimit_failsWithLineAndPointer() {
    ReadLimits small = ReadLimits.builder().maxDocumentLength(YAML.length() / 2).build();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.yaml().reader().withLimits(small).read(YAML));
    assertThat(e.getMessage()).contains("a document may be at most " + YAML.length() / 2 + " characters");
    assertThat(e.getLine()).isGreaterThan(1);
    assertThat(e.getProblem().getPointer()).startsWith("/");
    assertThat(RoadmapYaml.read(YAML)).isEqualTo(SAMPLE);
  }

  @Test
  void readYaml_runLimit_failsWhereTheRunStarts() {
    String yaml = RoadmapYaml.toString(Roadmap.builder().from(SAMPLE).title("x".repeat(50)).build());
    ReadLimits small = ReadLimits.builder().maxYamlRunLength(40).build();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapFormat.yaml().reader().withLimits(small).read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    assertThat(e.getMessage()).contains("at most 40 characters");
    assertThat(e.getLine()).isEqualTo(3);
    assertThat(e.getColumn()).as("the opening quote of the title").isEqualTo(8);
    assertThat(RoadmapFormat.yaml().reader().withLimits(ReadLimits.builder().maxYamlRunLength(52).build()).read(yaml).getRoadmap().getTitle()).hasSize(50);
  }

  @Test
  void readJsonLines_totalLimit_failsAtTheLineThatPassesIt() {
    int total = JSON_LINES.length() - 5;
    ReadLimits small = ReadLimits.builder().maxJsonLinesLength(total).build();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.jsonLines().reader().withLimits(small).read(JSON_LINES));
    assertThat(e.getMessage()).contains("a JSON Lines stream may be at most " + total + " characters long");
    assertThat(e.getLine()).isEqualTo((int) JSON_LINES.lines().count());
    assertThat(RoadmapFormat.jsonLines().reader().withLimits(ReadLimits.builder().maxJsonLinesLength(JSON_LINES.length()).build()).read(JSON_LINES).getRoadmap())
        .isEqualTo(SAMPLE);
  }

  @Test
  void readJsonLines_lineCountLimit_isHonouredByLenientReadsToo() {
    ReadLimits two = ReadLimits.builder().maxJsonLines(2).build();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.jsonLines().reader().lenient().withLimits(two).read(JSON_LINES));
    assertThat(e.getMessage()).contains("at most 2 lines");
    assertThat(e.getLine()).isEqualTo(3);
    assertThat(RoadmapFormat.jsonLines().reader().withLimits(ReadLimits.builder().maxJsonLines(3).build()).read(JSON_LINES).getRoadmap()).isEqualTo(SAMPLE);
  }

  @Test
  void readJsonLines_lineLengthAndStringLimits_areHonoured() {
    ReadLimits shortLines = ReadLimits.builder().maxJsonLineLength(100).build();
    assertThatThrownBy(() -> RoadmapFormat.jsonLines().reader().withLimits(shortLines).read(JSON_LINES)).isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("line 1 is longer than 100 characters");
    ReadLimits shortStrings = ReadLimits.builder().maxStringLength(20).build();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.jsonLines().reader().withLimits(shortStrings).read(JSON_LINES));
    assertThat(e.getMessage()).contains("exceeds a read limit");
    assertThat(e.getProblem().getPointer()).as("the pointer inside the line").startsWith("/roadmap/");
  }

  // ------------------------------------------------------------ decoding errors found as they arrive, with their place

  @Test
  void readJsonLines_malformedUtf8_isLocatedAtItsLineAndColumn() {
    byte[] bytes = (JSON_LINES.substring(0, JSON_LINES.indexOf("Promote")) + "\u0000" + JSON_LINES.substring(JSON_LINES.indexOf("Promote")))
        .getBytes(StandardCharsets.UTF_8);
    int nul = indexOf(bytes, (byte) 0);
    bytes[nul] = (byte) 0xFF;
    int line = (int) JSON_LINES.substring(0, JSON_LINES.indexOf("Promote")).chars().filter(c -> c == '\n').count() + 1;
    int column = JSON_LINES.indexOf("Promote") - JSON_LINES.lastIndexOf('\n', JSON_LINES.indexOf("Promote"));
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapJsonLines.read(new ByteArrayInputStream(bytes)));
    assertThat(e.getMessage()).contains("not valid UTF-8").contains("0xFF");
    assertThat(e.getLine()).isEqualTo(line);
    assertThat(e.getColumn()).isEqualTo(column);
  }

  @Test
  void readYaml_malformedUtf8_isLocatedAtItsLineAndColumn() {
    String before = YAML.substring(0, YAML.indexOf("Promote"));
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = YAML.substring(YAML.indexOf("Promote")).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.write(0xC0);
    out.writeBytes(tail);
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapYaml.read(new ByteArrayInputStream(out.toByteArray())));
    assertThat(e.getMessage()).contains("not valid UTF-8");
    assertThat(e.getLine()).isEqualTo((int) before.chars().filter(c -> c == '\n').count() + 1);
    assertThat(e.getColumn()).isEqualTo(before.length() - before.lastIndexOf('\n'));
  }

  // ------------------------------------------------------------ JSON Lines wording

  @Test
  void readJsonLines_firstItemWithIndexMinusOne_saysTheFirstIndexIsZero() {
    String bad = JSON_LINES.replaceFirst("\"actionLineIndex\":0", "\"actionLineIndex\":-1");
    ReadResult result = RoadmapJsonLines.readLenient(bad);
    assertThat(result.getProblems()).extracting(ReadProblem::getMessage)
        .contains("`actionLineIndex`: the first item line must have index 0, but was -1; the line is left out");
    assertThatThrownBy(() -> RoadmapJsonLines.read(bad)).isInstanceOf(RoadmapReadException.class)
        .hasMessage("`actionLineIndex`: the first item line must have index 0, but was -1 (line 2, column 1, at /actionLineIndex)");
  }

  @Test
  void readJsonLines_laterItemWithAnIndexTooFar_namesBothAllowedIndexes() {
    String[] lines = JSON_LINES.split("\n");
    String bad = lines[0] + "\n" + lines[1] + "\n" + lines[2].replaceFirst("\"actionLineIndex\":0", "\"actionLineIndex\":2") + "\n";
    ReadResult result = RoadmapJsonLines.readLenient(bad);
    assertThat(result.getProblems()).extracting(ReadProblem::getMessage)
        .contains("`actionLineIndex`: must be 0 (the same action line) or 1 (the next one), but was 2");
  }

  // ------------------------------------------------------------ unpaired surrogates: kept, or refused with a place

  @Test
  void jsonAndJsonLines_unpairedSurrogate_isKeptThroughBytesAndText() {
    Roadmap lone = Roadmap.builder().from(SAMPLE).title("a\uD800b\uDC00").build();
    assertThat(RoadmapJson.read(new ByteArrayInputStream(RoadmapJson.toBytes(lone)))).isEqualTo(lone);
    assertThat(RoadmapJson.read(RoadmapJson.toString(lone))).isEqualTo(lone);
    byte[] jsonLines = RoadmapJsonLines.toBytes(lone);
    assertThat(new String(jsonLines, StandardCharsets.UTF_8)).contains("a\\uD800b\\uDC00").doesNotContain("?");
    assertThat(RoadmapJsonLines.read(new ByteArrayInputStream(jsonLines))).isEqualTo(lone);
    assertThat(RoadmapJsonLines.read(RoadmapJsonLines.toString(lone))).isEqualTo(lone);
  }

  @Test
  void yaml_unpairedSurrogate_isRefusedWithItsPlaceInsteadOfBecomingAnotherCharacter() {
    Roadmap lone = Roadmap.builder().from(SAMPLE).title("a\uD800b").build();
    assertThatThrownBy(() -> RoadmapYaml.toString(lone)).isInstanceOf(RoadmapException.class)
        .hasMessageContaining("`title` (/title)").hasMessageContaining("U+D800 at character 2");
    Roadmap paired = Roadmap.builder().from(SAMPLE).title("a\uD83D\uDE00b").build();
    assertThat(RoadmapYaml.read(RoadmapYaml.toString(paired))).isEqualTo(paired);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  @FunctionalInterface
  private interface ThrowingRead {
    void run() throws Exception;
  }
}
