package org.wsis.roadmap.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapModule;
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * An application's own {@link ObjectMapper} reading and writing roadmaps inside the application's own
 * JSON, with {@link RoadmapModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = OwnObjectMapperExample.springBootStyleMapper();
 * Submission submission = OwnObjectMapperExample.read(mapper, json);
 * }</pre>
 *
 * <p>{@link #main(String[])} wraps an outcome of the bundled 2024 edition in a submission, writes it,
 * reads it back, and shows what a roadmap with SDG goal 99 gives.
 */
public final class OwnObjectMapperExample {
  private OwnObjectMapperExample() {}

  /**
   * The application's own message: who submits which roadmap, in which revision.
   *
   * @param submitter who submits it
   * @param revision the application's revision number
   * @param roadmap the roadmap, read and written by {@link RoadmapModule}
   */
  // tag::envelope[]
  public record Submission(String submitter, int revision, Roadmap roadmap) {} // the application's own JSON
  // end::envelope[]

  /**
   * Returns a mapper configured as Spring Boot configures its own: unknown properties skipped.
   *
   * @return the mapper
   */
  public static ObjectMapper springBootStyleMapper() {
    // tag::mapper[]
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new RoadmapModule())                          // or mapper.findAndRegisterModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // Spring Boot's default
    // end::mapper[]
    return mapper;
  }

  /**
   * Returns a mapper with Jackson's defaults: an unknown property fails the read, in the envelope and
   * in the roadmap alike ({@code x-} extensions excepted).
   *
   * @return the mapper
   */
  public static ObjectMapper strictMapper() {
    return new ObjectMapper().registerModule(new RoadmapModule());
  }

  /**
   * Reads a submission.
   *
   * @param mapper the application's mapper
   * @param json the submission's JSON
   * @return the submission
   * @throws JsonProcessingException when the JSON cannot be read; for a bad roadmap, a {@link
   *     JsonMappingException} whose cause is a {@link RoadmapReadException}
   */
  public static Submission read(ObjectMapper mapper, String json) throws JsonProcessingException {
    return mapper.readValue(json, Submission.class);
  }

  /**
   * Writes a submission; the roadmap is written as {@code RoadmapJson} writes it.
   *
   * @param mapper the application's mapper
   * @param submission the submission
   * @return its JSON
   * @throws JsonProcessingException when it cannot be written
   */
  public static String write(ObjectMapper mapper, Submission submission) throws JsonProcessingException {
    return mapper.writeValueAsString(submission);
  }

  /**
   * Reads a submission and says what is wrong with its roadmap, if anything, in the words of the
   * library's {@link RoadmapReadException}.
   *
   * @param mapper the application's mapper
   * @param json the submission's JSON
   * @return "ok" and the roadmap's id, or the problem with its JSON pointer inside the roadmap
   * @throws JsonProcessingException when the JSON is malformed outside the roadmap
   */
  public static String check(ObjectMapper mapper, String json) throws JsonProcessingException {
    // tag::error[]
    try {
      Submission submission = mapper.readValue(json, Submission.class);
      return "ok: " + submission.roadmap().getId();
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof RoadmapReadException problem) {
        // the library's message and location inside the roadmap, not a Jackson stack trace
        return "roadmap at " + problem.getPointer() + ": " + problem.getProblem().getMessage();
      }
      throw e; // a problem of the application's own properties
    }
    // end::error[]
  }

  /**
   * Writes and reads back a submission of the first C2 outcome of the bundled 2024 edition, with an
   * {@code x-} extension, and checks one that links SDG goal 99.
   *
   * @param args ignored
   * @throws JsonProcessingException never, with these inputs
   */
  public static void main(String[] args) throws JsonProcessingException {
    Roadmap edition = WsisRoadmaps.edition2024();
    OutcomeId id = OutcomeId.parse("C2.GT.A");
    Outcome outcome = edition.findOutcome(id).orElseThrow();
    Roadmap roadmap = edition.replaceOutcome(id, outcome.withExtensions(Map.of("x-owner", "\"ITU-D\"")));
    ObjectMapper mapper = springBootStyleMapper();
    String json = write(mapper, new Submission("ITU-D", 3, roadmap));
    Submission back = read(mapper, json);
    System.out.println("read back equal: " + back.roadmap().equals(roadmap) + ", x-owner: "
        + back.roadmap().findOutcome(id).orElseThrow().getExtensions().get("x-owner"));
    System.out.println(check(mapper, json.replaceFirst("\"goal\":\\d+", "\"goal\":99")));
  }
}
