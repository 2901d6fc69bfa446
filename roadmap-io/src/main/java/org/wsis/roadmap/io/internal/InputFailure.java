package org.wsis.roadmap.io.internal;

import java.io.IOException;

/**
 * A failure of the input stream itself, found while it is read: a read limit passed or bytes that are
 * not UTF-8, with the line and column where it was found. The readers turn it into a {@link
 * org.wsis.roadmap.io.RoadmapReadException} at that place, with the JSON pointer of the value being
 * read when there is one.
 */
public class InputFailure extends IOException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  /**
   * Creates a failure.
   *
   * @param message the rule that was broken, starting with "the input ..."
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public InputFailure(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the line where the failure was found.
   *
   * @return from 1
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column where the failure was found.
   *
   * @return from 1
   */
  public int getColumn() {
    return column;
  }

  /**
   * Tells whether a read limit was passed (else the bytes are not UTF-8).
   *
   * @return true for a limit
   */
  public boolean isLimit() {
    return getMessage().startsWith("the input exceeds a read limit");
  }

  /**
   * Returns the message of a total limit passed.
   *
   * @param limit the limit
   * @param unit "bytes" or "characters"
   * @return the message
   */
  static String tooLong(long limit, String unit) {
    return "the input exceeds a read limit (see ReadLimits): a document may be at most " + limit + " " + unit + " long";
  }
}
