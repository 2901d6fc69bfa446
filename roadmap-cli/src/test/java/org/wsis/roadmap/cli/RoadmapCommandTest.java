package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.RoadmapYaml;

final class RoadmapCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"summary", "validate", "convert", "import", "diff", "query", "coverage", "stats", "report",
      "rules", "schema", "export"})
  void help_eachSubcommand_printsUsageAndExitsZero(String subcommand) {
    Cli.Result result = Cli.run(subcommand, "--help");

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).startsWith("Usage: roadmap " + subcommand);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void help_root_listsEverySubcommandAndTheExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("validate", "convert", "import", "diff", "query", "coverage", "stats", "report",
        "rules", "schema", "export", "Exit codes:", "3   unreadable or invalid input", "4   internal error",
        "5   an output could not be written");
  }

  @Test
  void version_printsLibraryVersion() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("roadmap (wsis-roadmap) " + Versions.library());
  }

  @Test
  void noArguments_bundledRoadmaps_printsSummaryAndWritesReport() throws IOException {
    Path report = dir.resolve("out/summary.html");

    Cli.Result result = Cli.run("-o", report.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    assertThat(result.out())
        .contains("C2 ", "C4 ", "C5 ", "C6 ", "All action lines")
        .contains("SDG coverage", "Goals no outcome covers")
        .contains("Validation (profile default)")
        .contains("HTML report: " + report);
    assertThat(Files.readString(report)).contains("<table class=\"heatmap\">");
  }

  @Test
  void summary_fileWithoutReport_printsSummaryOnly() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    Cli.Result result = Cli.run("summary", file.toString(), "--no-report");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("Fixture roadmaps", "C2 ", "All action lines", "Validation (profile default)")
        .doesNotContain("HTML report");
  }

  @Test
  void validate_cleanFile_exitsZeroWithTextReport() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    Cli.Result result = Cli.run("validate", file.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).isNotBlank().doesNotContain("WSIS-TIME-001");
  }

  @Test
  void validate_errorUnderFailOnError_exitsOneAndNamesTheRule() throws IOException {
    Path file = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());

    Cli.Result result = Cli.run("validate", file.toString(), "--fail-on", "ERROR");

    assertThat(result.exit()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out()).contains("WSIS-TIME-001", "C2.GT.A");
    assertThat(result.err()).contains(file.toString(), "at or above ERROR");
  }

  @Test
  void validate_errorUnderFailOnNone_exitsZero() throws IOException {
    Path file = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());

    assertThat(Cli.run("validate", file.toString(), "--fail-on", "NONE").exit()).isEqualTo(ExitCode.OK);
    assertThat(Cli.run("validate", file.toString(), "--fail-on", "FATAL").exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void validate_waiverForTheError_exitsZeroAndReportsItWaived() throws IOException {
    Path file = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());
    Path waivers = Fixtures.writeText(dir, "waivers.yaml", "waivers:\n  - rule: WSIS-TIME-001\n    location: \"C2.GT.A\"\n"
        + "    reason: The printed document has the span reversed\n");

    Cli.Result result = Cli.run("validate", file.toString(), "--waivers", waivers.toString(), "--format", "json");

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("WSIS-TIME-001", "The printed document has the span reversed");
  }

  @Test
  void validate_jsonAndSarif_areWellFormedJson() throws IOException {
    Path file = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());

    JsonNode json = JSON.readTree(Cli.run("validate", file.toString(), "--format", "json", "--fail-on", "NONE").out());
    JsonNode sarif = JSON.readTree(Cli.run("validate", file.toString(), "--format", "sarif", "--fail-on", "NONE").out());

    assertThat(json.toString()).contains("WSIS-TIME-001");
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    List<String> ruleIds = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(result -> ruleIds.add(result.get("ruleId").asText()));
    assertThat(ruleIds).contains("WSIS-TIME-001"); // with the INFO findings of the WSIS-SDG Matrix rules

  }

  @Test
  void validate_sarifToFile_writesTheFileAndStillFails() throws IOException {
    Path file = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());
    Path sarif = dir.resolve("out/roadmap.sarif");

    Cli.Result result = Cli.run("validate", file.toString(), "--format", "sarif", "-o", sarif.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out()).contains("Wrote " + sarif + " (sarif, ");
    assertThat(JSON.readTree(Files.readString(sarif)).get("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void validate_strictProfile_bundledRoadmaps_runs() {
    Cli.Result result = Cli.run("validate", "--profile", "strict", "--fail-on", "NONE");

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("strict");
  }

  @Test
  void validate_unknownProfile_isUsageError() {
    Cli.Result result = Cli.run("validate", "--profile", "lenient");

    assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--profile", "lenient");
  }

  @Test
  void validate_brokenWaiverFile_exitsThreeWithLocation() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());
    Path waivers = Fixtures.writeText(dir, "waivers.yaml", "waivers:\n  - rule: WSIS-NOPE-999\n    location: x\n    reason: y\n");

    Cli.Result result = Cli.run("validate", file.toString(), "--waivers", waivers.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).startsWith("roadmap: " + waivers + ": line ").contains("WSIS-NOPE-999");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void badInput_missingFile_exitsThreeWithOneLine() {
    Path missing = dir.resolve("missing.json");

    Cli.Result result = Cli.run("stats", missing.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).isEqualTo("roadmap: " + missing + ": no such file\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void badInput_brokenJson_exitsThreeWithLineAndColumn() throws IOException {
    Path broken = Fixtures.writeText(dir, "broken.json", "{\n  \"id\": \"x\",\n  \"title\": \n");

    Cli.Result result = Cli.run("validate", broken.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).startsWith("roadmap: " + broken + ": line ").contains("column");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void badInput_brokenJsonVerbose_printsTheStackTrace() throws IOException {
    Path broken = Fixtures.writeText(dir, "broken.json", "{\"id\": ");

    Cli.Result result = Cli.run("stats", broken.toString(), "--verbose");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).contains("BadInputException", "\tat ");
  }

  @Test
  void badInput_unknownExtension_exitsThreeAndNamesTheFormats() throws IOException {
    Path file = Fixtures.writeText(dir, "roadmap.xml", "<roadmap/>");

    Cli.Result result = Cli.run("coverage", file.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).contains("roadmap.xml", "cannot tell the format", "json", "yaml");
  }

  @Test
  void usage_unknownFromFormat_exitsTwoLikeTo() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    List<Cli.Result> results = List.of(
        Cli.run("stats", file.toString(), "--from", "xml"),
        Cli.run("convert", file.toString(), "-", "--from", "xml"),
        Cli.run("diff", file.toString(), file.toString(), "--from", "xml"),
        Cli.run("convert", file.toString(), "-", "--to", "xml"));

    for (Cli.Result result : results) {
      assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("format must be one of json, yaml, csv, jsonl, jsonld, ").contains(", but was: 'xml'");
    }
  }

  @Test
  void usage_knownFromFormat_readsTheFile() throws IOException {
    Path file = Fixtures.write(dir, "fixture.txt", Fixtures.clean());

    assertThat(Cli.run("stats", file.toString(), "--from", "json").exit()).isZero();
  }

  @Test
  void badInput_symbolicLinkLoop_saysSo() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    try {
      Files.createSymbolicLink(a, b.getFileName());
      Files.createSymbolicLink(b, a.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      org.assertj.core.api.Assumptions.assumeThat(false).as("symbolic links").isTrue();
    }

    Cli.Result result = Cli.run("stats", a.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).isEqualTo("roadmap: " + a + ": too many levels of symbolic links (a loop of symbolic links)\n");
  }

  @Test
  void badInput_danglingSymbolicLink_saysSo() throws IOException {
    Path a = dir.resolve("a.json");
    try {
      Files.createSymbolicLink(a, dir.resolve("missing.json"));
    } catch (UnsupportedOperationException | IOException e) {
      org.assertj.core.api.Assumptions.assumeThat(false).as("symbolic links").isTrue();
    }

    Cli.Result result = Cli.run("stats", a.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).isEqualTo("roadmap: " + a + ": is a symbolic link to a file that does not exist\n");
  }

  @Test
  void usage_unknownSubcommandOrOption_exitsTwo() {
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(ExitCode.USAGE);
    Cli.Result result = Cli.run("stats", "--bogus");
    assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--bogus", "Try 'roadmap stats --help'");
  }

  @Test
  void convert_jsonToYamlAndBack_keepsTheRoadmap() throws IOException {
    Roadmap roadmap = Fixtures.clean();
    Path json = Fixtures.write(dir, "fixture.json", roadmap);
    Path yaml = dir.resolve("fixture.yaml");
    Path back = dir.resolve("back.json");

    Cli.Result toYaml = Cli.run("convert", json.toString(), yaml.toString());
    Cli.Result toJson = Cli.run("convert", yaml.toString(), back.toString());

    assertThat(toYaml.exit()).isZero();
    assertThat(toYaml.out()).contains("Wrote " + yaml + " (yaml, 2 outcomes)");
    assertThat(toJson.exit()).isZero();
    assertThat(RoadmapYaml.read(yaml)).isEqualTo(roadmap);
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(json));
  }

  @Test
  void convert_toStandardOutput_printsTheFormat() throws IOException {
    Path json = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    Cli.Result result = Cli.run("convert", json.toString(), "-", "--to", "yaml");

    assertThat(result.exit()).isZero();
    assertThat(RoadmapYaml.read(result.out())).isEqualTo(Fixtures.clean());
  }

  @Test
  void convert_unknownTarget_failsClearly() throws IOException {
    Path json = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    assertThat(Cli.run("convert", json.toString(), dir.resolve("x.doc").toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Cli.run("convert", json.toString(), "-", "--to", "doc").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void diff_twoEditions_printsTheChangeInTextAndJson() throws IOException {
    Path older = Fixtures.write(dir, "old.json", Fixtures.clean());
    Roadmap edited = Fixtures.edition("fixture", Fixtures.infrastructure("2020-2027", 2020, 2027));
    Path newer = Fixtures.write(dir, "new.json", edited);

    Cli.Result text = Cli.run("diff", older.toString(), newer.toString());
    Cli.Result json = Cli.run("diff", older.toString(), newer.toString(), "--format", "json");

    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("C2.GT.A", "2027");
    assertThat(json.exit()).isZero();
    assertThat(JSON.readTree(json.out()).toString()).contains("C2.GT.A");
  }

  @Test
  void diff_sameFile_saysNoChanges() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    assertThat(Cli.run("diff", file.toString(), file.toString()).out()).contains("No changes.");
  }

  @Test
  void query_eachCriterion_listsMatchingOutcomes() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());
    String path = file.toString();

    assertThat(Cli.run("query", path, "--sdg", "9", "--ids").out()).isEqualTo("C2.GT.A\n");
    assertThat(Cli.run("query", path, "--target", "16.2", "--ids").out()).isEqualTo("C2.GT.B\n");
    assertThat(Cli.run("query", path, "--resolution", "PP 179", "--ids").out()).isEqualTo("C2.GT.B\n");
    assertThat(Cli.run("query", path, "--year", "2025", "--ids").out()).isEqualTo("C2.GT.A\n");
    assertThat(Cli.run("query", path, "--text", "online protection", "--ids").out()).isEqualTo("C2.GT.B\n");
    assertThat(Cli.run("query", path, "--sdg", "SDG 9").out())
        .contains("C2.GT.A", "2020-2025", "Governments should take action", "1 of 2 outcomes link to SDG 9.");
  }

  @Test
  void query_bundledRoadmaps_findsOutcomesOfSdg9() {
    Cli.Result result = Cli.run("query", "--sdg", "9");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).containsPattern("(?m)^C[2456]\\.(GT|W10)\\.").containsPattern("\\d+ of \\d+ outcomes link to SDG 9\\.");
  }

  @Test
  void query_resolutionKeyForms_findTheSameOutcomes() {
    Cli.Result number = Cli.run("query", "--resolution", "70/1", "--ids");
    Cli.Result body = Cli.run("query", "--resolution", "UNGA 70/1", "--ids");
    Cli.Result symbol = Cli.run("query", "--resolution", "A/RES/70/1", "--ids");

    assertThat(body.exit()).isZero();
    assertThat(body.out()).isNotBlank();
    assertThat(number.out()).isEqualTo(body.out());
    assertThat(symbol.out()).isEqualTo(body.out());
  }

  @Test
  void query_resolutionOfAnotherBody_findsNothing() {
    Cli.Result result = Cli.run("query", "--resolution", "PP 70/1", "--ids");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void query_numberAlone_findsEveryBodysResolutionOfThatNumber() {
    String wtdc = Cli.run("query", "--resolution", "WTDC 45", "--ids").out();
    String any = Cli.run("query", "--resolution", "45", "--ids").out();

    assertThat(wtdc).isNotBlank();
    assertThat(any.lines()).containsAll(wtdc.lines().toList());
  }

  @Test
  void query_noneOrTwoCriteria_isUsageError() {
    assertThat(Cli.run("query").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("query", "--sdg", "9", "--year", "2026").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("query", "--target", "9-c").err()).contains("9-c");
  }

  @Test
  void coverage_textAndCsv_renderTheMatrix() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    Cli.Result text = Cli.run("coverage", file.toString());
    Cli.Result csv = Cli.run("coverage", file.toString(), "--format", "csv");

    assertThat(text.out()).startsWith("AL ").contains("C2").contains("Goals no outcome covers");
    assertThat(csv.out()).startsWith("actionLine,outcomes,linked,linkedShare,sdg1,").contains("C2.GT.A");
  }

  @Test
  void coverageMatrix_bundledEdition_readsTheLinksAgainstTheMatrix() {
    Cli.Result text = Cli.run("coverage", "--matrix");
    Cli.Result csv = Cli.run("coverage", "--matrix", "--format", "csv");

    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("AL ").contains("Goals no outcome covers", "WSIS-SDG Matrix coverage\n",
        "C4  matrix goals: 1, 2, 3, 4, 5, 6, 12, 13, 14, 16, 17\n",
        "  links outside the matrix:       8 (C4.GT.B), 9 (C4.GT.A C4.GT.F), 10 (C4.GT.A C4.GT.D)\n",
        "  targets not addressed:          8.1\n");
    assertThat(csv.exit()).isZero();
    assertThat(csv.out()).startsWith("actionLine,link,status,outcomes\n")
        .contains("C5,8.1,not addressed,\n", "C5,9.c,addressed,\n", "C4,10,outside,C4.GT.A C4.GT.D\n")
        .doesNotContain("linkedShare", "\r");
  }

  @Test
  void stats_file_printsCounts() throws IOException {
    Path file = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    Cli.Result result = Cli.run("stats", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("C2");
  }

  @Test
  void report_file_writesSelfContainedHtml() throws IOException {
    Path file = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());
    Path html = dir.resolve("report.html");

    Cli.Result result = Cli.run("report", file.toString(), "-o", html.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("Wrote " + html);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("<html lang=\"en\">", "id=\"outcome-C2.GT.A\"", "href=\"#outcome-C2.GT.A\"", "WSIS-TIME-001");
  }

  @Test
  void rules_listsTheCatalogue() {
    Cli.Result text = Cli.run("rules");
    Cli.Result markdown = Cli.run("rules", "--format", "markdown", "--rationale");

    assertThat(text.out()).contains("WSIS-TEXT-001", "WSIS-TIME-001", "ERROR");
    assertThat(markdown.out()).startsWith("| rule |").contains("| `WSIS-TIME-001` | ERROR |");
  }

  @Test
  void schema_printsTheJsonSchema() throws IOException {
    Cli.Result result = Cli.run("schema");

    assertThat(result.exit()).isZero();
    JsonNode schema = JSON.readTree(result.out());
    assertThat(schema.has("$schema")).isTrue();
  }

  @Test
  void export_eachFormat_writesTheBundledRoadmaps() throws IOException {
    Cli.Result json = Cli.run("export");
    Path yaml = dir.resolve("2024.yaml");
    Cli.Result toFile = Cli.run("export", "-o", yaml.toString());

    assertThat(json.exit()).isZero();
    Roadmap bundled = RoadmapJson.read(json.out());
    assertThat(bundled).isEqualTo(Dataset.edition2024());
    assertThat(toFile.exit()).isZero();
    assertThat(RoadmapYaml.read(yaml)).isEqualTo(bundled);
  }

  @Test
  void import_the2024Document_writesTheRoadmapAndTheImportReport() throws IOException {
    Path document = dir.resolve("roadmaps-2024.txt");
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      Files.copy(in, document);
    }
    Path output = dir.resolve("imported.json");
    Path report = dir.resolve("import-report.txt");

    Cli.Result result = Cli.run("import", document.toString(), "-o", output.toString(), "--report", report.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    Roadmap imported = RoadmapJson.read(output);
    assertThat(imported.getActionLines()).hasSize(4);
    assertThat(imported.outcomes()).hasSameSizeAs(WsisRoadmaps.edition2024().outcomes());
    assertThat(result.out()).contains("Imported " + document + ": 4 action lines, " + imported.outcomes().size() + " outcomes");
    assertThat(Files.readString(report)).startsWith("Import report: roadmaps-2024.txt");
  }

  @Test
  void import_the2024DocumentWithItsErrata_givesTheBundledRoadmaps() throws IOException {
    Path document = dir.resolve("roadmaps-2024.txt");
    Path errata = dir.resolve("errata.json");
    try (InputStream text = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE);
        InputStream corrections = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_ERRATA_RESOURCE)) {
      Files.copy(text, document);
      Files.copy(corrections, errata);
    }

    Cli.Result result = Cli.run("import", document.toString(), "--errata", errata.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    assertThat(RoadmapJson.read(result.out())).isEqualTo(WsisRoadmaps.edition2024());
    assertThat(result.err()).startsWith("Imported " + document + ": 4 action lines, ");
  }

  @Test
  void import_textOfAnotherLayout_exitsThreeWithTheLine() throws IOException {
    Path document = Fixtures.writeText(dir, "notes.txt", "Meeting notes\nNothing about roadmaps here.\n");

    Cli.Result result = Cli.run("import", document.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).startsWith("roadmap: " + document + ": line ");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void formats_csvAndJsonLinesInputs_giveTheSameCoverageAsJson() throws IOException {
    Path json = dir.resolve("2024.json");
    assertThat(Cli.run("export", "-o", json.toString()).exit()).isZero();
    Path csv = dir.resolve("2024.csv");
    Path jsonl = dir.resolve("2024.jsonl");

    Cli.Result toCsv = Cli.run("convert", json.toString(), csv.toString());
    assertThat(toCsv.exit()).isZero();
    assertThat(toCsv.err()).contains("note: the CSV table holds one row per outcome");
    assertThat(Cli.run("coverage", csv.toString()).err()).contains("note: " + csv + " is a flat CSV table");
    assertThat(Cli.run("convert", json.toString(), jsonl.toString()).exit()).isZero();

    String expected = Cli.run("coverage", json.toString()).out();
    assertThat(Cli.run("coverage", csv.toString()).out()).isEqualTo(expected);
    assertThat(Cli.run("coverage", jsonl.toString()).out()).isEqualTo(expected);
    assertThat(RoadmapJson.read(Cli.run("convert", jsonl.toString(), "-").out())).isEqualTo(Dataset.edition2024());
  }
}
