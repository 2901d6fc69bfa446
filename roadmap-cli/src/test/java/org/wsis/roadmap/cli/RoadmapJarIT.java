package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a process, as a user does; failsafe runs it after the package phase built the jar. */
final class RoadmapJarIT {
  private static Path jar;

  @TempDir
  Path dir;

  /** What one process printed, and its exit code. */
  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("roadmap.jar", "target/roadmap.jar"));
    assertThat(jar).as("the shaded jar built by the package phase").isRegularFile();
  }

  private Run run(String... args) throws IOException, InterruptedException {
    return run(List.of(), dir.resolve("stdout.txt"), args);
  }

  private Run run(List<String> jvmOptions, Path out, String... args) throws IOException, InterruptedException {
    return run(jar, jvmOptions, out, args);
  }

  private Run run(Path jarFile, List<String> jvmOptions, Path out, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jarFile.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("roadmap " + String.join(" ", args) + " did not finish within 120 s");
    }
    // decoded leniently: a binary format written to standard output is no UTF-8
    String printed = Files.isRegularFile(out) ? new String(Files.readAllBytes(out), StandardCharsets.UTF_8) : "";
    return new Run(process.exitValue(), printed, Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void jar_standardOutputToDevFull_exitsFiveWithOneLine() throws Exception {
    Path full = Path.of("/dev/full");
    org.assertj.core.api.Assumptions.assumeThat(full).exists();

    Run run = run(List.of(), full, "export", "--format", "json");

    assertThat(run.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
    assertThat(run.err().lines()).containsExactly(
        "roadmap: standard output cannot be written (closed, full or a broken pipe); the output is incomplete");
  }

  @Test
  void jar_outOfMemory_exitsFourWithOneLineEvenWithFailOnNone() throws Exception {
    Run run = run(List.of("-Xmx3m"), dir.resolve("stdout.txt"), "validate", "--fail-on", "NONE");

    assertThat(run.exit()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(run.err().lines()).hasSize(1).allMatch(l -> l.startsWith("roadmap: internal error: out of memory"));
  }

  @Test
  void jar_noArguments_printsSummaryAndWritesReportInWorkingDirectory() throws Exception {
    Run run = run();

    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("All action lines", "SDG coverage", "Validation (profile default)",
        "HTML report: roadmap-report.html");
    assertThat(Files.readString(dir.resolve("roadmap-report.html"))).contains("<table class=\"heatmap\">");
  }

  @Test
  void jar_version_exitsZero() throws Exception {
    Run run = run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("roadmap (wsis-roadmap) ");
  }

  @Test
  void jar_validateErrorUnderFailOnError_exitsOne() throws Exception {
    Path file = Fixtures.write(dir, "broken-timing.json", Fixtures.withError());

    Run run = run("validate", file.toString(), "--fail-on", "ERROR");

    assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("WSIS-TIME-001");
  }

  @Test
  void jar_missingFile_exitsThreeWithOneLine() throws Exception {
    Run run = run("validate", "missing.json");

    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).isEqualTo("roadmap: missing.json: no such file\n");
  }

  @Test
  void jar_brokenJson_exitsThreeWithoutStackTrace() throws Exception {
    Fixtures.writeText(dir, "broken.json", "{\"id\": \"x\", ");

    Run run = run("convert", "broken.json", "out.yaml");

    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("roadmap: broken.json: line 1, column ").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void jar_unknownOption_exitsTwo() throws Exception {
    Run run = run("query", "--colour", "red");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--colour");
  }

  @Test
  void jar_exportAndConvert_roundTripThroughFiles() throws Exception {
    assertThat(run("export", "-o", "2024.json").exit()).isZero();
    assertThat(run("convert", "2024.json", "2024.yaml").exit()).isZero();
    Run stats = run("stats", "2024.yaml");

    assertThat(stats.exit()).isZero();
    assertThat(stats.out()).isEqualTo(run("stats").out());
  }

  @Test
  void jar_findsTheOptionalModules_inOptionalNextToIt() throws Exception {
    assertThat(jar.resolveSibling("optional")).as("the optional modules copied by the package phase")
        .isDirectoryContaining("glob:**/roadmap-office-*.jar").isDirectoryContaining("glob:**/roadmap-rdf-*.jar")
        .isDirectoryContaining("glob:**/poi-ooxml-*.jar").isDirectoryContaining("glob:**/rdf4j-rio-turtle-*.jar");

    Run formats = run("formats");

    assertThat(formats.exit()).isZero();
    assertThat(formats.out()).contains("roadmap-office").contains("roadmap-rdf").doesNotContain("not installed");
  }

  @Test
  void jar_xlsxToRedirectedStandardOutput_isTheWorkbookByteForByte_withNothingElse() throws Exception {
    assertThat(run("export", "-o", "2024.xlsx").exit()).isZero();

    Run run = run(List.of(), dir.resolve("piped.xlsx"), "export", "--format", "xlsx");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("piped.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("2024.xlsx")));
  }

  @Test
  void jar_ttlExport_printsNoLoggingNoise() throws Exception {
    Run run = run("export", "--format", "ttl");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("@prefix");
  }

  @Test
  void bareJar_withoutTheOptionalModules_namesWhatIsMissing_exitTwo() throws Exception {
    Path bare = Files.createDirectories(dir.resolve("bare")).resolve("roadmap.jar");
    Files.copy(jar, bare);
    assertThat(run(bare, List.of(), dir.resolve("a.json"), "export").exit()).isZero();

    Run format = run(bare, List.of(), dir.resolve("out.txt"), "export", "--format", "xlsx");
    Run extension = run(bare, List.of(), dir.resolve("out.txt"), "convert", "a.json", "a.ttl");
    Run reading = run(bare, List.of(), dir.resolve("out.txt"), "stats", "a.docx");
    Run formats = run(bare, List.of(), dir.resolve("out.txt"), "formats");

    assertThat(format.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err()).contains("the xlsx format needs the optional module roadmap-office (org.wsis.roadmap.office)"
        + " and Apache POI, which are not installed");
    assertThat(extension.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(extension.err()).contains("a.ttl: the ttl format needs the optional module roadmap-rdf");
    assertThat(reading.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(reading.err()).contains("the docx format needs the optional module roadmap-office");
    assertThat(Files.exists(dir.resolve("a.ttl"))).isFalse();
    assertThat(formats.exit()).isZero();
    assertThat(formats.out()).contains("json     .json            read, write  text    built in")
        .containsPattern("xlsx +\\.xlsx +- +- +not installed: needs roadmap-office and Apache POI")
        .containsPattern("nt +\\.nt +- +- +not installed: needs roadmap-rdf and Eclipse RDF4J");
  }
}
