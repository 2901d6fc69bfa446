package org.wsis.roadmap.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a stream, with their lines and columns, and fails with an {@link
 * InputFailure} as soon as more than the limit arrive, so that an endless input ends in bounded memory.
 */
public final class BoundedInputStream extends FilterInputStream {
  private final InputCounter counter;

  /**
   * Wraps a stream.
   *
   * @param in the stream
   * @param limit the most bytes allowed
   */
  public BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.counter = new InputCounter(limit, "bytes");
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counter.count(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] skipped = new byte[(int) Math.min(n, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported: counting must see every byte once
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }
}
