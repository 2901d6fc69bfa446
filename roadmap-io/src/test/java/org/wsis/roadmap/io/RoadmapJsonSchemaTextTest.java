package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class RoadmapJsonSchemaTextTest {

  @Test
  void schema_isTheSchemaResource() throws Exception {
    Path resource = Path.of("src/main/resources" + RoadmapJson.SCHEMA_RESOURCE);

    assertThat(RoadmapJson.schema()).isEqualTo(Files.readString(resource, StandardCharsets.UTF_8));
  }

  @Test
  void schema_describesTheCanonicalJson() {
    assertThat(RoadmapJson.schema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"schemaVersion\"");
  }
}
