package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile input: every case ends with a {@link RoadmapReadException} carrying a location,
 * and the hostile ones are stopped by a {@link ReadLimits} limit after reading a bounded amount.
 */
final class MalformedInputTest {
  private static final String SAMPLE = RoadmapJson.toString(SampleRoadmaps.small());

  @Test
  void read_truncatedJson_throwsWithLocationAtTheEnd() {
    String truncated = SAMPLE.substring(0, SAMPLE.indexOf("\"evidence\""));
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(truncated));
    assertThat(e.getMessage()).contains("not well-formed");
    assertThat(e.getLine()).isEqualTo(truncated.split("\n", -1).length);
    assertThat(e.getPointer()).startsWith("/actionLines/0/outcomes/0");
  }

  @Test
  void read_emptyInput_throwsAtLineOne() {
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(""));
    assertThat(e.getMessage()).contains("the input is empty");
    assertThat(e.getPointer()).isEmpty();
  }

  @Test
  void read_wrongType_throwsWithPointerLineAndColumn() {
    String json = SAMPLE.replace("\"label\": \"A\"", "\"label\": 5");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getPointer()).isEqualTo("/actionLines/0/outcomes/0/label");
    assertThat(e.getMessage()).startsWith("`actionLines[0].outcomes[0].label`: must be a string, but was the number 5");
    assertThat(e.getLine()).isEqualTo(lineOf(json, "\"label\": 5"));
    assertThat(e.getColumn()).isEqualTo(json.split("\n")[e.getLine() - 1].indexOf('5') + 1);
  }

  @Test
  void read_unknownSdgTarget_throwsWithCatalogueMessage() {
    String json = SAMPLE.replace("\"target\": \"9.c\"", "\"target\": \"9.z\"");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getProblem().getMessage()).isEqualTo("`actionLines[0].outcomes[0].sdgLinks[1].target`: "
        + "'9.z' is not an SDG target; targets of goal 9 are 9.1 to 9.5 and 9.a to 9.c");
    assertThat(e.getPointer()).isEqualTo("/actionLines/0/outcomes/0/sdgLinks/1/target");
    assertThat(e.getLine()).isEqualTo(lineOf(json, "\"9.z\""));
  }

  @Test
  void read_malformedSdgTarget_throwsWithParseMessage() {
    String json = SAMPLE.replace("\"target\": \"9.c\"", "\"target\": \"9-c\"");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getMessage()).contains("SDG target must look like '4.4' or '17.a', but was: '9-c'");
  }

  @Test
  void read_unknownProperty_throwsNamingKnownProperties() {
    String json = SAMPLE.replace("\"label\": \"A\",", "\"label\": \"A\", \"colour\": \"red\",");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getPointer()).isEqualTo("/actionLines/0/outcomes/0/colour");
    assertThat(e.getMessage()).contains("'colour' is not a property of an outcome")
        .contains("known properties are");
  }

  @Test
  void read_duplicateKey_throwsAtTheSecondOccurrence() {
    String json = SAMPLE.replace("\"title\": \"Sample roadmap C5\",", "\"title\": \"Sample roadmap C5\",\n  \"id\": \"again\",");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getPointer()).isEqualTo("/id");
    assertThat(e.getMessage()).contains("'id' appears more than once");
    assertThat(e.getLine()).isEqualTo(lineOf(json, "\"again\""));
  }

  @Test
  void read_missingSchemaVersion_throws() {
    String json = SAMPLE.replace("\"schemaVersion\": \"1.0\",", "");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getMessage()).contains("must have 'schemaVersion'");
    assertThat(e.getLine()).isEqualTo(1);
  }

  @Test
  void read_deepNestingInUnknownValue_throwsReadLimitNotStackOverflow() {
    int depth = 100_000;
    String json = "{\"schemaVersion\": \"1.0\", \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    RoadmapReadException strict = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(strict.getMessage()).contains("'x' is not a property");
    RoadmapReadException lenient = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.readLenient(json));
    assertThat(lenient.getMessage()).contains("exceeds a read limit").contains("nesting depth");
    assertThat(lenient.getColumn()).isBetween(ReadLimits.MAX_NESTING_DEPTH, ReadLimits.MAX_NESTING_DEPTH + 40);
  }

  @Test
  void readYaml_deepNesting_throwsReadLimit() {
    String yaml = "schemaVersion: \"1.0\"\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapYaml.readLenient(yaml));
    assertThat(e.getLine()).isEqualTo(2);
  }

  @Test
  void readYaml_aliasBomb_throwsWithLocationAndExpandsNothing() {
    StringBuilder bomb = new StringBuilder("schemaVersion: \"1.0\"\nid: \"bomb\"\ntitle: \"bomb\"\nstatus: \"DRAFT\"\n");
    bomb.append("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      String prev = "*a" + (i - 1);
      bomb.append("a").append(i).append(": &a").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
    }
    bomb.append("introduction: *a9\n");
    // Aliases are rejected at the first one, strict or lenient: Jackson's YAML parser would otherwise
    // hand each alias over as the text of its anchor name.
    RoadmapReadException strict = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapYaml.read(bomb.toString()));
    assertThat(strict.getPointer()).isEqualTo("/a0");
    RoadmapReadException lenient =
        catchThrowableOfType(RoadmapReadException.class, () -> RoadmapYaml.readLenient(bomb.toString()));
    assertThat(lenient.getMessage()).contains("YAML aliases are not supported, but found *a0");
    assertThat(lenient.getLine()).isEqualTo(6);
  }

  @Test
  void read_hundredMegabyteString_stopsAtTheStringLimitAfterReadingLittle() {
    CountingReader input = new CountingReader("{\"schemaVersion\": \"1.0\", \"id\": \"", 100_000_000L);
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.json().reader().read(input));
    assertThat(e.getMessage()).contains("exceeds a read limit").contains("String value length");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(input.consumed()).isLessThan(ReadLimits.MAX_STRING_LENGTH + 100_000L);
  }

  @Test
  void read_documentBeyondTheSizeLimit_stopsAtTheLimit() {
    SpacesReader input = new SpacesReader("{\"schemaVersion\": \"1.0\",", ReadLimits.MAX_DOCUMENT_LENGTH + 1_000_000L);
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.json().reader().read(input));
    assertThat(e.getMessage()).contains("exceeds a read limit").contains("a document may be at most " + ReadLimits.MAX_DOCUMENT_LENGTH + " characters");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(input.consumed()).isLessThan(ReadLimits.MAX_DOCUMENT_LENGTH + 100_000L);
  }

  @Test
  void readYaml_hundredMegabyteString_stopsAfterReadingLittle() {
    CountingReader input = new CountingReader("schemaVersion: \"1.0\"\nid: \"", 100_000_000L);
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.yaml().reader().read(input));
    assertThat(e.getMessage()).contains("without white space");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).as("the run starts at the opening quote").isEqualTo(5);
    assertThat(input.consumed()).isLessThan(ReadLimits.MAX_YAML_RUN_LENGTH + 100_000L);
  }

  @Test
  void readJsonLines_hundredMegabyteLine_stopsAtTheLineLimit() {
    CountingReader input = new CountingReader("{\"schemaVersion\": \"1.0\", \"roadmap\": {\"id\": \"", 100_000_000L);
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapFormat.jsonLines().reader().read(input));
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getMessage()).contains("longer than");
    assertThat(input.consumed()).isLessThan(ReadLimits.MAX_JSON_LINE_LENGTH + 100_000L);
  }

  @Test
  void readCsv_malformedCount_throwsWithRowAndColumn() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small()).replace(",1,1,1,1,1\n", ",1,1,x,1,1\n");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));
    assertThat(e.getPointer()).isEqualTo("/1/activitiesCount");
    assertThat(e.getMessage()).contains("row 1, `activitiesCount`: a count must be a whole number from 0, but was: 'x'");
    assertThat(e.getLine()).isEqualTo(7);
  }

  @Test
  void readCsv_wrongHeader_throws() {
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapCsv.readOutcomes("id,label\nC5.GT.A,A\n"));
    assertThat(e.getMessage()).contains("the header row must be");
    assertThat(e.getLine()).isEqualTo(1);
  }

  @Test
  void readJsonLines_brokenItemLine_strictThrowsWithLineNumber() {
    String[] lines = RoadmapJsonLines.toString(SampleRoadmaps.small()).split("\n");
    lines[2] = lines[2].substring(0, 40);
    String broken = String.join("\n", lines) + "\n";
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJsonLines.read(broken));
    assertThat(e.getLine()).isEqualTo(3);
    ReadResult lenient = RoadmapJsonLines.readLenient(broken);
    assertThat(lenient.getRoadmap().outcomes()).hasSize(1);
    assertThat(lenient.getProblems()).singleElement().satisfies(p -> assertThat(p.getLine()).isEqualTo(3));
  }

  private static int lineOf(String text, String needle) {
    int index = text.indexOf(needle);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  /** A {@link CountingReader} that produces spaces instead of letters. */
  static final class SpacesReader extends CountingReader {
    SpacesReader(String prefix, long spaces) {
      super(prefix, spaces, ' ');
    }
  }

  /** A reader of a prefix followed by many 'a' characters, produced on demand, that counts what was read. */
  static class CountingReader extends Reader {
    private final StringReader prefix;
    private final long total;
    private final char filler;
    private long consumed;

    CountingReader(String prefix, long letters) {
      this(prefix, letters, 'a');
    }

    CountingReader(String prefix, long letters, char filler) {
      this.prefix = new StringReader(prefix);
      this.total = prefix.length() + letters;
      this.filler = filler;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws java.io.IOException {
      if (consumed >= total) {
        return -1;
      }
      int n = prefix.read(buffer, offset, length);
      if (n <= 0) {
        n = (int) Math.min(length, total - consumed);
        java.util.Arrays.fill(buffer, offset, offset + n, filler);
      }
      consumed += n;
      return n;
    }

    long consumed() {
      return consumed;
    }

    @Override
    public void close() {}
  }
}
