package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/** Extensions named {@code x-…} round-trip through the strict readers; other unknown names stay strict errors. */
final class ExtensionsTest {
  private static final Roadmap WITH_EXTENSIONS = withExtensions(SampleRoadmaps.small());

  static Roadmap withExtensions(Roadmap roadmap) {
    ActionLineRoadmap line = roadmap.getActionLines().get(0);
    Outcome outcome = line.getOutcomes().get(0)
        .withExtensions(Map.of("x-priority", "3"));
    return roadmap.withExtensions(Map.of("x-unagency", "{\"name\":\"ITU\",\"tags\":[1,2.50,true,null]}"))
        .replaceOutcome(outcome.getId(), outcome)
        .withActionLines(line.withExtensions(Map.of("x-colour", "\"blue\"")).replaceOutcome(outcome.getId(), outcome));
  }

  @Test
  void json_strictReadOfWritten_keepsExtensions() {
    String json = RoadmapJson.toString(WITH_EXTENSIONS);
    assertThat(json).contains("\"x-unagency\": {").contains("\"x-colour\": \"blue\"").contains("\"x-priority\": 3");
    assertThat(RoadmapJson.read(json)).isEqualTo(WITH_EXTENSIONS);
    assertThat(RoadmapJson.read(RoadmapJson.toCompactString(WITH_EXTENSIONS))).isEqualTo(WITH_EXTENSIONS);
  }

  @Test
  void yaml_strictReadOfWritten_keepsExtensions() {
    assertThat(RoadmapYaml.read(RoadmapYaml.toString(WITH_EXTENSIONS))).isEqualTo(WITH_EXTENSIONS);
  }

  @Test
  void jsonLines_strictReadOfWritten_keepsExtensions() {
    assertThat(RoadmapJsonLines.read(RoadmapJsonLines.toString(WITH_EXTENSIONS))).isEqualTo(WITH_EXTENSIONS);
  }

  @Test
  void lenientRead_extension_isNoProblem() {
    ReadResult result = RoadmapJson.readLenient(RoadmapJson.toString(WITH_EXTENSIONS));
    assertThat(result.isClean()).isTrue();
    assertThat(result.getRoadmap()).isEqualTo(WITH_EXTENSIONS);
  }

  @Test
  void strictRead_unknownNameWithoutPrefix_throwsNamingTheConvention() {
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"status\": \"DRAFT\",", "\"status\": \"DRAFT\", \"unagency\": 1,");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getPointer()).isEqualTo("/unagency");
    assertThat(e.getMessage()).contains("'unagency' is not a property of a roadmap")
        .contains("and extensions, whose names start with 'x-'")
        .doesNotContain("kept as an extension");
  }

  @Test
  void strictRead_extensionInsideANestedObject_throws() {
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"raw\": \"2020-2025\",", "\"raw\": \"2020-2025\", \"x-note\": 1,");
    assertThat(json).contains("\"x-note\"");
    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapJson.read(json));
    assertThat(e.getMessage()).contains("'x-note' is not a property of a timing")
        .contains("extensions are allowed on a roadmap, an action line and an outcome")
        .doesNotContain("left out");
  }

  @Test
  void lenientRead_unknownNameWithoutPrefix_keptAsExtensionWithAProblem() {
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"status\": \"DRAFT\",", "\"status\": \"DRAFT\", \"unagency\": 1,");
    ReadResult result = RoadmapJson.readLenient(json);
    assertThat(result.getRoadmap().getExtensions()).containsExactly(Map.entry("unagency", "1"));
    assertThat(result.getProblems()).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).endsWith("; kept as an extension"));
  }
}
