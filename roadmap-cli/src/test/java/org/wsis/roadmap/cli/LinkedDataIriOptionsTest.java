package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsis.roadmap.io.RoadmapJsonLd;

/** SDG IRIs in command-line options, and the JSON-LD base of every command that writes JSON-LD. */
final class LinkedDataIriOptionsTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"http://metadata.un.org/sdg/9.c", "https://metadata.un.org/sdg/9.c"})
  void query_targetIriInEitherScheme_findsWhatTheCodeFinds(String iri) {
    Cli.Result byCode = Cli.run("query", "--target", "9.c", "--ids");
    Cli.Result byIri = Cli.run("query", "--target", iri, "--ids");

    assertThat(byIri.exit()).isZero();
    assertThat(byIri.out()).isEqualTo(byCode.out()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://metadata.un.org/sdg/9", "https://metadata.un.org/sdg/9"})
  void query_goalIriInEitherScheme_findsWhatTheNumberFinds(String iri) {
    Cli.Result byNumber = Cli.run("query", "--sdg", "9", "--ids");
    Cli.Result byIri = Cli.run("query", "--sdg", iri, "--ids");

    assertThat(byIri.exit()).isZero();
    assertThat(byIri.out()).isEqualTo(byNumber.out()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://METADATA.UN.ORG/sdg/9.c", "https://metadata.un.org/sdg/9.c#x",
      "https://metadata.un.org/sdg/9%2Ec", "file:///etc/passwd", "https://metadata.un.org/sdg/9.c?x=1"})
  void query_hostileTargetIri_isAUsageErrorThatQuotesIt(String iri) {
    Cli.Result result = Cli.run("query", "--target", iri);

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("metadata.un.org/sdg/").doesNotContain("Exception");
  }

  @Test
  void query_goalIriOnAnotherHost_isAUsageError() {
    Cli.Result result = Cli.run("query", "--sdg", "https://evil.example/sdg/9");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("evil.example");
  }

  @Test
  void convert_toJsonldWithBase_writesIrisUnderTheBase() throws IOException {
    Path in = dir.resolve("in.json");
    assertThat(Cli.run("export", "-o", in.toString()).exit()).isZero();
    Path out = dir.resolve("out.jsonld");

    Cli.Result result = Cli.run("convert", in.toString(), out.toString(), "--base", "https://example.org/r/");

    assertThat(result.exit()).isZero();
    assertThat(Files.readString(out)).contains("\"@id\" : \"https://example.org/r/")
        .doesNotContain(RoadmapJsonLd.DEFAULT_BASE.toString());
  }

  @Test
  void convert_baseWithAnotherFormatOrRelative_isAUsageError() throws IOException {
    Path in = dir.resolve("in.json");
    Cli.run("export", "-o", in.toString());

    Cli.Result json = Cli.run("convert", in.toString(), dir.resolve("out.json").toString(), "--base", "https://example.org/r/");
    Cli.Result relative = Cli.run("convert", in.toString(), dir.resolve("out.jsonld").toString(), "--base", "r/");

    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).contains("--base sets the IRIs of the jsonld format only, but the format is json");
    assertThat(relative.exit()).isEqualTo(2);
    assertThat(relative.err()).contains("absolute IRI");
    assertThat(dir.resolve("out.json")).doesNotExist();
    assertThat(dir.resolve("out.jsonld")).doesNotExist();
  }

  @Test
  void help_ofExportAndConvert_namesTheDefaultBase() {
    // the help wraps long lines, so compare without white space
    assertThat(Cli.run("export", "--help").out().replaceAll("\\s+", "")).contains(RoadmapJsonLd.DEFAULT_BASE.toString());
    assertThat(Cli.run("convert", "--help").out().replaceAll("\\s+", "")).contains(RoadmapJsonLd.DEFAULT_BASE.toString());
  }
}
