package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.Roadmap;

final class ValidationReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The clean fixture with three empty statements (C2.GT.A, C2.GT.B, C5.GT.A) and one missing timing. */
  private static Roadmap threeEmptyStatements() {
    Roadmap roadmap = Fixtures.clean();
    roadmap = Fixtures.withOutcome(roadmap, 0, 0, o -> Fixtures.edit(o, b -> b.statement("").subItems(List.of())));
    roadmap = Fixtures.withOutcome(roadmap, 0, 1, o -> Fixtures.edit(o, b -> b.statement("").subItems(List.of())));
    roadmap = Fixtures.withOutcome(roadmap, 1, 0, o -> Fixtures.edit(o, b -> b.statement("").subItems(List.of())));
    return Fixtures.withOutcome(roadmap, 1, 2, o -> Fixtures.edit(o, b -> b.timing(java.util.Optional.empty())));
  }

  @Test
  void findings_areOrderedByLocationThenRule() {
    ValidationReport report = Fixtures.validator().validate(threeEmptyStatements());

    assertThat(report.getFindings()).extracting(Finding::getPointer).containsExactly(
        "/actionLines/0/outcomes/0/statement",
        "/actionLines/0/outcomes/1/statement",
        "/actionLines/1/outcomes/0/statement",
        "/actionLines/1/outcomes/2/timing");
  }

  @Test
  void isValid_errorFinding_isFalse() {
    ValidationReport report = Fixtures.validator().validate(threeEmptyStatements());

    assertThat(report.isValid()).isFalse();
    assertThat(report.count(Severity.ERROR)).isEqualTo(3);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
  }

  @Test
  void requireValid_errors_throwsWithTheReport() {
    ValidationReport report = Fixtures.validator().validate(threeEmptyStatements());

    assertThatThrownBy(report::requireValid)
        .isInstanceOf(RoadmapValidationException.class)
        .isInstanceOf(RoadmapException.class)
        .hasMessageStartingWith("roadmap must have no ERROR or FATAL findings, but 'fixture-2024-10-11' has 3: WSIS-TEXT-001 at C2.GT.A (line 10)")
        .extracting(e -> ((RoadmapValidationException) e).getReport())
        .isSameAs(report);
  }

  @Test
  void requireValid_onlyWarnings_returnsTheReport() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.timing(java.util.Optional.empty())));
    ValidationReport report = Fixtures.validator().validate(roadmap);

    assertThat(report.requireValid()).isSameAs(report);
  }

  @Test
  void toText_repeatedFindings_areFoldedUnderOneMessage() {
    String text = Fixtures.validator().validate(threeEmptyStatements()).toText();

    assertThat(text).isEqualTo(String.join("\n",
        "WSIS roadmap validation report",
        "roadmap:  fixture-2024-10-11 (as of 2024-10-11)",
        "profile:  default",
        "library:  " + RoadmapValidator.libraryVersion() + ", rule catalogue " + Rule.CATALOGUE_VERSION,
        "result:   NOT VALID: 0 fatal, 3 errors, 1 warnings, 0 infos, 0 waived",
        "",
        "ERROR WSIS-TEXT-001 Outcome has a statement (3)",
        "  outcome must have a statement or sub-items, but the statement is empty  [3 times]",
        "    C2.GT.A (line 10) /actionLines/0/outcomes/0/statement",
        "    C2.GT.B (line 20) /actionLines/0/outcomes/1/statement",
        "    C5.GT.A (line 60) /actionLines/1/outcomes/0/statement",
        "",
        "WARNING WSIS-TIME-003 Outcome has a timing (1)",
        "  outcome must have a timing, but the timing cell is empty",
        "    C5.GT.B2 (line 80) /actionLines/1/outcomes/2/timing",
        ""));
  }

  @Test
  void toJson_isStampedAndListsFindings() throws Exception {
    JsonNode json = JSON.readTree(Fixtures.validator().validate(threeEmptyStatements()).toJson());

    assertThat(json.get("libraryVersion").asText()).isEqualTo(RoadmapValidator.libraryVersion()).isNotBlank();
    assertThat(json.get("catalogueVersion").asText()).isEqualTo(Rule.CATALOGUE_VERSION);
    assertThat(json.get("roadmap").get("id").asText()).isEqualTo("fixture-2024-10-11");
    assertThat(json.get("roadmap").get("asOf").asText()).isEqualTo("2024-10-11");
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("counts").get("ERROR").asInt()).isEqualTo(3);
    JsonNode first = json.get("findings").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("WSIS-TEXT-001");
    assertThat(first.get("severity").asText()).isEqualTo("ERROR");
    assertThat(first.get("pointer").asText()).isEqualTo("/actionLines/0/outcomes/0/statement");
    assertThat(first.get("outcomeId").asText()).isEqualTo("C2.GT.A");
    assertThat(first.get("line").asInt()).isEqualTo(10);
  }

  @Test
  void toSarif_isSarif210WithRulesLevelsAndLocations() throws Exception {
    JsonNode sarif = JSON.readTree(Fixtures.validator().validate(threeEmptyStatements()).toSarif("roadmaps/fixture.txt"));

    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    JsonNode run = sarif.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("version").asText()).isEqualTo(RoadmapValidator.libraryVersion());
    assertThat(driver.get("properties").get("catalogueVersion").asText()).isEqualTo(Rule.CATALOGUE_VERSION);
    assertThat(driver.get("rules")).extracting(r -> r.get("id").asText()).containsExactly("WSIS-TIME-003", "WSIS-TEXT-001");
    assertThat(run.get("properties").get("roadmapId").asText()).isEqualTo("fixture-2024-10-11");
    JsonNode result = run.get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("WSIS-TEXT-001");
    assertThat(result.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode location = result.get("locations").get(0);
    assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asText()).isEqualTo("roadmaps/fixture.txt");
    assertThat(location.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(10);
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText()).isEqualTo("/actionLines/0/outcomes/0/statement");
    assertThat(run.get("results").get(3).get("level").asText()).isEqualTo("warning");
  }

  @Test
  void toJson_escapesQuotesAndControlCharacters() throws Exception {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0,
        o -> Fixtures.edit(o, b -> b.statement("Say \"hello\"\tto (everyone")));

    JsonNode json = JSON.readTree(Fixtures.validator().validate(roadmap).toJson());

    assertThat(json.get("findings").get(0).get("message").asText()).contains("Say \"hello\"\tto (everyone");
  }
}
