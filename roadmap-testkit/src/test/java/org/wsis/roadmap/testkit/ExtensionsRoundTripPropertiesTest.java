package org.wsis.roadmap.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapModule;
import org.wsis.roadmap.io.RoadmapYaml;

/**
 * Generated roadmaps with extensions ({@code x-…} properties of roadmaps, action lines and outcomes)
 * round-trip through the strict readers of JSON, YAML and JSON Lines and through {@link RoadmapModule},
 * and the shipped JSON Schema accepts what is written.
 */
final class ExtensionsRoundTripPropertiesTest {
  private static final String[] VALUES = {
    "1", "-2.50", "true", "null", "\"ITU\"", "\"\"", "[]", "{}", "[1,\"two\",{\"three\":[null]}]",
    "{\"name\":\"ITU\",\"tags\":[1,2.50,true,null]}", "\"🌍 \\\"quoted\\\" \\u0001\"", "\"key: value # not a comment\""
  };

  /** Generated roadmaps, each roadmap, action line and outcome given 0 to 2 extensions from the same seed. */
  static Gen<Roadmap> roadmapsWithExtensions() {
    return longs().all().zip(integers().between(0, 5), (seed, size) -> {
      Random random = new Random(seed);
      return withExtensions(RoadmapGenerator.valid(random, size), random);
    });
  }

  private static Map<String, String> extensions(Random random) {
    Map<String, String> extensions = new LinkedHashMap<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      extensions.put("x-" + (random.nextBoolean() ? "unagency" : "note-" + random.nextInt(100)),
          VALUES[random.nextInt(VALUES.length)]);
    }
    return extensions;
  }

  private static Roadmap withExtensions(Roadmap roadmap, Random random) {
    List<ActionLineRoadmap> lines = new ArrayList<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : line.getOutcomes()) {
        outcomes.add(outcome.withExtensions(extensions(random)));
      }
      lines.add(line.withOutcomes(outcomes).withExtensions(extensions(random)));
    }
    return roadmap.withActionLines(lines).withExtensions(extensions(random));
  }

  @Test
  void json_strictReadOfWritten_equalsOriginal() {
    qt().withExamples(300).withShrinkCycles(20).forAll(roadmapsWithExtensions())
        .check(r -> RoadmapJson.read(RoadmapJson.toString(r)).equals(r));
  }

  @Test
  void yaml_strictReadOfWritten_equalsOriginal() {
    qt().withExamples(300).withShrinkCycles(20).forAll(roadmapsWithExtensions())
        .check(r -> RoadmapYaml.read(RoadmapYaml.toString(r)).equals(r));
  }

  @Test
  void jsonLines_strictReadOfWritten_equalsOriginal() {
    qt().withExamples(300).withShrinkCycles(20).forAll(roadmapsWithExtensions())
        .check(r -> RoadmapJsonLines.read(RoadmapJsonLines.toString(r)).equals(r));
  }

  @Test
  void module_readOfWritten_equalsOriginal() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule());
    qt().withExamples(100).withShrinkCycles(20).forAll(roadmapsWithExtensions()).check(r -> {
      try {
        return mapper.readValue(mapper.writeValueAsString(r), Roadmap.class).equals(r);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void writtenJson_withExtensions_validatesAgainstShippedSchema() {
    com.networknt.schema.Schema schema = RoundTripOnGeneratedRoadmapsPropertiesTest.schema();
    qt().withExamples(100).withShrinkCycles(10).forAll(roadmapsWithExtensions())
        .check(r -> schema.validate(RoadmapJson.toString(r), com.networknt.schema.InputFormat.JSON).isEmpty());
  }
}
