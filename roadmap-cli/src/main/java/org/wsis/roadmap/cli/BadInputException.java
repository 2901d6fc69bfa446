package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.wsis.roadmap.RoadmapException;

/**
 * An input of the command that cannot be used: a missing or unreadable file, an unknown format, a
 * document that is not a valid roadmap. The message is one line: the file, the location, the problem.
 *
 * <pre>{@code
 * throw new BadInputException(Path.of("draft.json"), "line 3, column 7", "unexpected end of input");
 * // message: "draft.json: line 3, column 7: unexpected end of input"
 * }</pre>
 */
public final class BadInputException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file the problem is in
   * @param location where in the file, such as {@code "line 3, column 7"}; empty for the whole file
   * @param problem what is wrong
   * @param cause the underlying failure, or {@code null}
   */
  public BadInputException(Path file, String location, String problem, Throwable cause) {
    super(format(file, location, problem), cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param file the file the problem is in
   * @param location where in the file; empty for the whole file
   * @param problem what is wrong
   */
  public BadInputException(Path file, String location, String problem) {
    this(file, location, problem, null);
  }

  private static String format(Path file, String location, String problem) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(problem, "problem");
    String oneLine = problem.replaceAll("\\s*\\R\\s*", " ").strip();
    return location.isEmpty() ? file + ": " + oneLine : file + ": " + location + ": " + oneLine;
  }
}
