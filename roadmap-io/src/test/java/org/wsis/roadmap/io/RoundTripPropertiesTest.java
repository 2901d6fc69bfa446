package org.wsis.roadmap.io;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.testkit.RoadmapGenerator;

final class RoundTripPropertiesTest {
  private static final int EXAMPLES = 1000;

  /** Roadmaps of sizes 0 to 6 from seeds; the generator is the test kit's. */
  static Gen<Roadmap> roadmaps() {
    return longs().all().zip(integers().between(0, 6), (seed, size) -> RoadmapGenerator.valid(new Random(seed), size));
  }

  @Test
  void json_readOfWritten_equalsOriginal() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(roadmaps())
        .check(r -> RoadmapJson.read(RoadmapJson.toString(r)).equals(r));
  }

  @Test
  void compactJson_readOfWritten_equalsOriginal() {
    qt().withExamples(200).withShrinkCycles(20).forAll(roadmaps())
        .check(r -> RoadmapJson.read(RoadmapJson.toCompactString(r)).equals(r));
  }

  @Test
  void json_writtenTwice_sameBytes() {
    qt().withExamples(200).withShrinkCycles(20).forAll(roadmaps())
        .check(r -> java.util.Arrays.equals(RoadmapJson.toBytes(r), RoadmapJson.toBytes(RoadmapJson.read(RoadmapJson.toString(r)))));
  }

  @Test
  void yaml_readOfWritten_equalsOriginal() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(roadmaps())
        .check(r -> RoadmapYaml.read(RoadmapYaml.toString(r)).equals(r));
  }

  @Test
  void jsonLines_readOfWritten_equalsOriginal() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(roadmaps())
        .check(r -> RoadmapJsonLines.read(RoadmapJsonLines.toString(r)).equals(r));
  }

  @Test
  void module_readOfWritten_equalsOriginal() {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new RoadmapModule());
    qt().withExamples(200).withShrinkCycles(20).forAll(roadmaps()).check(r -> {
      try {
        return mapper.readValue(mapper.writeValueAsString(r), Roadmap.class).equals(r);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });
  }
}
