package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RoadmapException#quote}: bounded, and nothing a terminal would obey gets through. */
final class RoadmapExceptionQuoteTest {
  @Test
  void quote_shortValue_inSingleQuotes() {
    assertThat(RoadmapException.quote("4-4")).isEqualTo("'4-4'");
    assertThat(RoadmapException.quote(null)).isEqualTo("null");
  }

  @Test
  void quote_lineEndsAndTab_writtenShort() {
    assertThat(RoadmapException.quote("a\nb\rc\td")).isEqualTo("'a\\nb\\rc\\td'");
  }

  @Test
  void quote_everyCharacterTerminalTextEscapes_isEscaped() {
    assertThat(RoadmapException.quote("\u001b]0;x\u0007\u007f\u0085\u2028\u202e\u2066"))
        .isEqualTo("'\\u001b]0;x\\u0007\\u007f\\u0085\\u2028\\u202e\\u2066'");
    for (char c = 0; c < 0x2100; c++) {
      String quoted = RoadmapException.quote(String.valueOf(c));
      if (TerminalText.isEscaped(c)) {
        assertThat(quoted).as("U+%04X", (int) c).startsWith("'\\");
      } else {
        assertThat(quoted).as("U+%04X", (int) c).isEqualTo("'" + c + "'");
      }
    }
  }

  @Test
  void quote_longValue_cutWithItsLengthStated() {
    String quoted = RoadmapException.quote("C5.GT.B3" + "x".repeat(52_428_792));

    assertThat(quoted).startsWith("'C5.GT.B3xx").endsWith("\u2026' (52,428,800 characters)");
    assertThat(quoted).hasSize(RoadmapException.QUOTE_LENGTH + 27);
  }

  @Test
  void quote_cutBetweenASurrogatePair_keepsThePairWhole() {
    String value = "x".repeat(RoadmapException.QUOTE_LENGTH - 1) + "\ud83d\ude00" + "tail";

    assertThat(RoadmapException.quote(value)).startsWith("'" + "x".repeat(RoadmapException.QUOTE_LENGTH - 1) + "\u2026'");
  }
}
