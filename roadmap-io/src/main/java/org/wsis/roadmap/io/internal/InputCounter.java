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
   * Counts the bytes just read: in one tight pass over the line feeds while the limit is not reached,
   * unit by unit only in the read that passes it, so that the failure names the first unit past it.
   *
   * @param buffer the buffer
   * @param offset where the bytes start
   * @param length how many were read
   * @throws InputFailure when a byte is past the limit, at its line and column
   */
  void count(byte[] buffer, int offset, int length) throws InputFailure {
    if (count + length > limit) {
      for (int i = offset; i < offset + length; i++) {
        next(buffer[i] == '\n');
      }
      return;
    }
    int lastLineFeed = -1;
    for (int i = offset; i < offset + length; i++) {
      if (buffer[i] == '\n') {
        line++;
        lastLineFeed = i;
      }
    }
    advance(offset, length, lastLineFeed);
  }

  /**
   * Counts the characters just read, as {@link #count(byte[], int, int)} counts bytes.
   *
   * @param buffer the buffer
   * @param offset where the characters start
   * @param length how many were read
   * @throws InputFailure when a character is past the limit, at its line and column
   */
  void count(char[] buffer, int offset, int length) throws InputFailure {
    if (count + length > limit) {
      for (int i = offset; i < offset + length; i++) {
        next(buffer[i] == '\n');
      }
      return;
    }
    int lastLineFeed = -1;
    for (int i = offset; i < offset + length; i++) {
      if (buffer[i] == '\n') {
        line++;
        lastLineFeed = i;
      }
    }
    advance(offset, length, lastLineFeed);
  }

  private void advance(int offset, int length, int lastLineFeed) {
    count += length;
    column = lastLineFeed < 0 ? column + length : offset + length - 1 - lastLineFeed;
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
