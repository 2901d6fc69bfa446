package org.wsis.roadmap.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.OutcomeRow;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapModule;
import org.wsis.roadmap.io.RoadmapYaml;

/**
 * Round trips of roadmap-io's formats, CSV tables and the shipped JSON Schema on the test kit's
 * generated roadmaps. These tests live here, downstream of roadmap-io, because roadmap-validation's
 * tests use roadmap-io and the test kit uses roadmap-validation (Maven allows no cycle, even through
 * test scope).
 */
final class RoundTripOnGeneratedRoadmapsPropertiesTest {
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

  @Test
  void csv_readOutcomesOfWrittenFlatTable_equalsRowsOfRoadmap() {
    qt().withExamples(300).withShrinkCycles(20).forAll(roadmaps())
        .check(r -> RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(r)).equals(OutcomeRow.allOf(r)));
  }

  @Test
  void csv_toOutcomesStringWrittenTwice_sameText() {
    qt().withExamples(200).forAll(roadmaps())
        .check(r -> RoadmapCsv.toOutcomesString(r).equals(RoadmapCsv.toOutcomesString(RoadmapJson.read(RoadmapJson.toString(r)))));
  }

  @Test
  void writtenJson_generatedRoadmaps_validatesAgainstShippedSchema() {
    Schema schema = schema();
    qt().withExamples(300).withShrinkCycles(10).forAll(roadmaps())
        .check(r -> schema.validate(RoadmapJson.toString(r), InputFormat.JSON).isEmpty());
  }

  static Schema schema() {
    try (InputStream in = RoadmapJson.class.getResourceAsStream(RoadmapJson.SCHEMA_RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
