package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * The formats of the optional modules on the command line (xlsx and docx from roadmap-office, ttl and
 * nt from roadmap-rdf, on the test class path as in the distribution's lib/optional/): chosen by
 * extension, --to and --format, written atomically, never to a terminal. Their absence is checked by
 * {@code RoadmapJarIT}, which runs the bare jar.
 */
final class OptionalFormatsCommandTest {
  @TempDir
  Path dir;

  /** What a run printed, with the bytes written to standard output. */
  record Run(int exit, String out, String err, byte[] bytes) {}

  private static Run run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter outWriter = new PrintWriter(out);
    int exit = RoadmapCommand.execute(RoadmapCommand.commandLine(outWriter, new PrintWriter(err),
        FileSystems.getDefault(), new StandardOutput(bytes, terminal)), args);
    outWriter.flush();
    return new Run(exit, out.toString(), err.toString(), bytes.toByteArray());
  }

  @Test
  void convert_jsonToXlsxAndBack_givesByteIdenticalCanonicalJson() throws IOException {
    assertThat(Cli.run("export", "-o", dir.resolve("2024.json").toString()).exit()).isZero();

    Cli.Result toWorkbook = Cli.run("convert", dir.resolve("2024.json").toString(), dir.resolve("2024.xlsx").toString());
    Cli.Result back = Cli.run("convert", dir.resolve("2024.xlsx").toString(), dir.resolve("back.json").toString());

    assertThat(toWorkbook.exit()).isZero();
    assertThat(toWorkbook.out()).contains("(xlsx, 68 outcomes)");
    assertThat(back.exit()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("back.json"))).isEqualTo(Files.readAllBytes(dir.resolve("2024.json")));
    assertThat(Files.readAllBytes(dir.resolve("2024.xlsx"))).startsWith('P', 'K');
  }

  @Test
  void convert_toWithoutExtension_andReadingWithFrom_useTheWorkbook() throws IOException {
    Path json = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    assertThat(Cli.run("convert", json.toString(), dir.resolve("sheet.bin").toString(), "--to", "xlsx").exit()).isZero();
    Cli.Result stats = Cli.run("stats", dir.resolve("sheet.bin").toString(), "--from", "xlsx");

    assertThat(stats.exit()).isZero();
    assertThat(stats.out()).isEqualTo(Cli.run("stats", json.toString()).out());
  }

  @Test
  void validate_workbook_readsItLikeAnyRoadmapFile() throws IOException {
    Path json = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());
    assertThat(Cli.run("convert", json.toString(), dir.resolve("broken-timing.xlsx").toString()).exit()).isZero();

    Cli.Result result = Cli.run("validate", dir.resolve("broken-timing.xlsx").toString(), "--fail-on", "ERROR");

    assertThat(result.exit()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out()).contains("WSIS-TIME-001");
  }

  @Test
  void read_notAWorkbook_exitsThreeWithTheWorkbookProblemAndNoLineNumber() throws IOException {
    Fixtures.writeText(dir, "draft.xlsx", "id,title\n");

    Cli.Result result = Cli.run("stats", dir.resolve("draft.xlsx").toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).startsWith("roadmap: " + dir.resolve("draft.xlsx") + ": workbook: ")
        .doesNotContain("line 0").doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void exportDocx_thenImport_givesTheOutcomesAndAnImportReport() throws IOException {
    Path docx = dir.resolve("2024.docx");
    Cli.Result export = Cli.run("export", "--format", "docx", "-o", docx.toString());
    assertThat(export.exit()).isZero();

    Cli.Result imported = Cli.run("import", docx.toString(), "-o", dir.resolve("imported.json").toString(),
        "--report", dir.resolve("report.txt").toString());

    assertThat(imported.exit()).isZero();
    assertThat(imported.out()).startsWith("Imported " + docx + ": 4 action lines, 68 outcomes; ");
    Roadmap back = RoadmapJson.read(dir.resolve("imported.json"));
    assertThat(back.outcomes()).extracting(Outcome::getId)
        .isEqualTo(WsisRoadmaps.edition2024().outcomes().stream().map(Outcome::getId).toList());
    String report = Files.readString(dir.resolve("report.txt"));
    assertThat(report).startsWith("Import report: 2024.docx\nIssues: ");
    assertThat(report.lines().filter(l -> l.startsWith("line "))).isNotEmpty()
        .allMatch(l -> l.matches("line \\d+( \\([^)]*\\))?  [A-Z_]+  .*"));
  }

  @Test
  void import_textExport_isUnchangedByTheDocumentFormats() throws IOException {
    Path text = Fixtures.writeText(dir, "document.txt", "no roadmap table here\n");

    Cli.Result result = Cli.run("import", text.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).contains("document.txt").doesNotContain("docx");
  }

  @Test
  void export_ttl_isTurtleThatRdf4jParses_withTheSdgIrisAndTheActionLineScheme() throws IOException {
    Cli.Result result = Cli.run("export", "--format", "ttl");

    assertThat(result.exit()).isZero();
    Model model = Rio.parse(new StringReader(result.out()), "", RDFFormat.TURTLE);
    SimpleValueFactory vf = SimpleValueFactory.getInstance();
    assertThat(model.filter(null, null, vf.createIRI("http://metadata.un.org/sdg/9.c"))).isNotEmpty();
    assertThat(model.filter(null, SKOS.IN_SCHEME, null)).isNotEmpty();
  }

  @Test
  void export_ntToAFile_isNTriplesThatRdf4jParses_andTheSameGraphAsTurtle() throws IOException {
    Path nt = dir.resolve("2024.nt");
    Cli.Result result = Cli.run("export", "-o", nt.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("(nt, 68 outcomes)");
    Model triples = Rio.parse(Files.newBufferedReader(nt, StandardCharsets.UTF_8), "", RDFFormat.NTRIPLES);
    Model turtle = Rio.parse(new StringReader(Cli.run("export", "--format", "ttl").out()), "", RDFFormat.TURTLE);
    assertThat(org.eclipse.rdf4j.model.util.Models.isomorphic(triples, turtle)).isTrue();
  }

  @Test
  void read_ttl_isRefusedAsWriteOnly() throws IOException {
    Path ttl = dir.resolve("2024.ttl");
    assertThat(Cli.run("export", "-o", ttl.toString()).exit()).isZero();

    Cli.Result result = Cli.run("stats", ttl.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).contains("the ttl format is write-only");
  }

  @Test
  void export_xlsxToAPipe_writesTheWorkbookBytes() throws IOException {
    Path file = dir.resolve("2024.xlsx");
    assertThat(Cli.run("export", "-o", file.toString()).exit()).isZero();

    Run run = run(false, "export", "--format", "xlsx");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.bytes()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void binaryFormats_toATerminal_areRefusedWithExitTwo() throws IOException {
    Path json = Fixtures.write(dir, "fixture.json", Fixtures.clean());

    List<Run> runs = List.of(
        run(true, "export", "--format", "xlsx"),
        run(true, "export", "--format", "docx"),
        run(true, "convert", json.toString(), "-", "--to", "xlsx"));

    for (Run run : runs) {
      assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).contains("format is binary and is not written to a terminal")
          .contains("write it to a file (-o FILE");
      assertThat(run.bytes()).isEmpty();
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void binaryFormats_toATextOnlyOutput_areRefusedWithExitTwo_butTextFormatsArePrinted() {
    Cli.Result binary = Cli.run("export", "--format", "xlsx");
    Run text = run(true, "export", "--format", "ttl");

    assertThat(binary.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(binary.err()).contains("takes text only");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("@prefix");
  }

  @Test
  void formats_listsTheBuiltInAndTheInstalledOptionalFormats() {
    Cli.Result result = Cli.run("formats");

    assertThat(result.exit()).isZero();
    assertThat(result.out().lines().skip(1).map(l -> l.split("\\s+")[0]))
        .containsExactly("json", "yaml", "csv", "jsonl", "jsonld", "xlsx", "docx", "ttl", "nt");
    assertThat(result.out()).contains("xlsx     .xlsx            read, write  binary  roadmap-office")
        .contains("ttl      .ttl             write        text    roadmap-rdf")
        .doesNotContain("not installed");
  }

  @Test
  void missing_knownOptionalFormat_isNamedOnlyWhenAbsent() {
    assertThat(FormatNotes.missing("xlsx")).isEmpty();
    assertThat(FormatNotes.missing("xml")).isEmpty();
    assertThat(FormatNotes.optionalModuleOf(".TTL")).map(FormatNotes.OptionalModule::artifact).contains("roadmap-rdf");
  }
}
