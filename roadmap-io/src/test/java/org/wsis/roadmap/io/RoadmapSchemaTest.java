package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

final class RoadmapSchemaTest {

  @Test
  void committedSchema_freshGeneration_isEqual() throws Exception {
    String fresh = RoadmapSchemaGenerator.generate();
    if (Boolean.getBoolean("roadmap.regenerate")) {
      Files.writeString(RoadmapSchemaGenerator.COMMITTED, fresh, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RoadmapSchemaGenerator.COMMITTED, StandardCharsets.UTF_8))
        .as("the committed schema is stale: run the build with -Droadmap.regenerate=true and commit it")
        .isEqualTo(fresh);
  }
}
