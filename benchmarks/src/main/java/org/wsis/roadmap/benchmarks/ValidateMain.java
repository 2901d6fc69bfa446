package org.wsis.roadmap.benchmarks;

import java.nio.file.Paths;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * A whole process that reads one roadmap (the bundled 2024 edition, or the JSON file given) and
 * validates it: the stand-in for the command line's {@code validate} in whole-process timings.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.wsis.roadmap.benchmarks.ValidateMain [roadmap.json]
 * }</pre>
 */
public final class ValidateMain {
  private ValidateMain() {}

  /**
   * Reads, validates and prints the number of findings.
   *
   * @param args an optional JSON file
   */
  public static void main(String[] args) {
    Roadmap roadmap = args.length > 0 ? RoadmapJson.read(Paths.get(args[0])) : WsisRoadmaps.edition2024();
    ValidationReport report = RoadmapValidator.create().validate(roadmap);
    System.out.println(roadmap.outcomes().size() + " outcomes, " + report.getFindings().size() + " findings");
  }
}
