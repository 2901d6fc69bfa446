package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class SchemaValidationPropertiesTest {
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = RoadmapJson.class.getResourceAsStream(RoadmapJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("the schema ships in the jar at " + RoadmapJson.SCHEMA_RESOURCE).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void writtenJson_sample_validatesAgainstShippedSchema() {
    assertThat(validate(RoadmapJson.toString(SampleRoadmaps.small()))).isEmpty();
  }

  /** Each document breaks one rule of the canonical JSON; the schema must reject it. */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"schemaVersion\": \"1.0\", -> \"schemaVersion\": 1.0,",
    "\"schemaVersion\": \"1.0\", -> \"schemaVersion\": \"2.0\",",
    "\"schemaVersion\": \"1.0\", -> ",
    "\"status\": \"DRAFT\" -> \"status\": \"DONE\"",
    "\"id\": \"C5.GT.A\" -> \"id\": \"X5.GT.A\"",
    "\"goal\": 16 -> \"goal\": 18",
    "\"goal\": 16 -> \"goal\": \"16\"",
    "\"target\": \"9.c\" -> \"target\": \"9-c\"",
    "\"kind\": \"text\" -> \"kind\": \"note\"",
    "\"kind\": \"SPAN\" -> \"kind\": \"RANGE\"",
    "\"label\": \"A1\" -> \"label\": 1",
    "\"section\": \"GENEVA_TUNIS\" -> \"section\": \"GT\"",
    "\"fromLine\": 120 -> \"fromLine\": \"120\"",
    "\"title\": \"Sample roadmap C5\" -> \"colour\": \"red\", \"title\": \"Sample roadmap C5\"",
    "\"raw\": \"2020-2025\", -> ",
    "\"value\": 80 -> \"value\": \"80\""
  })
  void shippedSchema_documentBreakingOneRule_rejectsIt(String edit) {
    String[] parts = edit.split(" -> ", 2);
    String valid = RoadmapJson.toString(SampleRoadmaps.small());
    assertThat(valid).contains(parts[0]);
    String invalid = valid.replaceFirst(java.util.regex.Pattern.quote(parts[0]),
        java.util.regex.Matcher.quoteReplacement(parts[1]));
    assertThat(validate(invalid)).as(edit).isNotEmpty();
  }
}
