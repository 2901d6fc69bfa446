package org.wsis.roadmap.validation;

/**
 * A line and column of the file a roadmap was read from, where a finding's JSON pointer starts:
 * what a SARIF report names as a result's region ({@link ValidationReport#toSarif(java.nio.file.Path,
 * java.util.function.Function)}).
 *
 * <pre>{@code
 * FilePosition at = new FilePosition(12, 7); // line 12, column 7
 * FilePosition line = FilePosition.ofLine(12); // column unknown
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param line the line, from 1
 * @param column the column in UTF-16 code units, from 1, or 0 when unknown
 */
public record FilePosition(int line, int column) {
  /**
   * Checks the values.
   *
   * @param line the line, from 1
   * @param column the column, from 1, or 0 when unknown
   * @throws IllegalArgumentException when the line is below 1 or the column below 0
   */
  public FilePosition {
    if (line < 1 || column < 0) {
      throw new IllegalArgumentException("a file position must have a line from 1 and a column from 0 (unknown),"
          + " but was: line " + line + ", column " + column);
    }
  }

  /**
   * Returns a position whose column is unknown.
   *
   * @param line the line, from 1
   * @return the position
   * @throws IllegalArgumentException when the line is below 1
   */
  public static FilePosition ofLine(int line) {
    return new FilePosition(line, 0);
  }
}
