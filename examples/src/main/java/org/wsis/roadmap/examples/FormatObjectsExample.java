package org.wsis.roadmap.examples;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.OutcomeLineReader;
import org.wsis.roadmap.io.OutcomeLineWriter;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapReader;
import org.wsis.roadmap.io.RoadmapWriter;

/**
 * Reads and writes roadmaps through the format objects: a format chosen by a file's name, reader and
 * writer objects configured once and shared, and JSON Lines line by line.
 *
 * <pre>{@code
 * Roadmap roadmap = FormatObjectsExample.convert(Path.of("draft.yaml"), Path.of("draft.json"));
 * }</pre>
 */
public final class FormatObjectsExample {
  // tag::configure[]
  /** Reads uploads: lenient, so that every problem is listed, and within small limits. */
  static final RoadmapReader UPLOADS = RoadmapFormat.json().reader()
      .lenient()
      .withLimits(ReadLimits.builder().maxDocumentLength(256 * 1024).build());

  /** Writes compact JSON, for a response body. */
  static final RoadmapWriter COMPACT = RoadmapFormat.json().writer().compact();
  // end::configure[]

  private FormatObjectsExample() {}

  /**
   * Reads a roadmap file and writes it in the format the output file's name tells.
   *
   * @param in a roadmap file: .json, .yaml, .yml, .csv, .jsonl or .ndjson
   * @param out the file to write
   * @return the roadmap read
   */
  public static Roadmap convert(Path in, Path out) {
    // tag::convert[]
    RoadmapFormat from = RoadmapFormat.byPath(in).orElseThrow();   // by extension: yaml for draft.yml
    RoadmapFormat to = RoadmapFormat.byPath(out).orElseThrow();
    Roadmap roadmap = from.reader().read(in).getRoadmap();          // strict: the first problem throws
    to.writer().write(roadmap, out);                                // the same bytes every time
    // end::convert[]
    return roadmap;
  }

  /**
   * Reads an upload with {@link #UPLOADS} and answers it in compact JSON.
   *
   * @param body the upload
   * @return the compact JSON of what could be read, and the number of problems met
   */
  public static String answer(InputStream body) {
    // tag::lenient[]
    ReadResult result = UPLOADS.read(body);              // the stream is left open
    String json = COMPACT.toString(result.getRoadmap());
    int problems = result.getProblems().size();          // each with line, column and JSON pointer
    // end::lenient[]
    return problems + " problems: " + json;
  }

  /**
   * Writes a roadmap as JSON Lines one outcome at a time, then reads it back one line at a time.
   *
   * @param roadmap the roadmap
   * @param file the file to write
   * @return the outcomes read back
   */
  public static List<Outcome> lines(Roadmap roadmap, Path file) {
    // tag::lines[]
    try (OutcomeLineWriter out = RoadmapFormat.jsonLines().writer().openLines(roadmap, file)) {
      out.writeAll(roadmap);                                // or startActionLine, then write(outcome)
    }
    try (OutcomeLineReader lines = RoadmapFormat.jsonLines().reader().lines(file)) {
      return lines.stream().flatMap(line -> line.getOutcome().stream()).toList();
    }
    // end::lines[]
  }

  /**
   * Lists the formats this program can read and write, with their extensions.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // tag::list[]
    for (RoadmapFormat format : RoadmapFormat.all()) {     // built-in first, then provided ones
      System.out.println(format.getId() + " " + format.getExtensions() + (format.canRead() ? "" : " (write-only)"));
    }
    // end::list[]
  }
}
