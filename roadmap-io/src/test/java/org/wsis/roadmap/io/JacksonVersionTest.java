package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Names the Jackson version the tests run on. The build runs the Jackson tests twice: on the version
 * it is built with, and (execution {@code jackson-oldest}) on the oldest supported one, given as
 * {@code roadmap.jackson.expected}; this test proves that the second run really loads those jars.
 */
final class JacksonVersionTest {

  @Test
  void jacksonOnTheClassPath_isTheExpectedVersion() {
    String expected = System.getProperty("roadmap.jackson.expected");
    String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    String core = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
    String yaml = com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString();
    if (expected != null && !expected.isEmpty()) {
      assertThat(databind).isEqualTo(expected);
      assertThat(core).isEqualTo(expected);
      assertThat(yaml).isEqualTo(expected);
    } else {
      assertThat(databind).isEqualTo(core).isEqualTo(yaml);
    }
    assertThat(new ObjectMapper().registerModule(new RoadmapModule()).getRegisteredModuleIds()).contains("RoadmapModule");
  }
}
