package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;

final class PointerLocationsTest {
  private static final Roadmap SAMPLE = SampleRoadmaps.small();

  /** Every pointer of the canonical JSON that names an object member or an array item, with its parent's kind. */
  private static Map<String, Boolean> pointers(Roadmap roadmap) throws Exception {
    JsonNode tree = new ObjectMapper().readTree(RoadmapJson.toString(roadmap));
    Map<String, Boolean> out = new java.util.LinkedHashMap<>();
    collect(tree, "", out);
    return out;
  }

  private static void collect(JsonNode node, String at, Map<String, Boolean> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String pointer = at + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
        out.put(pointer, true);
        collect(member.getValue(), pointer, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.put(at + "/" + i, false);
        collect(node.get(i), at + "/" + i, out);
      }
    }
  }

  private static String lastSegment(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private static void assertEveryPointerOnItsLine(String text, Map<String, Boolean> pointers, PointerLocations found,
      BiFunction<String, String, Boolean> nameAt) {
    List<String> lines = text.lines().toList();
    for (Map.Entry<String, Boolean> entry : pointers.entrySet()) {
      String pointer = entry.getKey();
      PointerLocations.Location location = found.get(pointer).orElseThrow(() -> new AssertionError("not found: " + pointer));
      String line = lines.get(location.line() - 1);
      assertThat(location.column()).as(pointer).isBetween(1, line.length());
      String rest = line.substring(location.column() - 1);
      if (entry.getValue()) {
        assertThat(nameAt.apply(rest, lastSegment(pointer))).as("%s at %s: %s", pointer, location, line).isTrue();
      } else {
        assertThat(rest).as("%s at %s", pointer, location).isNotBlank();
      }
    }
  }

  @Test
  void ofJson_everyMemberAndItem_startsAtItsNameOrItsValue() throws Exception {
    String json = RoadmapJson.toString(SAMPLE);
    Map<String, Boolean> pointers = pointers(SAMPLE);

    PointerLocations found = PointerLocations.ofJson(json, pointers.keySet());

    assertEveryPointerOnItsLine(json, pointers, found, (rest, name) -> rest.startsWith("\"" + name + "\""));
    assertThat(found.get("")).hasValueSatisfying(root -> assertThat(root.line()).isEqualTo(1));
  }

  @Test
  void ofYaml_everyMemberAndItem_startsAtItsNameOrItsValue() throws Exception {
    String yaml = RoadmapYaml.toString(SAMPLE);
    Map<String, Boolean> pointers = pointers(SAMPLE);

    PointerLocations found = PointerLocations.ofYaml(yaml, pointers.keySet());

    assertEveryPointerOnItsLine(yaml, pointers, found,
        (rest, name) -> rest.startsWith(name + ":") || rest.startsWith("\"" + name + "\":"));
  }

  @Test
  void ofJsonLines_everyMemberOfTheHeaderAndItems_isOnItsLine() throws Exception {
    String jsonLines = RoadmapJsonLines.toString(SAMPLE);
    Map<String, Boolean> pointers = pointers(SAMPLE);
    pointers.keySet().removeIf(p -> p.equals("/schemaVersion"));

    PointerLocations found = PointerLocations.ofJsonLines(jsonLines, pointers.keySet());

    List<String> lines = jsonLines.lines().toList();
    for (Map.Entry<String, Boolean> entry : pointers.entrySet()) {
      String pointer = entry.getKey();
      if (pointer.matches("/actionLines(/\\d+(/outcomes)?)?")) {
        assertThat(found.get(pointer)).as(pointer).hasValueSatisfying(l -> assertThat(l.column()).isEqualTo(1));
        continue;
      }
      PointerLocations.Location location = found.get(pointer).orElseThrow(() -> new AssertionError("not found: " + pointer));
      String rest = lines.get(location.line() - 1).substring(location.column() - 1);
      if (entry.getValue()) {
        assertThat(rest).as(pointer).startsWith("\"" + lastSegment(pointer) + "\"");
      }
    }
  }

  @Test
  void ofJsonLines_outcomesOfTheSecondActionLine_countFromZeroAgain() {
    String jsonLines = String.join("\n",
        "{\"schemaVersion\":\"1.0\",\"roadmap\":{\"id\":\"r\",\"title\":\"T\"}}",
        "{\"actionLineIndex\":0,\"actionLine\":{\"actionLine\":\"C1\"},\"outcome\":{\"id\":\"C1.GT.A\"}}",
        "{\"actionLineIndex\":0,\"actionLine\":{\"actionLine\":\"C1\"},\"outcome\":{\"id\":\"C1.GT.B\"}}",
        "{\"actionLine\":{\"actionLine\":\"C2\"},\"outcome\":{\"id\":\"C2.GT.A\"},\"actionLineIndex\":1}",
        "");

    PointerLocations found = PointerLocations.ofJsonLines(jsonLines,
        List.of("/title", "/actionLines/0/outcomes/1/id", "/actionLines/1/outcomes/0/id", "/actionLines/1/actionLine"));

    assertThat(found.get("/title")).hasValue(new PointerLocations.Location("/title", 1, 44));
    assertThat(found.get("/actionLines/0/outcomes/1/id")).map(PointerLocations.Location::line).hasValue(3);
    assertThat(found.get("/actionLines/1/outcomes/0/id")).map(PointerLocations.Location::line).hasValue(4);
    assertThat(found.get("/actionLines/1/actionLine")).hasValue(new PointerLocations.Location("/actionLines/1/actionLine", 4, 16));
    assertThat(found.get("/actionLines/1/outcomes/1/id")).isEmpty();
  }

  @Test
  void nearest_missingProperty_isItsNearestAncestorInTheFile() {
    String json = "{\n  \"actionLines\": [\n    {\n      \"title\": \"x\"\n    }\n  ]\n}\n";

    PointerLocations found = PointerLocations.ofJson(json, List.of("/actionLines/0/outcomes/2/timing"));

    assertThat(found.get("/actionLines/0/outcomes/2/timing")).isEmpty();
    assertThat(found.nearest("/actionLines/0/outcomes/2/timing"))
        .hasValue(new PointerLocations.Location("/actionLines/0", 3, 5));
    assertThat(found.get("/actionLines/0/title")).as("not asked for, so not kept").isEmpty();
    assertThat(found.nearest("/actionLines/0/title")).map(PointerLocations.Location::line).hasValue(3);
  }

  @Test
  void get_pointerNotAskedFor_isEmpty() {
    PointerLocations found = PointerLocations.ofJson("{\"id\": \"r\", \"title\": \"T\"}", List.of("/id"));

    assertThat(found.get("/id")).hasValue(new PointerLocations.Location("/id", 1, 2));
    assertThat(found.get("/title")).isEmpty();
    assertThat(found.asMap()).containsOnlyKeys("/id", "");
  }

  @Test
  void ofJson_namesWithSlashAndTilde_areEscapedAsInAPointer() {
    PointerLocations found = PointerLocations.ofJson("{\"x-a/b\": {\n\"c~d\": 1}}", List.of("/x-a~1b/c~0d"));

    assertThat(found.get("/x-a~1b/c~0d")).hasValue(new PointerLocations.Location("/x-a~1b/c~0d", 2, 1));
  }

  @Test
  void ofJson_fileWithNonAsciiText_countsColumnsInCharacters(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.json");
    Files.writeString(file, "{\"title\": \"Société\", \"id\": \"r\"}", StandardCharsets.UTF_8);

    PointerLocations found = PointerLocations.ofJson(file, List.of("/id"));

    assertThat(found.get("/id")).hasValue(new PointerLocations.Location("/id", 1, 22));
  }

  @Test
  void ofJson_utf16File_givesLinesWithoutColumns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.json");
    Files.writeString(file, "{\"title\": \"T\",\n \"id\": \"r\"}", StandardCharsets.UTF_16BE);

    PointerLocations found = PointerLocations.ofJson(file, List.of("/id"));

    assertThat(found.get("/id")).hasValue(new PointerLocations.Location("/id", 2, 0));
  }

  @Test
  void ofYaml_file_findsTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, "id: r\nactionLines:\n  - title: x\n    outcomes:\n      - id: C1.GT.A\n");

    PointerLocations found = PointerLocations.ofYaml(file, List.of("/actionLines/0/outcomes/0/id", "/actionLines/0/notes"));

    assertThat(found.get("/actionLines/0/outcomes/0/id")).hasValue(new PointerLocations.Location("/actionLines/0/outcomes/0/id", 5, 9));
    assertThat(found.nearest("/actionLines/0/notes")).map(PointerLocations.Location::line).hasValue(3);
  }

  @Test
  void ofJson_malformed_throwsWithTheLine() {
    assertThatThrownBy(() -> PointerLocations.ofJson("{\n\"id\": ]", List.of("/id")))
        .isInstanceOf(RoadmapReadException.class)
        .satisfies(e -> assertThat(((RoadmapReadException) e).getProblem().getLine()).isEqualTo(2));
  }

  @Test
  void ofJson_tooDeep_throwsAReadLimitProblem() {
    String deep = "[".repeat(ReadLimits.MAX_NESTING_DEPTH + 1);

    assertThatThrownBy(() -> PointerLocations.ofJson(deep, List.of("/0")))
        .isInstanceOf(RoadmapReadException.class).hasMessageContaining("read limit");
  }

  /**
   * Every JSON, YAML and JSON Lines input of the hostile corpus either gives locations or throws a
   * {@link RoadmapReadException}: never another exception, never an out-of-memory error.
   */
  @Test
  void ofFile_everyHostileCorpusInput_givesLocationsOrALocatedReadException() throws Exception {
    Path corpus = Path.of(PointerLocationsTest.class.getResource("corpus/README.md").toURI()).getParent();
    List<String> pointers = List.of("/title", "/actionLines/0/outcomes/0/statement", "/actionLines/1/title", "/x~1y");
    int read = 0;
    for (String folder : List.of("json", "yaml", "jsonl")) {
      try (var files = Files.list(corpus.resolve(folder))) {
        for (Path file : files.sorted().toList()) {
          try {
            PointerLocations found = switch (folder) {
              case "json" -> PointerLocations.ofJson(file, pointers);
              case "yaml" -> PointerLocations.ofYaml(file, pointers);
              default -> PointerLocations.ofJsonLines(file, pointers);
            };
            assertThat(found.asMap().keySet()).as(file.toString()).isSubsetOf(
                "", "/title", "/actionLines", "/actionLines/0", "/actionLines/0/outcomes", "/actionLines/0/outcomes/0",
                "/actionLines/0/outcomes/0/statement", "/actionLines/1", "/actionLines/1/title", "/x~1y");
            read++;
          } catch (RoadmapReadException e) {
            assertThat(e.getProblem().getLine()).as(file.toString()).isNotNegative();
          }
        }
      }
    }
    assertThat(read).isPositive();
    PointerLocations base = PointerLocations.ofJson(corpus.resolve("json/base.json"), pointers);
    assertThat(base.get("/actionLines/0/outcomes/0/statement")).isPresent();
  }

  @Test
  void location_lineBelowOne_throws() {
    assertThatThrownBy(() -> new PointerLocations.Location("", 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

}
