package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

final class RoadmapModuleTest {

  @Test
  void findAndRegisterModules_serviceFile_registersRoadmapModule() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("RoadmapModule");
  }

  @Test
  void writeValueAsString_roadmap_equalsCompactCanonicalJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule());
    Roadmap sample = SampleRoadmaps.small();
    assertThat(mapper.writeValueAsString(sample)).isEqualTo(RoadmapJson.toCompactString(sample));
  }

  @Test
  void readValue_outcomeInsideAnotherDocument_readsIt() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule());
    Outcome outcome = SampleRoadmaps.small().outcomes().get(0);
    String json = mapper.writeValueAsString(Map.of("picked", List.of(outcome)));
    Map<String, List<Outcome>> back = mapper.readValue(json,
        mapper.getTypeFactory().constructMapType(Map.class, mapper.constructType(String.class),
            mapper.getTypeFactory().constructCollectionType(List.class, Outcome.class)));
    assertThat(back.get("picked")).containsExactly(outcome);
  }

  @Test
  void readValue_unknownTarget_failsWithRoadmapReadExceptionAsCause() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule());
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"9.c\"", "\"9.z\"");
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Roadmap.class));
    assertThat(e.getCause()).isInstanceOf(RoadmapReadException.class);
    assertThat(((RoadmapReadException) e.getCause()).getPointer()).isEqualTo("/actionLines/0/outcomes/0/sdgLinks/1/target");
  }

  @Test
  void version_isTheLibraryVersion() {
    com.fasterxml.jackson.core.Version version = new RoadmapModule().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("org.wsis.roadmap");
    assertThat(version.getArtifactId()).isEqualTo("roadmap-io");
    assertThat(org.wsis.roadmap.io.internal.LibraryVersion.get()).startsWith(version.getMajorVersion() + "."
        + version.getMinorVersion() + "." + version.getPatchLevel());
  }

  @Test
  void readValue_extensions_keptAndWrittenBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule());
    Roadmap roadmap = ExtensionsTest.withExtensions(SampleRoadmaps.small());
    String json = mapper.writeValueAsString(roadmap);
    assertThat(json).contains("\"x-unagency\"");
    assertThat(mapper.readValue(json, Roadmap.class)).isEqualTo(roadmap);
  }

  @Test
  void readValue_unknownPropertyWithFailOnUnknownProperties_fails() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule())
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"label\": \"A\"", "\"label\": \"A\", \"colour\": 1");
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Roadmap.class));
    assertThat(((RoadmapReadException) e.getCause()).getPointer()).endsWith("/colour");
  }

  @Test
  void readValue_unknownPropertiesWithoutFailOnUnknownProperties_skipsThemAtEveryLevel() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule())
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Roadmap sample = SampleRoadmaps.small();
    String json = RoadmapJson.toString(sample)
        .replace("\"label\": \"A\"", "\"label\": \"A\", \"colour\": {\"deep\": [1, 2]}")
        .replace("\"status\": \"DRAFT\",", "\"status\": \"DRAFT\", \"publisher\": \"ITU\", \"x-kept\": true,")
        .replace("\"raw\": \"2020-2025\",", "\"raw\": \"2020-2025\", \"note\": null,");
    Roadmap read = mapper.readValue(json, Roadmap.class);
    assertThat(read).isEqualTo(sample.withExtensions(Map.of("x-kept", "true")));
  }

  @Test
  void readValue_springBootStyleMapper_stillRefusesABadValue() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule())
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json = RoadmapJson.toString(SampleRoadmaps.small()).replace("\"status\": \"DRAFT\"", "\"status\": \"DONE\"");
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Roadmap.class));
    assertThat(e.getCause()).isInstanceOf(RoadmapReadException.class);
  }
}
