package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.io.PointerLocations;
import org.wsis.roadmap.io.RoadmapYaml;

/** SARIF about a roadmap file: regions are lines of that file, URIs are percent-encoded. */
final class SarifFileLocationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where the sample's pointers start in an imagined file; "/facilitator" is missing, its parent is not. */
  private static final Map<String, FilePosition> POSITIONS = Map.of(
      "/actionLines/0/outcomes/0/statement", new FilePosition(41, 9),
      "/actionLines/0/outcomes/1/timing", FilePosition.ofLine(57),
      "", new FilePosition(1, 1));

  private static JsonNode results(String sarif) throws Exception {
    return JSON.readTree(sarif).path("runs").path(0).path("results");
  }

  @Test
  void toSarifOfFile_regionIsThePositionInTheFile_documentLineIsAProperty() throws Exception {
    JsonNode results = results(ReportWriterTest.sample().toSarif(Path.of("roadmaps/draft.json"),
        pointer -> Optional.ofNullable(POSITIONS.get(pointer))));

    JsonNode first = results.path(0);
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("roadmaps/draft.json");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(41);
    assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(9);
    assertThat(first.at("/properties/documentLine").asInt()).isEqualTo(10);
    JsonNode waived = results.path(2);
    assertThat(waived.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(57);
    assertThat(waived.at("/locations/0/physicalLocation/region/startColumn").isMissingNode()).isTrue();
    assertThat(waived.at("/properties/documentLine").asInt()).isEqualTo(20);
  }

  @Test
  void toSarifOfFile_noPosition_namesTheFileWithoutRegion() throws Exception {
    JsonNode results = results(ReportWriterTest.sample().toSarif(Path.of("draft.json"), pointer -> Optional.empty()));

    for (JsonNode result : results) {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("draft.json");
      assertThat(result.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    }
  }

  @Test
  void toSarifOfDocument_regionIsTheDocumentLine_asBefore() throws Exception {
    JsonNode first = results(ReportWriterTest.sample().toSarif("roadmaps/fixture.txt")).path(0);

    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(10);
    assertThat(first.at("/properties/documentLine").isMissingNode()).isTrue();
  }

  @Test
  void toSarifOfFile_positionFunctionReturningNull_throws() {
    assertThatThrownBy(() -> ReportWriterTest.sample().toSarif(Path.of("d.json"), pointer -> null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void uri_relativePathWithSpaceHashPercentAndNonAscii_isPercentEncoded() {
    assertThat(ReportWriter.uri(Path.of("drafts", "my draft#2 100%.json"))).isEqualTo("drafts/my%20draft%232%20100%25.json");
    assertThat(ReportWriter.uri(Path.of("Société", "ödö.yaml"))).isEqualTo("Soci%C3%A9t%C3%A9/%C3%B6d%C3%B6.yaml");
    assertThat(ReportWriter.uri(Path.of("a:b?c[1].json"))).isEqualTo("a%3Ab%3Fc%5B1%5D.json");
  }

  @Test
  void uri_plainRelativePath_isUnchanged() {
    assertThat(ReportWriter.uri(Path.of("../roadmaps/draft-2.v1_x~.json"))).isEqualTo("../roadmaps/draft-2.v1_x~.json");
  }

  @Test
  void uri_absolutePath_isAFileUri() {
    Path absolute = Path.of("my draft#2.json").toAbsolutePath();

    String uri = ReportWriter.uri(absolute);

    assertThat(uri).startsWith("file:///").endsWith("/my%20draft%232.json");
    assertThat(java.net.URI.create(uri)).isEqualTo(absolute.toUri());
  }

  @Test
  void readmeSnippet_yamlFileWithAnEmptyStatement_pointsAtTheStatementLine(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("draft.yaml");
    RoadmapYaml.write(Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.statement("").subItems(List.of()))), yaml);
    Path file = yaml;
    // README sarif locations
    ValidationReport report = RoadmapValidator.create().validate(RoadmapYaml.read(file));
    List<String> pointers = report.getFindings().stream().map(Finding::getPointer).toList();
    PointerLocations where = PointerLocations.ofYaml(file, pointers); // ofJson, ofJsonLines
    String sarif = report.toSarif(file, pointer -> where.nearest(pointer)
        .map(at -> new FilePosition(at.line(), at.column())));
    // end

    List<String> lines = Files.readAllLines(file);
    JsonNode statement = null;
    for (JsonNode result : results(sarif)) {
      if (result.get("ruleId").asText().equals("WSIS-TEXT-001")) {
        statement = result;
      }
    }
    assertThat(statement).isNotNull();
    int line = statement.at("/locations/0/physicalLocation/region/startLine").asInt();
    int column = statement.at("/locations/0/physicalLocation/region/startColumn").asInt();
    assertThat(lines.get(line - 1).substring(column - 1)).startsWith("statement: \"\"");
  }

  @Test
  void filePosition_lineBelowOne_throws() {
    assertThatThrownBy(() -> FilePosition.ofLine(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FilePosition(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
