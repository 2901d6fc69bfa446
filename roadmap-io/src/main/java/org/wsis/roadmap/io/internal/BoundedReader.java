package org.wsis.roadmap.io.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read from a reader, with their lines and columns, and fails with an {@link
 * InputFailure} as soon as more than the limit arrive, so that an endless input ends in bounded memory.
 */
public final class BoundedReader extends FilterReader {
  private final InputCounter counter;

  /**
   * Wraps a reader.
   *
   * @param in the characters
   * @param limit the most characters allowed
   */
  public BoundedReader(Reader in, long limit) {
    super(in);
    this.counter = new InputCounter(limit, "characters");
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counter.count(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] skipped = new char[(int) Math.min(n, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void mark(int readAheadLimit) throws IOException {
    throw new IOException("mark not supported");
  }

  @Override
  public void reset() throws IOException {
    throw new IOException("reset not supported");
  }
}
