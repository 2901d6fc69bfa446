package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;

final class RoadmapJsonTest {
  private static final Roadmap SAMPLE = SampleRoadmaps.small();

  @Test
  void toString_sample_startsWithSchemaVersionAndUsesNewlinesOnly() {
    String json = RoadmapJson.toString(SAMPLE);
    assertThat(json).startsWith("{\n  \"schemaVersion\": \"" + RoadmapJson.SCHEMA_VERSION + "\",\n  \"id\": ");
    assertThat(json).doesNotContain("\r").endsWith("}\n");
    assertThat(json).contains("\"subItems\": [],").doesNotContain("[ ]");
  }

  @Test
  void toCompactString_sample_hasNoWhiteSpaceBetweenTokens() {
    String compact = RoadmapJson.toCompactString(SAMPLE);
    assertThat(compact).startsWith("{\"schemaVersion\":\"1.0\",\"id\":\"sample-2024\"").doesNotContain("\n");
    assertThat(RoadmapJson.read(compact)).isEqualTo(SAMPLE);
  }

  @Test
  void toBytes_otherDefaultLocale_sameBytes() {
    Locale before = Locale.getDefault();
    try {
      byte[] english = RoadmapJson.toBytes(SAMPLE);
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(RoadmapJson.toBytes(SAMPLE)).isEqualTo(english);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void write_pathStreamWriter_sameBytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.json");
    RoadmapJson.write(SAMPLE, file);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    RoadmapJson.write(SAMPLE, stream);
    java.io.StringWriter writer = new java.io.StringWriter();
    RoadmapFormat.json().writer().write(SAMPLE, writer);
    assertThat(Files.readAllBytes(file)).isEqualTo(stream.toByteArray())
        .isEqualTo(writer.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(RoadmapJson.read(file)).isEqualTo(SAMPLE);
    assertThat(RoadmapJson.read(new java.io.ByteArrayInputStream(stream.toByteArray()))).isEqualTo(SAMPLE);
  }

  @Test
  void write_extensionThatIsNotJson_throwsRoadmapException() {
    Roadmap broken = Roadmap.builder().from(SAMPLE).putExtension("note", "{not json").build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoadmapJson.toString(broken))
        .isInstanceOf(org.wsis.roadmap.RoadmapException.class)
        .hasMessageContaining("extension 'note' of roadmap 'sample-2024' must be JSON text");
  }

  @Test
  void write_extensionNamedLikeAProperty_throwsRoadmapException() {
    Roadmap broken = Roadmap.builder().from(SAMPLE).putExtension("title", "\"x\"").build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoadmapJson.toString(broken))
        .isInstanceOf(org.wsis.roadmap.RoadmapException.class)
        .hasMessageContaining("must not reuse a property name");
  }
}
