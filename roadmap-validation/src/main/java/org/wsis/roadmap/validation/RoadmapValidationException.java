package org.wsis.roadmap.validation;

import org.wsis.roadmap.RoadmapException;

/**
 * Thrown by {@link ValidationReport#requireValid()} when a roadmap has {@code ERROR} or {@code FATAL}
 * findings; carries the whole report.
 *
 * <pre>{@code
 * try {
 *   validator.validate(roadmap).requireValid();
 * } catch (RoadmapValidationException e) {
 *   System.err.println(e.getReport().toText());
 * }
 * }</pre>
 */
public class RoadmapValidationException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  /** The report; reports are immutable, so this exception is safe to share. */
  private final transient ValidationReport report;

  /**
   * Creates the exception for an invalid report.
   *
   * @param report the report
   */
  public RoadmapValidationException(ValidationReport report) {
    super("roadmap must have no ERROR or FATAL findings, but '" + report.getRoadmapId() + "' has "
        + report.countFailures() + ": " + report.firstFailureSummary());
    this.report = report;
  }

  /**
   * Returns the report.
   *
   * @return the report whose findings failed validation
   */
  public ValidationReport getReport() {
    return report;
  }
}
