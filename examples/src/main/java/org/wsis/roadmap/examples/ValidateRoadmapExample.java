package org.wsis.roadmap.examples;

import java.time.Clock;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.validation.Profile;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;
import org.wsis.roadmap.validation.Waivers;

/**
 * Validates a roadmap with the strict profile, one rule relaxed and a waiver file, as a CI job
 * would before publishing an edition.
 *
 * <pre>{@code
 * ValidationReport report = ValidateRoadmapExample.validate(roadmap, Files.readString(waiverFile), Clock.systemUTC());
 * System.out.print(report.toText());
 * Files.writeString(Path.of("roadmap.sarif"), report.toSarif(roadmapFile, positions)); // README "SARIF locations"
 * report.requireValid(); // fails the job on ERROR or FATAL findings
 * }</pre>
 */
public final class ValidateRoadmapExample {
  private ValidateRoadmapExample() {}

  /**
   * Validates a roadmap: strict profile, action line titles only informative, waivers from YAML.
   *
   * @param roadmap the roadmap
   * @param waiversYaml the content of a waiver file
   * @param clock today's date, for waiver expiry
   * @return the report
   * @throws org.wsis.roadmap.validation.WaiverFileException when the waiver file is malformed
   */
  public static ValidationReport validate(Roadmap roadmap, String waiversYaml, Clock clock) {
    // tag::validate[]
    RoadmapValidator validator = RoadmapValidator.builder()
        .profile(Profile.named("strict").withSeverity("WSIS-STR-006", Severity.INFO))
        .waivers(Waivers.parse(waiversYaml, "waivers.yaml")) // or Waivers.read(Path.of("waivers.yaml"))
        .clock(clock)
        .build();
    ValidationReport report = validator.validate(roadmap);
    // end::validate[]
    return report;
  }

  /**
   * Validates the bundled 2024 roadmaps with the strict profile, waiving one rule for the C6
   * outcomes, and prints a line of counts.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    String waivers = String.join("\n",
        "waivers:",
        "  - rule: WSIS-SDG-004",
        "    location: \"C6.**\"",
        "    reason: The C6 table of the 2024 draft states no SDG links",
        "");
    ValidationReport report = validate(WsisRoadmaps.edition2024(), waivers, Clock.systemUTC());
    System.out.println((report.isValid() ? "valid" : "not valid") + ", " + report.active().size() + " active and "
        + report.waived().size() + " waived findings");
  }
}
