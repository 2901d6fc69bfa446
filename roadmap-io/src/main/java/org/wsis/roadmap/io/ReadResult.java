package org.wsis.roadmap.io;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.Roadmap;

/**
 * What a lenient read returns: the roadmap read from what could be read, and every problem met on the way.
 *
 * <pre>{@code
 * ReadResult result = RoadmapJson.readLenient(path);
 * Roadmap roadmap = result.getRoadmap();
 * if (!result.isClean()) {
 *   result.getProblems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Unknown properties of a roadmap, an action line or an outcome are kept in the model's {@code
 * getExtensions()} (and reported as problems), so writing the roadmap back reproduces them.
 * Values that the model cannot hold (a malformed code, a wrong type) are left out and reported.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReadResult {
  private final Roadmap roadmap;
  private final List<ReadProblem> problems;

  /**
   * Creates a result.
   *
   * @param roadmap the roadmap read
   * @param problems the problems, in input order
   */
  public ReadResult(Roadmap roadmap, List<ReadProblem> problems) {
    this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the roadmap read.
   *
   * @return the roadmap
   */
  public Roadmap getRoadmap() {
    return roadmap;
  }

  /**
   * Returns the problems met, in input order.
   *
   * @return the problems; empty when the input was read as written
   */
  public List<ReadProblem> getProblems() {
    return problems;
  }

  /**
   * Tells whether the input was read with no problem.
   *
   * @return true when {@link #getProblems()} is empty
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReadResult && ((ReadResult) o).roadmap.equals(roadmap) && ((ReadResult) o).problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return roadmap.hashCode() * 31 + problems.hashCode();
  }

  @Override
  public String toString() {
    return "ReadResult{roadmap=" + roadmap.getId() + ", problems=" + problems + "}";
  }
}
