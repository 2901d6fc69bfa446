package org.wsis.roadmap.io;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a reader could not read as written: where it is (line, column, JSON pointer) and what is wrong.
 *
 * <p>A strict read throws the first problem as a {@link RoadmapReadException}; a lenient read
 * collects them in a {@link ReadResult}.
 *
 * <pre>{@code
 * ReadResult result = RoadmapJson.readLenient(json);
 * for (ReadProblem problem : result.getProblems()) {
 *   System.err.println(problem); // line 12, column 21, /actionLines/0/outcomes/3/sdgLinks/2/target: ...
 * }
 * }</pre>
 *
 * <p>This is a value-based class; instances are immutable and thread-safe.
 */
public final class ReadProblem {
  private final String message;
  private final int line;
  private final int column;
  private final String pointer;

  /**
   * Creates a problem.
   *
   * @param message what is wrong, starting with the dotted path of the value, such as {@code
   *     "`sdgLinks[2].target`: '9.z' is not an SDG target; ..."}
   * @param line the line of the input, from 1; 0 when unknown
   * @param column the column of the input, from 1; 0 when unknown
   * @param pointer the JSON pointer (RFC 6901) of the value, {@code ""} for the whole document
   */
  public ReadProblem(String message, int line, int column, String pointer) {
    this.message = Objects.requireNonNull(message, "message");
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Returns what is wrong.
   *
   * @return the message, starting with the dotted path of the value
   */
  public String getMessage() {
    return message;
  }

  /**
   * Returns the line of the input where the value starts.
   *
   * @return a line number from 1, or 0 when unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column of the input where the value starts.
   *
   * @return a column number from 1, or 0 when unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Returns the JSON pointer of the value.
   *
   * @return such as {@code "/actionLines/0/outcomes/3/sdgLinks/2/target"}; {@code ""} for the whole document
   */
  public String getPointer() {
    return pointer;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ReadProblem)) {
      return false;
    }
    ReadProblem other = (ReadProblem) o;
    return message.equals(other.message) && line == other.line && column == other.column && pointer.equals(other.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, line, column, pointer);
  }

  /**
   * Returns the location and the message.
   *
   * @return such as {@code "line 12, column 21, /actionLines/0/title: ..."}
   */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + ", " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
