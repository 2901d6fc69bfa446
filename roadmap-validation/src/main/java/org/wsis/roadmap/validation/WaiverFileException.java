package org.wsis.roadmap.validation;

import org.wsis.roadmap.RoadmapException;

/**
 * Thrown when a waiver file cannot be read: bad YAML or JSON, a missing or unknown field, an
 * unknown rule id or a bad date. Carries the file name, line and column, counted from 1.
 *
 * <pre>{@code
 * try {
 *   Waivers.read(Path.of("waivers.yaml"));
 * } catch (WaiverFileException e) {
 *   System.err.println(e.getSource() + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public class WaiverFileException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param message the rule broken and the value quoted
   * @param source the file name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param cause the parser's exception, or null
   */
  public WaiverFileException(String message, String source, int line, int column, Throwable cause) {
    super(source + ":" + line + ":" + column + ": " + message, cause);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the name of the waiver file.
   *
   * @return such as {@code "waivers.yaml"}
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the line of the error.
   *
   * @return the line, from 1
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column of the error.
   *
   * @return the column, from 1
   */
  public int getColumn() {
    return column;
  }
}
