package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;

/**
 * One table of SDG codes checked through {@link SdgLink#parse}, {@link SdgTarget#parse} (or {@link
 * SdgGoal#parse} for goal numbers) and the strict and lenient readers of JSON and YAML: all give the
 * same verdict. The single rule: a target must exist in the UN catalogue, a goal must be 1 to 17.
 */
final class ParsersAgreeTest {
  private static final String JSON = RoadmapJson.toString(SampleRoadmaps.small());
  private static final String YAML = RoadmapYaml.toString(SampleRoadmaps.small());

  /** Target codes and whether they are SDG targets. */
  private static final Map<String, Boolean> TARGETS = new LinkedHashMap<>();

  static {
    TARGETS.put("9.c", true);
    TARGETS.put("9.1", true);
    TARGETS.put("17.19", true);
    TARGETS.put("9.z", false);
    TARGETS.put("9.20", false);
    TARGETS.put("9.C", false);
    TARGETS.put("9.0", false);
    TARGETS.put("18.1", false);
    TARGETS.put("4-4", false);
    TARGETS.put("", false);
  }

  /** Goal values (as JSON) and whether they are SDG goals. */
  private static final Map<String, Boolean> GOALS = new LinkedHashMap<>();

  static {
    GOALS.put("9", true);
    GOALS.put("17", true);
    GOALS.put("0", false);
    GOALS.put("18", false);
    GOALS.put("-1", false);
    GOALS.put("\"nine\"", false);
  }

  @Test
  void targets_everyParserAndReader_giveTheSameVerdict() {
    for (Map.Entry<String, Boolean> row : TARGETS.entrySet()) {
      String code = row.getKey();
      boolean ok = row.getValue();
      String json = JSON.replaceFirst("\"target\": \"9\\.c\"", "\"target\": \"" + code + "\"");
      String yaml = YAML.replaceFirst("target: \"9\\.c\"", "target: \"" + code + "\"");
      assertThat(json).as("sample JSON has a target").contains("\"target\": \"" + code + "\"");
      assertThat(yaml).as("sample YAML has a target").contains("target: \"" + code + "\"");
      assertVerdict(code, ok, "SdgLink.parse", () -> SdgLink.parse(code));
      assertVerdict(code, ok, "SdgTarget.parse", () -> SdgTarget.parse(code));
      assertVerdict(code, ok, "strict JSON", () -> RoadmapJson.read(json));
      assertVerdict(code, ok, "strict YAML", () -> RoadmapYaml.read(yaml));
      assertThat(RoadmapJson.readLenient(json).getProblems().isEmpty()).as("lenient JSON of " + code).isEqualTo(ok);
      assertThat(RoadmapYaml.readLenient(yaml).getProblems().isEmpty()).as("lenient YAML of " + code).isEqualTo(ok);
    }
  }

  @Test
  void goals_everyParserAndReader_giveTheSameVerdict() {
    for (Map.Entry<String, Boolean> row : GOALS.entrySet()) {
      String value = row.getKey();
      String code = value.replace("\"", "");
      boolean ok = row.getValue();
      String json = JSON.replaceFirst("\"goal\": 16", "\"goal\": " + value);
      String yaml = YAML.replaceFirst("goal: 16", "goal: " + value);
      assertThat(json).as("sample JSON has a goal").contains("\"goal\": " + value);
      assertThat(yaml).as("sample YAML has a goal").contains("goal: " + value);
      assertVerdict(code, ok, "SdgLink.parse", () -> SdgLink.parse(code));
      assertVerdict(code, ok, "SdgGoal.parse", () -> SdgGoal.parse(code));
      assertVerdict(code, ok, "strict JSON", () -> RoadmapJson.read(json));
      assertVerdict(code, ok, "strict YAML", () -> RoadmapYaml.read(yaml));
      assertThat(RoadmapJson.readLenient(json).getProblems().isEmpty()).as("lenient JSON of " + code).isEqualTo(ok);
      assertThat(RoadmapYaml.readLenient(yaml).getProblems().isEmpty()).as("lenient YAML of " + code).isEqualTo(ok);
    }
  }

  @Test
  void goal_nonNumber_messageStatesTheDomainInStrictWords() {
    String json = JSON.replaceFirst("\"goal\": 16", "\"goal\": \"nine\"");
    assertThat(catchThrowable(() -> RoadmapJson.read(json))).isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("goal`: must be a whole number from 1 to 17, but was the string 'nine' (line")
        .hasMessageNotContaining("left out");
    assertThat(RoadmapJson.readLenient(json).getProblems()).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).endsWith("; the value is left out"));
  }

  @Test
  void truncatedYaml_saysTheValueIsMissing() {
    String yaml = YAML.substring(0, YAML.indexOf("section:") + "section:".length());
    assertThat(catchThrowable(() -> RoadmapYaml.read(yaml))).isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("section`: has no value: nothing follows the colon (does the document end early?)");
  }

  private static void assertVerdict(String code, boolean ok, String reader, Supplier<Object> read) {
    Throwable thrown = catchThrowable(read::get);
    if (ok) {
      assertThat(thrown).as(reader + " of '" + code + "'").isNull();
    } else {
      assertThat(thrown).as(reader + " of '" + code + "'").isInstanceOf(RoadmapException.class);
    }
  }
}
