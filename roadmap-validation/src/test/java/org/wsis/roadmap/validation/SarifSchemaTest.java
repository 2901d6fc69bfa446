package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * Every SARIF form of the reports is valid against the official SARIF 2.1.0 schema (see {@code
 * sarif/PROVENANCE.md} beside the schema).
 */
final class SarifSchemaTest {
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema test resource").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> validate(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON);
  }

  @Test
  void sarif_sampleOfTheDocument_isValid() {
    assertThat(validate(ReportWriterTest.sample().toSarif("roadmaps/fixture.txt"))).isEmpty();
    assertThat(validate(ReportWriterTest.sample().toSarif())).isEmpty();
    assertThat(validate(ReportWriterTest.empty().toSarif())).isEmpty();
  }

  @Test
  void sarif_sampleOfAFileWithPositions_isValid() {
    String sarif = ReportWriterTest.sample().toSarif(Path.of("drafts", "my draft#2 100%.json"),
        pointer -> Optional.of(new FilePosition(pointer.length() + 1, pointer.isEmpty() ? 0 : 3)));

    assertThat(sarif).contains("\"uri\" : \"drafts/my%20draft%232%20100%25.json\"");
    assertThat(validate(sarif)).isEmpty();
  }

  @Test
  void sarif_bundledEdition_isValid() {
    String sarif = Fixtures.validator().validate(WsisRoadmaps.edition2024()).toSarif();

    assertThat(validate(sarif)).isEmpty();
  }

  @Test
  void schema_sarifWithALineZeroAndAnUnencodedSpace_isRejected() {
    String sarif = ReportWriterTest.sample().toSarif(Path.of("draft.json"), pointer -> Optional.of(FilePosition.ofLine(4)))
        .replace("\"startLine\" : 4", "\"startLine\" : 0");

    assertThat(validate(sarif)).isNotEmpty();
    assertThat(validate(ReportWriterTest.sample().toSarif("my draft.json"))).isNotEmpty();
  }
}
