package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/** The code of the format sections of {@code docs/formats-reference.md}, run as tests; the page copies it verbatim ({@code ReadmeSnippetsTest} in examples checks). */
final class ReadmeExamplesTest {
  private final Roadmap roadmap = SampleRoadmaps.small();

  @Test
  void json(@TempDir Path dir) {
    Path path = dir.resolve("roadmap.json");
    // README json
    RoadmapJson.write(roadmap, path);                   // pretty, deterministic, UTF-8, "\n"
    Roadmap back = RoadmapJson.read(path);              // strict: RoadmapReadException on any problem
    ReadResult lenient = RoadmapJson.readLenient(path); // what can be read, plus located problems
    for (ReadProblem problem : lenient.getProblems()) {
      System.err.println(problem);                      // line 12, column 21, /actionLines/0/...: ...
    }
    // end
    assertThat(back).isEqualTo(roadmap);
    assertThat(lenient.isClean()).isTrue();
  }

  @Test
  void limits(@TempDir Path dir) {
    Path path = dir.resolve("roadmap.json");
    RoadmapJson.write(roadmap, path);
    // README limits
    ReadLimits untrusted = ReadLimits.builder()
        .maxDocumentLength(1024 * 1024)                 // 1 MiB instead of 64 MiB
        .maxStringLength(100_000)
        .build();
    Roadmap small = RoadmapFormat.json().reader().withLimits(untrusted).read(path).getRoadmap(); // docs/formats.md
    // end
    assertThat(small).isEqualTo(roadmap);
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RoadmapReadException.class,
        () -> RoadmapFormat.json().reader().withLimits(ReadLimits.builder().maxDocumentLength(100).build()).read(path)).getMessage())
        .contains("a document may be at most 100 bytes long");
  }

  @Test
  void yaml() {
    // README yaml
    String yaml = RoadmapYaml.toString(roadmap);        // same tree as the JSON, no type tags
    Roadmap back = RoadmapYaml.read("# edited by hand\n" + yaml);
    // end
    assertThat(back).isEqualTo(roadmap);
  }

  @Test
  void csv() {
    // README csv
    String flat = RoadmapCsv.toOutcomesString(roadmap);  // one row per outcome
    String links = RoadmapCsv.toSdgLinksString(roadmap); // one row per outcome and SDG link
    List<OutcomeRow> rows = RoadmapCsv.readOutcomes(flat);
    // end
    assertThat(rows).isEqualTo(OutcomeRow.allOf(roadmap));
    assertThat(links).contains("C5.GT.A,C5,GENEVA_TUNIS,A,TARGET,9,9.c");
  }

  @Test
  void jsonLines(@TempDir Path dir) {
    Path path = dir.resolve("roadmap.jsonl");
    // README jsonl
    try (OutcomeLineWriter out = RoadmapJsonLines.openWriter(roadmap, path)) {
      roadmap.getActionLines().forEach(line -> {
        out.startActionLine(line);
        line.getOutcomes().forEach(out::write);         // one line each, written at once
      });
    }
    List<Outcome> outcomes;
    try (Stream<OutcomeLine> lines = RoadmapJsonLines.open(path).stream()) {
      outcomes = lines.flatMap(line -> line.getOutcome().stream()).collect(Collectors.toList());
    }
    // end
    assertThat(outcomes).isEqualTo(roadmap.outcomes());
    assertThat(RoadmapJsonLines.read(path)).isEqualTo(roadmap);
  }
}
