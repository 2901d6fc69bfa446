package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.examples.OwnObjectMapperExample.Submission;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapReadException;

final class OwnObjectMapperExampleTest {
  private static final OutcomeId ID = OutcomeId.parse("C2.GT.A");

  private static Roadmap withExtension() {
    Outcome outcome = ExampleRoadmaps.infrastructure().withExtensions(Map.of("x-owner", "\"ITU-D\""));
    return ExampleRoadmaps.edition(outcome, ExampleRoadmaps.protection());
  }

  private static String submissionJson() throws Exception {
    return OwnObjectMapperExample.write(OwnObjectMapperExample.strictMapper(), new Submission("ITU-D", 3, withExtension()));
  }

  @Test
  void write_submission_embedsTheCanonicalRoadmap() throws Exception {
    ObjectMapper plain = new ObjectMapper();

    String json = submissionJson();

    assertThat(plain.readTree(json).get("submitter").asText()).isEqualTo("ITU-D");
    assertThat(plain.readTree(json).get("roadmap")).isEqualTo(plain.readTree(RoadmapJson.toString(withExtension())));
  }

  @Test
  void read_bothMappers_readTheSubmissionAndKeepExtensions() throws Exception {
    String json = submissionJson();
    for (ObjectMapper mapper : new ObjectMapper[] {
        OwnObjectMapperExample.springBootStyleMapper(), OwnObjectMapperExample.strictMapper()}) {
      Submission back = OwnObjectMapperExample.read(mapper, json);

      assertThat(back).isEqualTo(new Submission("ITU-D", 3, withExtension()));
      assertThat(back.roadmap().findOutcome(ID).orElseThrow().getExtensions()).containsEntry("x-owner", "\"ITU-D\"");
    }
  }

  @Test
  void read_unknownPropertiesWithSpringBootDefault_areSkippedEverywhere() throws Exception {
    String json = submissionJson()
        .replace("\"submitter\":", "\"channel\":\"web\",\"submitter\":")
        .replace("\"id\":\"C2.GT.A\"", "\"id\":\"C2.GT.A\",\"comment\":\"draft\"");

    Submission back = OwnObjectMapperExample.read(OwnObjectMapperExample.springBootStyleMapper(), json);

    assertThat(json).contains("\"comment\":\"draft\"", "\"channel\":\"web\"");
    assertThat(back.roadmap()).isEqualTo(withExtension());
    assertThat(back.roadmap().findOutcome(ID).orElseThrow().getExtensions()).doesNotContainKey("comment");
  }

  @Test
  void read_unknownRoadmapPropertyWithJacksonDefault_failsWithItsPointer() throws Exception {
    String json = submissionJson().replace("\"id\":\"C2.GT.A\"", "\"id\":\"C2.GT.A\",\"comment\":\"draft\"");

    assertThatThrownBy(() -> OwnObjectMapperExample.read(OwnObjectMapperExample.strictMapper(), json))
        .isInstanceOf(JsonMappingException.class)
        .cause().isInstanceOf(RoadmapReadException.class)
        .satisfies(e -> assertThat(((RoadmapReadException) e).getPointer()).isEqualTo("/actionLines/0/outcomes/0/comment"));
  }

  @Test
  void read_unknownEnvelopePropertyWithJacksonDefault_isJacksonsOwnError() throws Exception {
    String json = submissionJson().replace("\"submitter\":", "\"channel\":\"web\",\"submitter\":");

    assertThatThrownBy(() -> OwnObjectMapperExample.read(OwnObjectMapperExample.strictMapper(), json))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void check_badSdgTarget_namesThePointerAndTheRule() throws Exception {
    String json = submissionJson().replace("\"target\":\"9.c\"", "\"target\":\"9.z\"");

    String result = OwnObjectMapperExample.check(OwnObjectMapperExample.springBootStyleMapper(), json);

    assertThat(result).startsWith("roadmap at /actionLines/0/outcomes/0/sdgLinks/").contains("'9.z'");
  }

  @Test
  void check_goodSubmission_isOk() throws Exception {
    assertThat(OwnObjectMapperExample.check(OwnObjectMapperExample.springBootStyleMapper(), submissionJson()))
        .isEqualTo("ok: " + withExtension().getId());
  }

  @Test
  void main_roundTripsAndReportsGoal99() {
    String out = StdOut.of(() -> {
      try {
        OwnObjectMapperExample.main(new String[0]);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    assertThat(out).contains("read back equal: true, x-owner: \"ITU-D\"")
        .contains("roadmap at /actionLines/0/outcomes/0/sdgLinks/0/goal: ").contains("1 to 17");
  }
}
