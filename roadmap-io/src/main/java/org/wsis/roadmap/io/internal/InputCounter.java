package org.wsis.roadmap.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.function.IntPredicate;

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
   * Counts the bytes just read: line feeds eight bytes at a time while the limit is not reached,
   * byte by byte only in the read that passes it, so that the failure names the first byte past it.
   *
   * @param buffer the buffer
   * @param offset where the bytes start
   * @param length how many were read
   * @throws InputFailure when a byte is past the limit, at its line and column
   */
  void count(byte[] buffer, int offset, int length) throws InputFailure {
    if (count + length > limit) {
      unitByUnit(i -> buffer[i] == '\n', offset, length);
      return;
    }
    int end = offset + length;
    int lineFeeds = 0;
    int i = offset;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      lineFeeds += lineFeeds((long) LONGS.get(buffer, i));
    }
    for (; i < end; i++) {
      if (buffer[i] == '\n') {
        lineFeeds++;
      }
    }
    advance(offset, length, lineFeeds, at -> buffer[at] == '\n');
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

  /** The number of line feed bytes in eight bytes: the zero bytes of {@code word ^ LINE_FEEDS}, exactly. */
  private static int lineFeeds(long word) {
    long x = word ^ LINE_FEEDS;
    long highBitOfZeroBytes = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
    return Long.bitCount(highBitOfZeroBytes);
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
      unitByUnit(i -> buffer[i] == '\n', offset, length);
      return;
    }
    int end = offset + length;
    int lineFeeds = 0;
    for (int i = offset; i < end; i++) {
      lineFeeds += buffer[i] == '\n' ? 1 : 0;
    }
    advance(offset, length, lineFeeds, at -> buffer[at] == '\n');
  }

  /** Counts a read within the limit, whose line feeds are counted: the column is found from the last one. */
  private void advance(int offset, int length, int lineFeeds, IntPredicate lineFeedAt) {
    count += length;
    line += lineFeeds;
    if (lineFeeds == 0) {
      column += length;
      return;
    }
    int lastLineFeed = offset + length - 1;
    while (!lineFeedAt.test(lastLineFeed)) {
      lastLineFeed--;
    }
    column = offset + length - 1 - lastLineFeed;
  }

  /** Counts a read that passes the limit one unit at a time, so that the failure names the first unit past it. */
  private void unitByUnit(IntPredicate lineFeedAt, int offset, int length) throws InputFailure {
    for (int i = offset; i < offset + length; i++) {
      next(lineFeedAt.test(i));
    }
  }

  /**
   * Returns the line of the next unit.
   *
   * @return the line, from 1
   */
  int line() {
    return line;
  }

  /**
   * Returns the units before the next one on its line.
   *
   * @return the column of the last unit counted, 0 at the start of a line
   */
  int column() {
    return column;
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
