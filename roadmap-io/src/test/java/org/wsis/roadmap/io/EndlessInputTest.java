package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.table.Errata;
import org.wsis.roadmap.io.table.RoadmapTableImporter;
import org.wsis.roadmap.io.table.TableImportException;

/**
 * Endless and oversized inputs ({@code /dev/zero}, an endless stream of valid-looking text, a
 * multi-gigabyte JSON Lines stream) end at the reader's limit in bounded memory. This class runs in its
 * own JVM with {@code -Xmx256m} (see the {@code endless-input} execution in the pom), so that a reader
 * that keeps what it reads fails with an {@code OutOfMemoryError}.
 */
final class EndlessInputTest {
  private static final long LIMIT = ReadLimits.MAX_DOCUMENT_LENGTH;

  @Test
  void readJson_devZero_failsAtTheFirstByte() {
    Endless zeros = Endless.zeros();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(zeros));
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(zeros.consumed()).isLessThan(1 << 20);
  }

  @Test
  void readJson_endlessWhiteSpace_failsAtTheDocumentLimit() {
    Endless spaces = Endless.of("{\"schemaVersion\": \"1.0\",", " ");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(spaces));
    assertThat(e.getMessage()).contains("a document may be at most " + LIMIT + " bytes");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo((int) LIMIT + 1);
    assertThat(spaces.consumed()).isBetween(LIMIT, LIMIT + (1 << 20));
  }

  @Test
  void readYaml_devZero_failsAtOnce() {
    Endless zeros = Endless.zeros();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapYaml.read(zeros));
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(zeros.consumed()).isLessThan(1 << 20);
  }

  @Test
  void readYaml_endlessLineBreaks_failsAtALimit() {
    Endless breaks = Endless.of("schemaVersion: \"1.0\"\n", "\n");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapYaml.read(breaks));
    assertThat(e.getMessage()).contains("exceeds a read limit");
    assertThat(e.getLine()).isGreaterThan(1_000_000);
    assertThat(breaks.consumed()).isLessThan(LIMIT + (1 << 20));
  }

  @Test
  void readJsonLines_devZero_failsAtTheLineLimit() {
    Endless zeros = Endless.zeros();
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJsonLines.read(zeros));
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(zeros.consumed()).isLessThan(ReadLimits.MAX_JSON_LINE_LENGTH + (1 << 20));
  }

  @Test
  void streamJsonLines_fiveGigabytesOfValidLines_stopsAtTheTotalLimit() {
    String header = RoadmapJsonLines.toString(SampleRoadmaps.small()).lines().findFirst().orElseThrow() + "\n";
    String item = RoadmapJsonLines.toString(SampleRoadmaps.small()).lines().skip(1).findFirst().orElseThrow() + "\n";
    Endless lines = Endless.of(header, item);
    long[] read = {0};
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> {
      try (Stream<OutcomeLine> stream = RoadmapJsonLines.open(lines).stream()) {
        stream.forEach(line -> read[0]++);
      }
    });
    assertThat(e.getMessage()).contains("a JSON Lines stream may be at most " + ReadLimits.MAX_JSON_LINES_LENGTH
        + " characters long");
    assertThat(e.getLine()).isEqualTo(read[0] + 2);
    assertThat(lines.consumed()).isLessThan(ReadLimits.MAX_JSON_LINES_LENGTH + (1 << 20));
  }

  @Test
  void readJsonLines_endlessShortLines_stopsAtTheLineCount() {
    String header = RoadmapJsonLines.toString(SampleRoadmaps.small()).lines().findFirst().orElseThrow() + "\n";
    Endless lines = Endless.of(header, "\n");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapFormat.jsonLines().reader().lenient().read(new java.io.InputStreamReader(lines, StandardCharsets.UTF_8)));
    assertThat(e.getMessage()).contains("at most " + ReadLimits.MAX_JSON_LINES + " lines");
    assertThat(e.getLine()).isEqualTo(ReadLimits.MAX_JSON_LINES + 1);
  }

  @Test
  void readCsv_devZero_failsBeforeTheEnd() {
    Endless zeros = Endless.zeros();
    catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(zeros));
    assertThat(zeros.consumed()).isLessThan(LIMIT + (1 << 20));
  }

  @Test
  void importStream_devZero_failsAtTheFirstByte() {
    Endless zeros = Endless.zeros();
    TableImportException e = catchThrowableOfType(TableImportException.class,
        () -> RoadmapTableImporter.create().importStream(zeros, "/dev/zero"));
    assertThat(e.getMessage()).contains("control character U+0000");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(zeros.consumed()).isLessThan(1 << 20);
  }

  @Test
  void importStream_endlessText_failsAtTheDocumentLimit() {
    Endless text = Endless.of("", "Roadmap for WSIS Action Line C5 " + "words ".repeat(160) + "\n");
    TableImportException e = catchThrowableOfType(TableImportException.class,
        () -> RoadmapTableImporter.create().importStream(text, "endless.txt"));
    assertThat(e.getMessage()).contains("may be at most " + LIMIT + " bytes");
    assertThat(e.getLine()).isGreaterThan(60_000);
    assertThat(text.consumed()).isLessThan(LIMIT + (1 << 20));
  }

  @Test
  void importStream_endlessLineBreaks_failsAtTheLineLimit() {
    Endless text = Endless.of("", "\n");
    TableImportException e = catchThrowableOfType(TableImportException.class,
        () -> RoadmapTableImporter.create().importStream(text, "endless.txt"));
    assertThat(e.getMessage()).contains("at most " + ReadLimits.MAX_TEXT_LINES + " lines");
    assertThat(e.getLine()).isEqualTo(ReadLimits.MAX_TEXT_LINES + 1);
  }

  @Test
  void readErrata_endlessWhiteSpace_failsAtTheDocumentLimit() {
    Endless spaces = Endless.of("{\"roadmap\": \"x\", ", " ");
    RoadmapException e = catchThrowableOfType(RoadmapException.class, () -> Errata.read(spaces));
    assertThat(e.getMessage()).contains("line 1").contains("a document may be at most " + LIMIT + " bytes");
    assertThat(spaces.consumed()).isLessThan(LIMIT + (1 << 20));
  }

  /** An input stream that never ends: a prefix, then a unit repeated forever; counts what was read. */
  static final class Endless extends InputStream {
    private final byte[] prefix;
    private final byte[] unit;
    private long consumed;

    private Endless(byte[] prefix, byte[] unit) {
      this.prefix = prefix;
      this.unit = unit;
    }

    static Endless zeros() {
      return new Endless(new byte[0], new byte[1]);
    }

    static Endless of(String prefix, String unit) {
      return new Endless(prefix.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8));
    }

    long consumed() {
      return consumed;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      read(one, 0, 1);
      return one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++, consumed++) {
        buffer[offset + i] = consumed < prefix.length ? prefix[(int) consumed]
            : unit[(int) ((consumed - prefix.length) % unit.length)];
      }
      return length;
    }
  }
}
