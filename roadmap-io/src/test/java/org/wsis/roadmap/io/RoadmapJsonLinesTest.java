package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;

final class RoadmapJsonLinesTest {
  private static final Roadmap SAMPLE = SampleRoadmaps.small();

  @Test
  void stream_file_yieldsOneLinePerOutcomeAndClosesWithTheStream(@TempDir Path dir) {
    Path file = dir.resolve("roadmap.jsonl");
    RoadmapJsonLines.write(SAMPLE, file);
    List<OutcomeLine> lines;
    try (Stream<OutcomeLine> stream = RoadmapJsonLines.open(file).stream()) {
      lines = stream.collect(Collectors.toList());
    }
    assertThat(lines).extracting(OutcomeLine::getLine).containsExactly(2, 3);
    assertThat(lines).extracting(line -> line.getOutcome().orElseThrow()).containsExactlyElementsOf(SAMPLE.outcomes());
    assertThat(lines.get(0).getActionLine().getOutcomes()).isEmpty();
  }

  @Test
  void lineWriter_actionLineWithoutOutcomes_writesItsOwnLineAndReadsBack() {
    StringWriter out = new StringWriter();
    ActionLineRoadmap empty = ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure").build();
    try (OutcomeLineWriter writer = RoadmapFormat.jsonLines().writer().openLines(SAMPLE, out)) {
      writer.writeAll(SAMPLE);
      writer.startActionLine(empty);
    }
    Roadmap back = RoadmapJsonLines.read(out.toString());
    assertThat(back.getActionLines()).hasSize(2);
    assertThat(back.getActionLines().get(1)).isEqualTo(empty);
    assertThat(out.toString().split("\n")).hasSize(4);
  }

  @Test
  void lineWriter_outcomeBeforeActionLine_throws() {
    OutcomeLineWriter writer = RoadmapFormat.jsonLines().writer().openLines(SAMPLE, new StringWriter());
    assertThatThrownBy(() -> writer.write(SAMPLE.outcomes().get(0))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void open_largeGeneratedStream_readsLazilyOneLineAtATime() {
    int outcomes = 50_000;
    GeneratedLines source = new GeneratedLines(outcomes);
    try (OutcomeLineReader reader = RoadmapFormat.jsonLines().reader().lines(source)) {
      assertThat(reader.next().getOutcome().orElseThrow().getLabel()).isEqualTo("A");
      assertThat(source.produced).as("only the first lines were read").isLessThan(100_000);
      int count = 1;
      while (reader.hasNext()) {
        reader.next();
        count++;
      }
      assertThat(count).isEqualTo(outcomes);
    }
  }

  @Test
  void open_itemLineFirst_throwsAtLineOne() {
    String items = RoadmapJsonLines.toString(SAMPLE).split("\n", 2)[1];
    assertThatThrownBy(() -> RoadmapJsonLines.read(items))
        .isInstanceOfSatisfying(RoadmapReadException.class, e -> assertThat(e.getLine()).isEqualTo(1));
  }

  @Test
  void read_indexSkipsAhead_strictThrowsLenientReports() {
    String text = RoadmapJsonLines.toString(SAMPLE).replace("\"actionLineIndex\":0", "\"actionLineIndex\":2");
    assertThatThrownBy(() -> RoadmapJsonLines.read(text)).isInstanceOf(RoadmapReadException.class);
    ReadResult lenient = RoadmapJsonLines.readLenient(text);
    assertThat(lenient.getRoadmap().outcomes()).hasSize(2);
    assertThat(lenient.getProblems()).extracting(ReadProblem::getLine).containsExactly(2);
  }

  @Test
  void readLenient_tooLongLastLineWithoutNewline_isReportedNotDropped() {
    String text = RoadmapJsonLines.toString(SAMPLE);
    int lines = text.split("\n").length;
    Reader input = new Reader() {
      private final String head = text + "{\"outcome\": \"";
      private long served;

      @Override
      public int read(char[] buffer, int offset, int length) {
        long total = head.length() + ReadLimits.MAX_JSON_LINE_LENGTH + 10L;
        if (served == total) {
          return -1;
        }
        int n = (int) Math.min(length, total - served);
        for (int i = 0; i < n; i++, served++) {
          buffer[offset + i] = served < head.length() ? head.charAt((int) served) : 'x';
        }
        return n;
      }

      @Override
      public void close() {}
    };

    ReadResult lenient = RoadmapFormat.jsonLines().reader().lenient().read(input);

    assertThat(lenient.getRoadmap()).isEqualTo(SAMPLE);
    assertThat(lenient.getProblems()).singleElement().satisfies(problem -> {
      assertThat(problem.getLine()).isEqualTo(lines + 1);
      assertThat(problem.getMessage()).contains("is longer than " + ReadLimits.MAX_JSON_LINE_LENGTH + " characters");
    });
  }

  @Test
  void read_linesLongerThanTheReadBuffer_roundTrip() {
    String statement = "Long statement " + "abcdefghij ".repeat(20_000) + "end.";
    Roadmap roadmap = SAMPLE.withActionLines(SAMPLE.getActionLines().stream()
        .map(line -> line.withOutcomes(line.getOutcomes().stream().map(o -> o.withStatement(statement)).collect(Collectors.toList())))
        .collect(Collectors.toList()));

    String text = RoadmapJsonLines.toString(roadmap);

    assertThat(RoadmapJsonLines.read(text)).isEqualTo(roadmap);
    assertThat(RoadmapJsonLines.read(text.replace("\n", "\r\n"))).isEqualTo(roadmap);
  }

  @Test
  void readLenient_path_readsFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.jsonl");
    Files.writeString(file, RoadmapJsonLines.toString(SAMPLE));
    assertThat(RoadmapJsonLines.readLenient(file).getRoadmap()).isEqualTo(SAMPLE);
  }

  /** Produces a header and then {@code count} item lines on demand, counting the characters produced. */
  private static final class GeneratedLines extends Reader {
    private final int count;
    private final String header;
    private final String actionLine;
    private int index = -1;
    private String current = "";
    private int position;
    long produced;

    GeneratedLines(int count) {
      this.count = count;
      String lines = RoadmapJsonLines.toString(SAMPLE);
      this.header = lines.substring(0, lines.indexOf('\n') + 1);
      this.actionLine = "{\"actionLineIndex\":0,\"actionLine\":{\"actionLine\":\"C5\",\"title\":\"T\",\"notes\":[]},\"outcome\":";
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position == current.length()) {
        if (index == count) {
          return -1;
        }
        current = index < 0 ? header : item(index);
        index++;
        position = 0;
      }
      int n = Math.min(length, current.length() - position);
      current.getChars(position, position + n, buffer, offset);
      position += n;
      produced += n;
      return n;
    }

    private String item(int i) {
      StringBuilder label = new StringBuilder();
      for (int v = i; ; v = v / 26 - 1) {
        label.insert(0, (char) ('A' + v % 26));
        if (v < 26) {
          break;
        }
      }
      Outcome outcome = Outcome.builder().id(OutcomeId.of(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, label.toString()))
          .section(OutcomeSection.GENEVA_TUNIS).label(label.toString()).statement("Statement " + i).build();
      String json = RoadmapJson.toCompactString(Roadmap.builder().id("x").title("x")
          .status(org.wsis.roadmap.RoadmapStatus.DRAFT)
          .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C5).title("T").addOutcome(outcome).build())
          .build());
      String outcomeJson = json.substring(json.indexOf("\"outcomes\":[") + "\"outcomes\":[".length(), json.lastIndexOf("]}]}"));
      return actionLine + outcomeJson + "}\n";
    }

    @Override
    public void close() {}
  }
}
