package org.wsis.roadmap.examples;

import java.util.function.Supplier;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * Reading untrusted input (an upload, a request body) with limits lower than the defaults, in JSON
 * and JSON Lines.
 *
 * <pre>{@code
 * Roadmap roadmap = ReadLimitsExample.readUntrustedJson(body);
 * }</pre>
 *
 * <p>{@link #main(String[])} reads the bundled 2024 edition (243 KiB of canonical JSON, 69 lines of
 * JSON Lines) within the lower limits, then with a statement too long and, as JSON Lines, with 150
 * outcomes more, and prints what came of each.
 */
public final class ReadLimitsExample {
  // tag::limits[]
  /** Limits for uploads: far below the defaults (64 MiB documents, 1,000,000-character strings). */
  public static final ReadLimits UPLOADS = ReadLimits.builder()
      .maxDocumentLength(256 * 1024)   // 256 KiB of JSON
      .maxStringLength(4_000)          // characters of one string value
      .maxJsonLines(200)               // lines of a JSON Lines stream, header included
      .maxJsonLinesLength(256 * 1024)  // characters of a JSON Lines stream
      .build();
  // end::limits[]

  private ReadLimitsExample() {}

  /**
   * Reads canonical JSON within {@link #UPLOADS}.
   *
   * @param json the untrusted JSON
   * @return the roadmap
   * @throws RoadmapReadException when the JSON is bad or passes a limit, naming the limit and the place
   */
  public static Roadmap readUntrustedJson(String json) {
    return RoadmapFormat.json().reader().withLimits(UPLOADS).read(json).getRoadmap();
  }

  /**
   * Reads JSON Lines within {@link #UPLOADS}.
   *
   * @param jsonLines the untrusted JSON Lines
   * @return the roadmap
   * @throws RoadmapReadException when the text is bad or passes a limit, naming the limit and the place
   */
  public static Roadmap readUntrustedJsonLines(String jsonLines) {
    return RoadmapFormat.jsonLines().reader().withLimits(UPLOADS).read(jsonLines).getRoadmap();
  }

  /**
   * Reads untrusted input and says what came of it.
   *
   * @param read a read of untrusted input within {@link #UPLOADS}
   * @return how many outcomes were read, or where which limit was passed
   */
  public static String attempt(Supplier<Roadmap> read) {
    // tag::read[]
    try {
      return "read " + read.get().outcomes().size() + " outcomes";
    } catch (RoadmapReadException e) { // the limit passed, and where
      return "line " + e.getLine() + ", column " + e.getColumn() + ", at '" + e.getPointer() + "': "
          + e.getProblem().getMessage();
    }
    // end::read[]
  }

  /**
   * Reads the bundled 2024 edition as JSON and as JSON Lines within {@link #UPLOADS} and prints what
   * came of it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Roadmap edition = WsisRoadmaps.edition2024();
    String json = RoadmapJson.toString(edition);
    String jsonLines = RoadmapJsonLines.toString(edition);
    System.out.println("JSON, " + json.length() + " characters: " + attempt(() -> readUntrustedJson(json)));
    System.out.println("JSON Lines, " + jsonLines.lines().count() + " lines: "
        + attempt(() -> readUntrustedJsonLines(jsonLines)));
    String longStatement = json.replaceFirst("\"statement\": \"", "\"statement\": \"" + "x".repeat(5_000));
    System.out.println("JSON with a statement of 5,000 characters more: " + attempt(() -> readUntrustedJson(longStatement)));
    Roadmap bigger = edition;
    Outcome template = edition.findOutcome(OutcomeId.parse("C2.GT.A")).orElseThrow();
    for (int i = 1; i <= 150; i++) {
      bigger = bigger.withOutcome(template.withId(OutcomeId.parse("C2.GT.Z" + i)).withLabel("Z" + i));
    }
    String manyLines = RoadmapJsonLines.toString(bigger);
    System.out.println("JSON Lines, " + manyLines.lines().count() + " lines: "
        + attempt(() -> readUntrustedJsonLines(manyLines)));
  }
}
