package org.wsis.roadmap.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly as the bytes arrive: the first malformed byte fails with an {@link
 * InputFailure} at its line and column (counted in characters decoded before it), never becoming
 * U+FFFD. Memory use is two small buffers whatever the length of the input.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean eof;
  private boolean flushed;
  private long byteOffset;
  /** The lines and columns of the characters handed out. */
  private final InputCounter handedOut = new InputCounter(Long.MAX_VALUE, "characters");

  /**
   * Wraps a stream; closing this reader closes it.
   *
   * @param in the UTF-8 bytes
   */
  public Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    handedOut.count(buffer, offset, n);
    return n;
  }

  private void fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!eof && !bytes.hasRemaining() || !eof && bytes.remaining() < 4) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, eof);
        byteOffset += bytes.position() - before;
        if (result.isError()) {
          int decodedLine = handedOut.line();
          int decodedColumn = handedOut.column();
          for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
              decodedLine++;
              decodedColumn = 0;
            } else {
              decodedColumn++;
            }
          }
          throw new InputFailure("the input is not valid UTF-8: byte " + (byteOffset + 1) + " (0x"
              + Integer.toHexString(bytes.get(bytes.position()) & 0xff).toUpperCase(java.util.Locale.ROOT)
              + ") cannot start or continue a character", decodedLine, decodedColumn + 1);
        }
        if (eof && !bytes.hasRemaining()) {
          decoder.flush(chars);
          flushed = true;
          break;
        }
      }
    } finally {
      chars.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
