package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linked-data options of the command line: JSON-LD export, the context, SDG IRIs and GDC queries. */
final class LinkedDataCommandsTest {
  @TempDir
  Path dir;

  @Test
  void export_jsonld_writesTheBundledRoadmapsWithUnSdgIris() {
    Cli.Result result = Cli.run("export", "--format", "jsonld", "--base", "https://example.org/r/");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("\"@context\"").contains("\"@id\" : \"https://example.org/r/")
        .contains("http://metadata.un.org/sdg/9.c");
  }

  @Test
  void export_jsonld_relativeBase_isAUsageError() {
    Cli.Result result = Cli.run("export", "--format", "jsonld", "--base", "r/");
    assertThat(result.exit()).isNotZero();
    assertThat(result.err()).contains("absolute IRI");
  }

  @Test
  void export_jsonldContext_printsTheVersionedContext() {
    Cli.Result result = Cli.run("export", "--jsonld-context");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("\"@version\": 1.1").doesNotContain("actionLines\" : [");
  }

  @Test
  void convert_toJsonld_writesAFile_andReadingJsonldIsRefused() throws IOException {
    Path in = dir.resolve("in.json");
    Cli.run("export", "-o", in.toString());
    Path out = dir.resolve("out.jsonld");
    assertThat(Cli.run("convert", in.toString(), out.toString()).exit()).isZero();
    assertThat(Files.readString(out)).contains("\"@type\" : \"Outcome\"");
    Cli.Result back = Cli.run("convert", out.toString(), dir.resolve("back.json").toString());
    assertThat(back.exit()).isNotZero();
    assertThat(back.err()).contains("the jsonld format is write-only");
  }

  @Test
  void export_baseWithAnotherFormat_isRefused() {
    Cli.Result result = Cli.run("export", "--format", "json", "--base", "https://example.org/r/");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--base sets the IRIs of the jsonld format only, but the format is json");
  }

  @Test
  void query_targetAsIri_findsWhatTheCodeFinds() {
    Cli.Result byCode = Cli.run("query", "--target", "9.c", "--ids");
    Cli.Result byIri = Cli.run("query", "--target", "https://metadata.un.org/sdg/9.c", "--ids");
    assertThat(byIri.exit()).isZero();
    assertThat(byIri.out()).isEqualTo(byCode.out()).isNotEmpty();
    Cli.Result hostile = Cli.run("query", "--target", "https://evil.example/sdg/9.c");
    assertThat(hostile.exit()).isNotZero();
    assertThat(hostile.err()).contains("metadata.un.org");
  }

  @Test
  void coverage_gdc_printsActionLinesByObjective() {
    Cli.Result result = Cli.run("coverage", "--gdc");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("line  GDC1 GDC2 GDC3 GDC4 GDC5\n").contains("C5       0    0    0    0    0");
  }

  @Test
  void query_gdc_bundled2024HasNone_andSixIsRefused() {
    Cli.Result result = Cli.run("query", "--gdc", "3");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("0 of ").contains("link to GDC objective 3");
    Cli.Result six = Cli.run("query", "--gdc", "6");
    assertThat(six.exit()).isNotZero();
    assertThat(six.err()).contains("Global Digital Compact objective must be a number from 1 to 5");
  }
}
