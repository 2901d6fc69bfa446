package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapYaml;

/**
 * {@code roadmap validate --format sarif FILE}: each result's region is a line of FILE, the one where
 * the finding's JSON pointer (or its nearest ancestor that the file has) starts; the URI is
 * percent-encoded.
 */
final class SarifLocationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** The fixture with a reversed timing span, an outcome with an empty statement and no timing, and a second action line. */
  private static Roadmap defects() {
    Roadmap base = Fixtures.withError();
    Outcome bare = Outcome.builder().id(OutcomeId.parse("C5.GT.A")).section(OutcomeSection.GENEVA_TUNIS).label("A")
        .statement("").build();
    return Roadmap.builder().from(base)
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C5).title("Building confidence and security")
            .addOutcomes(bare).build())
        .build();
  }

  private static JsonNode sarif(Path file) throws IOException {
    Cli.Result result = Cli.run("validate", file.toString(), "--format", "sarif", "--fail-on", "NONE");
    assertThat(result.exit()).as(result.err()).isEqualTo(ExitCode.OK);
    return JSON.readTree(result.out());
  }

  /** The pointer itself when the roadmap's canonical JSON has it, else its nearest ancestor that it has. */
  private static String nearestInModel(JsonNode canonical, String pointer) {
    String at = pointer.equals("/") ? "" : pointer;
    while (!at.isEmpty() && canonical.at(at).isMissingNode()) {
      at = at.substring(0, at.lastIndexOf('/'));
    }
    return at;
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml", "jsonl"})
  void validateSarif_eachResult_pointsAtTheLineOfItsPointerInTheFile(String format) throws IOException {
    Roadmap roadmap = defects();
    Path file = dir.resolve("defects." + format);
    switch (format) {
      case "json" -> RoadmapJson.write(roadmap, file);
      case "yaml" -> RoadmapYaml.write(roadmap, file);
      default -> RoadmapJsonLines.write(roadmap, file);
    }
    JsonNode canonical = JSON.readTree(RoadmapJson.toString(roadmap));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    JsonNode results = sarif(file).at("/runs/0/results");

    Set<String> rules = new HashSet<>();
    Set<String> missingInFile = new HashSet<>();
    for (JsonNode result : results) {
      rules.add(result.get("ruleId").asText());
      String pointer = result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText();
      String expected = nearestInModel(canonical, pointer);
      if (!expected.equals(pointer.equals("/") ? "" : pointer)) {
        missingInFile.add(pointer);
      }
      JsonNode region = result.at("/locations/0/physicalLocation/region");
      int line = region.path("startLine").asInt();
      int column = region.path("startColumn").asInt();
      assertThat(line).as("%s %s", result.get("ruleId"), pointer).isBetween(1, lines.size());
      String text = lines.get(line - 1);
      assertThat(column).as(pointer).isBetween(1, text.length());
      String rest = text.substring(column - 1);
      String description = format + " " + pointer + " (" + expected + ") at " + line + ":" + column + ": " + text;
      if (expected.isEmpty()) {
        assertThat(line).as(description).isEqualTo(1);
      } else if (format.equals("jsonl") && expected.matches("/actionLines(/\\d+(/outcomes(/\\d+)?)?)?")) {
        assertThat(text).as(description).startsWith("{\"actionLineIndex\":");
        if (expected.matches("/actionLines/\\d+/outcomes/\\d+")) {
          assertThat(text).as(description).contains("\"id\":\"" + canonical.at(expected + "/id").asText() + "\"");
        }
      } else if (isIndex(last(expected))) {
        String item = canonical.at(expected).isValueNode() ? canonical.at(expected).asText() : "";
        assertThat(rest).as(description).isNotBlank().contains(item);
      } else if (format.equals("yaml")) {
        assertThat(rest).as(description).startsWith(last(expected) + ":");
      } else {
        assertThat(rest).as(description).startsWith("\"" + last(expected) + "\"");
      }
      if (result.at("/properties/documentLine").isNumber()) {
        assertThat(result.at("/properties/documentLine").asInt()).isPositive();
      }
    }
    assertThat(rules).contains("WSIS-TIME-001", "WSIS-TEXT-001");
    assertThat(missingInFile).as("findings about properties the file does not have").isNotEmpty();
  }

  @Test
  void validateSarif_fileNameWithSpaceAndHash_givesAPercentEncodedUri() throws IOException {
    Path file = dir.resolve("my roadmap #1 100%.json");
    RoadmapJson.write(defects(), file);

    String uri = sarif(file).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();

    assertThat(uri).startsWith("file:///").endsWith("/my%20roadmap%20%231%20100%25.json");
    assertThat(Path.of(URI.create(uri))).isEqualTo(file.toAbsolutePath());
  }

  @Test
  void validateSarif_relativeFileName_givesARelativePercentEncodedUri() throws IOException {
    Path file = dir.resolve("draft #2.yaml");
    RoadmapYaml.write(defects(), file);
    Path relative = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath());

    String uri = sarif(relative).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();

    assertThat(uri).doesNotContain(" ", "#", "\\").endsWith("/draft%20%232.yaml").doesNotStartWith("file:");
    assertThat(Path.of("").toAbsolutePath().resolve(URI.create(uri).getPath()).normalize()).isEqualTo(file.toAbsolutePath());
  }

  @Test
  void validateSarif_csvFile_namesTheFileWithoutRegion() throws IOException {
    Path file = dir.resolve("defects.csv");
    Files.writeString(file, RoadmapCsv.toOutcomesString(Fixtures.withError()), StandardCharsets.UTF_8);

    JsonNode results = sarif(file).at("/runs/0/results");

    assertThat(results.size()).isPositive();
    for (JsonNode result : results) {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("defects.csv");
      assertThat(result.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    }
  }

  @Test
  void validateSarif_bundledRoadmaps_keepTheDocumentLines() throws IOException {
    Cli.Result result = Cli.run("validate", "--format", "sarif", "--fail-on", "NONE");

    JsonNode first = JSON.readTree(result.out()).at("/runs/0/results/0");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    assertThat(first.at("/properties/documentLine").isMissingNode()).isTrue();
  }
}
