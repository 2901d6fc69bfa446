package org.wsis.roadmap.io.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.wsis.roadmap.io.ReadLimits;

/**
 * Stops YAML input that holds a run of more than {@link ReadLimits#getMaxYamlRunLength()} characters
 * without white space: SnakeYAML scans such a run in time that grows with the square of its length,
 * so one long run would hold a thread for minutes. Counts lines and columns for the message.
 */
public final class RunLimitingReader extends FilterReader {
  private final int maxRun;
  private int run;
  private int line = 1;
  private int column;

  /**
   * Wraps a reader.
   *
   * @param in the YAML input
   * @param maxRun the longest run allowed
   */
  public RunLimitingReader(Reader in, int maxRun) {
    super(in);
    this.maxRun = maxRun;
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
    for (int i = offset; i < offset + n; i++) {
      char c = buffer[i];
      if (c == '\n') {
        line++;
        column = 0;
        run = 0;
        continue;
      }
      column++;
      if (Character.isWhitespace(c)) {
        run = 0;
      } else if (++run > maxRun) {
        throw new TooLong(line, column - maxRun, maxRun);
      }
    }
    return n;
  }

  /** The failure of a run too long, with the place where the run starts. */
  public static final class TooLong extends InputFailure {
    private static final long serialVersionUID = 1L;

    TooLong(int line, int column, int maxRun) {
      super("the input exceeds a read limit (see ReadLimits): a YAML run of characters without white space "
          + "may be at most " + maxRun + " characters long", line, column);
    }
  }
}
