package org.wsis.roadmap.testkit;

import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Entry point of the test kit's AssertJ assertions on roadmaps and validation reports.
 *
 * <pre>{@code
 * import static org.wsis.roadmap.testkit.RoadmapAssertions.assertThat;
 *
 * assertThat(roadmap).isConsistent().hasOutcome("C2.GT.A").linksTo(SdgGoal.NINE);
 * assertThat(roadmap).isConsistentUnder(Profile.STRICT);
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasFinding("WSIS-TEXT-001").at("C6.GT.l");
 * assertThat(report).hasOnlyFindingsOf("WSIS-TIME-003", "WSIS-SDG-004");
 * }</pre>
 *
 * <p>The static {@code assertThat} methods here overload AssertJ's {@code Assertions.assertThat};
 * both can be imported statically in one test. Failure messages list each finding with its rule id,
 * location (outcome id, JSON pointer, source line) and message, grouped by severity and rule.
 */
public final class RoadmapAssertions {
  private RoadmapAssertions() {}

  /**
   * Starts assertions on a roadmap.
   *
   * @param actual the roadmap; a null roadmap fails every assertion
   * @return the assertions
   */
  public static RoadmapAssert assertThat(Roadmap actual) {
    return new RoadmapAssert(actual);
  }

  /**
   * Starts assertions on a validation report.
   *
   * @param actual the report; a null report fails every assertion
   * @return the assertions
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
