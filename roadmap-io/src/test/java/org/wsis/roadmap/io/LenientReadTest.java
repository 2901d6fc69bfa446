package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;

final class LenientReadTest {
  private static final String SAMPLE = RoadmapJson.toString(SampleRoadmaps.small());

  @Test
  void readLenient_cleanDocument_noProblems() {
    ReadResult result = RoadmapJson.readLenient(SAMPLE);
    assertThat(result.isClean()).isTrue();
    assertThat(result.getRoadmap()).isEqualTo(SampleRoadmaps.small());
  }

  @Test
  void readLenient_unknownPropertiesOfRoadmapActionLineOutcome_keptAndWrittenBackVerbatim() {
    String json = SAMPLE
        .replace("\"status\": \"DRAFT\",", "\"status\": \"DRAFT\",\n  \"publisher\": {\"name\": \"ITU\", \"tags\": [1, 2.50, true, null]},")
        .replace("\"title\": \"Building confidence", "\"colour\": \"blue\",\n      \"title\": \"Building confidence")
        .replace("\"label\": \"a\",", "\"label\": \"a\",\n          \"priority\": 3,");
    ReadResult result = RoadmapJson.readLenient(json);
    Roadmap roadmap = result.getRoadmap();
    assertThat(roadmap.getExtensions()).containsExactly(
        java.util.Map.entry("publisher", "{\"name\":\"ITU\",\"tags\":[1,2.50,true,null]}"));
    assertThat(roadmap.getActionLines().get(0).getExtensions()).containsEntry("colour", "\"blue\"");
    assertThat(roadmap.getActionLines().get(0).getOutcomes().get(1).getExtensions()).containsEntry("priority", "3");
    assertThat(result.getProblems()).extracting(ReadProblem::getPointer).containsExactly(
        "/publisher", "/actionLines/0/colour", "/actionLines/0/outcomes/1/priority");
    String written = RoadmapJson.toCompactString(roadmap);
    assertThat(written).contains("\"publisher\":{\"name\":\"ITU\",\"tags\":[1,2.50,true,null]}")
        .contains("\"colour\":\"blue\"").contains("\"priority\":3");
    assertThat(RoadmapJson.readLenient(written).getRoadmap()).isEqualTo(roadmap);
  }

  @Test
  void readLenient_unknownSdgTarget_keptWithProblem() {
    String json = SAMPLE.replace("\"target\": \"9.c\"", "\"target\": \"9.z\"");
    ReadResult result = RoadmapJson.readLenient(json);
    Outcome outcome = result.getRoadmap().outcomes().get(0);
    assertThat(outcome.getSdgLinks()).contains(SdgLink.of(SdgTarget.read("9.z")));
    assertThat(result.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/actionLines/0/outcomes/0/sdgLinks/1/target");
      assertThat(p.getMessage()).endsWith("targets of goal 9 are 9.1 to 9.5 and 9.a to 9.c");
      assertThat(p.getLine()).isPositive();
    });
  }

  @Test
  void readLenient_wrongTypesAndBadCodes_readWhatItCanAndReportTheRest() {
    String json = SAMPLE
        .replace("\"label\": \"A\"", "\"label\": 7")
        .replace("\"target\": \"9.c\"", "\"target\": \"9-c\"")
        .replace("\"kind\": \"SPAN\"", "\"kind\": \"RANGE\"")
        .replace("\"raw\": \"2020-2025\",", "\"raw\": \"2020-2025\", \"note\": \"x\",");
    ReadResult result = RoadmapJson.readLenient(json);
    Outcome outcome = result.getRoadmap().outcomes().get(0);
    assertThat(outcome.getLabel()).isEqualTo("7");
    assertThat(outcome.getSdgLinks()).hasSize(1);
    assertThat(outcome.getTiming().orElseThrow().getEntries()).hasSize(1);
    assertThat(result.getProblems()).extracting(ReadProblem::getPointer).containsExactly(
        "/actionLines/0/outcomes/0/label",
        "/actionLines/0/outcomes/0/timing/entries/0/note",
        "/actionLines/0/outcomes/0/timing/entries/0/kind",
        "/actionLines/0/outcomes/0/timing/entries/0",
        "/actionLines/0/outcomes/0/sdgLinks/1/target");
  }

  @Test
  void readLenient_duplicateKey_keepsFirstValueAndReports() {
    String json = SAMPLE.replace("\"title\": \"Sample roadmap C5\",", "\"title\": \"Sample roadmap C5\",\n  \"title\": \"Other\",");
    ReadResult result = RoadmapJson.readLenient(json);
    assertThat(result.getRoadmap().getTitle()).isEqualTo("Sample roadmap C5");
    assertThat(result.getProblems()).singleElement().extracting(ReadProblem::getPointer).isEqualTo("/title");
  }

  @Test
  void readLenient_noRoadmapObject_throws() {
    assertThatThrownBy(() -> RoadmapJson.readLenient("[1, 2]"))
        .isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("must be an object");
  }

  @Test
  void readLenientYaml_commentsAndUnknownProperty_keepsExtension() {
    String yaml = "# a roadmap written by hand\n" + RoadmapYaml.toString(SampleRoadmaps.small())
        .replace("status: \"DRAFT\"\n", "status: \"DRAFT\" # still a draft\nreviewer: \"Ana\"\n");
    ReadResult result = RoadmapYaml.readLenient(yaml);
    assertThat(result.getRoadmap().getExtensions()).containsEntry("reviewer", "\"Ana\"");
    assertThat(result.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/reviewer");
      assertThat(p.getLine()).isEqualTo(lineOf(yaml, "reviewer"));
    });
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }
}
