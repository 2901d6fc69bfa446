package org.wsis.roadmap.io.internal;

/**
 * Counts the units of an input (bytes or characters) as they arrive, with the line and column of
 * the next one, and fails with an {@link InputFailure} at the first unit past the limit. Shared by
 * {@link BoundedInputStream} and {@link BoundedReader}.
 */
final class InputCounter {
  private final long limit;
  private final String unit;
  private long count;
  private int line = 1;
  private int column;

  /**
   * Creates a counter.
   *
   * @param limit the most units allowed
   * @param unit what is counted, plural: {@code "bytes"} or {@code "characters"}
   */
  InputCounter(long limit, String unit) {
    this.limit = limit;
    this.unit = unit;
  }

  /**
   * Counts one unit.
   *
   * @param lineEnd whether the unit is a line feed
   * @throws InputFailure when the unit is past the limit, at its line and column
   */
  void next(boolean lineEnd) throws InputFailure {
    if (++count > limit) {
      throw new InputFailure(InputFailure.tooLong(limit, unit), line, column + 1);
    }
    if (lineEnd) {
      line++;
      column = 0;
    } else {
      column++;
    }
  }
}
