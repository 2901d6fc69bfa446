package org.wsis.roadmap.examples;

import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Profile;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;
import org.wsis.roadmap.validation.Waiver;
import org.wsis.roadmap.validation.Waivers;

/**
 * Validates a roadmap with a profile and a waiver file, and reads the report.
 *
 * <pre>{@code
 * ValidationReport report = ValidateRoadmapExample.validate(roadmap, waiverYaml);
 * }</pre>
 */
public final class ValidateRoadmapExample {
  private ValidateRoadmapExample() {}

  /**
   * Validates a roadmap with the {@code editorial} profile and the waivers of a YAML text.
   *
   * @param roadmap the roadmap
   * @param waiverYaml the waiver file's content
   * @return the report
   */
  public static ValidationReport validate(Roadmap roadmap, String waiverYaml) {
    // tag::validate[]
    List<Waiver> waivers = Waivers.parse(waiverYaml, "waivers.yaml"); // or Waivers.read(Path.of("waivers.yaml"))
    RoadmapValidator validator = RoadmapValidator.builder()
        .profile(Profile.named("editorial"))
        .waivers(waivers)
        .build();
    ValidationReport report = validator.validate(roadmap);
    for (Finding finding : report.active()) {
      System.out.println(finding.getSeverity() + " " + finding.getRuleId() + " " + finding.getLocationText()
          + ": " + finding.getMessage());
    }
    // end::validate[]
    return report;
  }

  /**
   * Validates the bundled 2024 roadmaps, waiving one rule for the C5 outcomes, and prints
   * the active findings and a last line of counts.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    String waivers = "waivers:\n"
        + "  - rule: WSIS-TEXT-005\n"
        + "    location: \"C5.*\"\n"
        + "    reason: The printed document leaves these brackets open\n";
    ValidationReport report = validate(GetRoadmapsExample.edition2024(), waivers);
    System.out.println((report.isValid() ? "valid" : "not valid") + ", " + report.active().size() + " active and "
        + report.waived().size() + " waived findings");
  }
}
