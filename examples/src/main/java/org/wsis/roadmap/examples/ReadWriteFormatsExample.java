package org.wsis.roadmap.examples;

import java.nio.file.Path;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.OutcomeRow;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapYaml;

/**
 * Reads and writes a roadmap in each format: canonical JSON, YAML, JSON Lines (lossless) and the flat
 * CSV table (one row per outcome, for spreadsheets).
 *
 * <pre>{@code
 * ReadWriteFormatsExample.roundTrip(roadmap, Path.of("out"));
 * }</pre>
 */
public final class ReadWriteFormatsExample {
  private ReadWriteFormatsExample() {}

  /**
   * Writes a roadmap in every format into a directory and reads each file back.
   *
   * @param roadmap the roadmap
   * @param dir an existing directory
   * @return the roadmaps read back from JSON, YAML and JSON Lines, in that order
   */
  public static List<Roadmap> roundTrip(Roadmap roadmap, Path dir) {
    // tag::formats[]
    RoadmapJson.write(roadmap, dir.resolve("roadmap.json"));        // canonical JSON: same model, same bytes
    RoadmapYaml.write(roadmap, dir.resolve("roadmap.yaml"));
    RoadmapJsonLines.write(roadmap, dir.resolve("roadmap.jsonl"));  // a header line, then one outcome per line
    RoadmapCsv.writeOutcomes(roadmap, dir.resolve("outcomes.csv")); // flat table, one row per outcome

    Roadmap fromJson = RoadmapJson.read(dir.resolve("roadmap.json")); // strict: RoadmapReadException with line,
    Roadmap fromYaml = RoadmapYaml.read(dir.resolve("roadmap.yaml")); // column and JSON pointer
    Roadmap fromLines = RoadmapJsonLines.read(dir.resolve("roadmap.jsonl"));
    List<OutcomeRow> rows = RoadmapCsv.readOutcomes(dir.resolve("outcomes.csv"));
    ReadResult lenient = RoadmapJson.readLenient(dir.resolve("roadmap.json")); // keeps what it can
    lenient.getProblems();                                                     // and lists the rest
    // end::formats[]
    if (rows.size() != roadmap.outcomes().size()) {
      throw new IllegalStateException("the CSV table must have one row per outcome");
    }
    return List.of(fromJson, fromYaml, fromLines);
  }

  /**
   * Writes the bundled 2024 roadmaps in every format into a directory and says whether each reads back equal.
   *
   * @param args the directory, default the working directory
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Roadmap roadmap = GetRoadmapsExample.edition2024();
    List<Roadmap> back = roundTrip(roadmap, dir);
    System.out.println("json " + back.get(0).equals(roadmap) + ", yaml " + back.get(1).equals(roadmap)
        + ", jsonl " + back.get(2).equals(roadmap));
  }
}
