package org.wsis.roadmap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounded streams fail at the first unit past the limit, at its line and column, however the
 * input is read in pieces (the counter counts whole reads at once until a read passes the limit).
 */
final class InputCounterTest {
  private static final String TEXT = "ab\ncde\n\nfghij\nk";

  /** Line and column of the unit at an index, both from 1, counted the plain way. */
  private static int[] position(String text, int index) {
    int line = 1;
    int column = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
    return new int[] {line, column + 1};
  }

  private static void drain(Reader in, int chunk) throws IOException {
    char[] buffer = new char[chunk];
    while (in.read(buffer, 0, chunk) >= 0) {
      // read on
    }
  }

  private static void drain(InputStream in, int chunk) throws IOException {
    byte[] buffer = new byte[chunk];
    while (in.read(buffer, 0, chunk) >= 0) {
      // read on
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8, 64})
  void boundedReader_anyChunking_failsAtTheFirstCharacterPastTheLimit(int chunk) {
    for (int limit = 0; limit < TEXT.length(); limit++) {
      int past = limit;
      InputFailure failure = catchThrowableOfType(InputFailure.class,
          () -> drain(new BoundedReader(new StringReader(TEXT), past), chunk));
      assertThat(new int[] {failure.getLine(), failure.getColumn()}).as("limit %d, chunk %d", limit, chunk)
          .containsExactly(position(TEXT, limit));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8, 64})
  void boundedInputStream_anyChunking_failsAtTheFirstBytePastTheLimit(int chunk) {
    byte[] bytes = TEXT.getBytes(StandardCharsets.US_ASCII);
    for (int limit = 0; limit < bytes.length; limit++) {
      int past = limit;
      InputFailure failure = catchThrowableOfType(InputFailure.class,
          () -> drain(new BoundedInputStream(new ByteArrayInputStream(bytes), past), chunk));
      assertThat(new int[] {failure.getLine(), failure.getColumn()}).as("limit %d, chunk %d", limit, chunk)
          .containsExactly(position(TEXT, limit));
    }
  }

  @Test
  void boundedReader_inputWithinTheLimit_isReadWhole() throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader in = new BoundedReader(new StringReader(TEXT), TEXT.length())) {
      char[] buffer = new char[4];
      int n;
      while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
        out.append(buffer, 0, n);
      }
    }
    assertThat(out.toString()).isEqualTo(TEXT);
  }
}
