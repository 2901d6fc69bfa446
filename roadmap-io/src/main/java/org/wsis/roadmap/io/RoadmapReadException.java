package org.wsis.roadmap.io;

import java.util.Objects;
import org.wsis.roadmap.RoadmapException;

/**
 * Thrown when a serialized roadmap cannot be read: malformed text, a wrong type, an unknown
 * property or code in a strict read, or input beyond the {@link ReadLimits}.
 *
 * <p>It carries the location of the problem: line, column and JSON pointer.
 *
 * <pre>{@code
 * try {
 *   RoadmapJson.read(path);
 * } catch (RoadmapReadException e) {
 *   e.getLine();    // 12
 *   e.getPointer(); // "/actionLines/0/outcomes/3/sdgLinks/2/target"
 *   e.getMessage(); // "`actionLines[0].outcomes[3].sdgLinks[2].target`: '9.z' is not an SDG target; ..."
 * }
 * }</pre>
 */
public class RoadmapReadException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  private final transient ReadProblem problem;

  /**
   * Creates an exception for a problem.
   *
   * @param problem what is wrong and where
   */
  public RoadmapReadException(ReadProblem problem) {
    this(problem, null);
  }

  /**
   * Creates an exception for a problem with its underlying cause.
   *
   * @param problem what is wrong and where
   * @param cause the underlying failure, or {@code null}
   */
  public RoadmapReadException(ReadProblem problem, Throwable cause) {
    super(describe(problem), cause);
    this.problem = problem;
  }

  private static String describe(ReadProblem problem) {
    Objects.requireNonNull(problem, "problem");
    return problem.getMessage() + " (line " + problem.getLine() + ", column " + problem.getColumn()
        + (problem.getPointer().isEmpty() ? "" : ", at " + problem.getPointer()) + ")";
  }

  /**
   * Returns the problem: message and location.
   *
   * @return the problem
   */
  public ReadProblem getProblem() {
    return problem;
  }

  /**
   * Returns the line of the input where the problem is.
   *
   * @return a line number from 1, or 0 when unknown
   */
  public int getLine() {
    return problem.getLine();
  }

  /**
   * Returns the column of the input where the problem is.
   *
   * @return a column number from 1, or 0 when unknown
   */
  public int getColumn() {
    return problem.getColumn();
  }

  /**
   * Returns the JSON pointer of the value with the problem.
   *
   * @return a JSON pointer, {@code ""} for the whole document
   */
  public String getPointer() {
    return problem.getPointer();
  }
}
