package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TerminalTextTest {
  @Test
  void escape_terminalAttack_isWrittenAsEscapes() {
    assertThat(TerminalText.escape("\u001b]0;PWNED\u0007\u001b[2J"))
        .isEqualTo("\\u001b]0;PWNED\\u0007\\u001b[2J");
  }

  @Test
  void escape_everyControlClass_isEscaped() {
    assertThat(TerminalText.escape("a\u0000b\tc\nd\re\u007ff\u0080g\u009fh"))
        .isEqualTo("a\\u0000b\\u0009c\\u000ad\\u000de\\u007ff\\u0080g\\u009fh");
    assertThat(TerminalText.escape("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
        .isEqualTo("\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069");
  }

  @Test
  void escape_plainText_isReturnedUnchanged() {
    String plain = "Governments should act (2020\u20132025) \\ \u00e9t\u00e9 \u4e2d\u6587 \ud83d\ude00 \u200f";
    assertThat(TerminalText.escape(plain)).isSameAs(plain);
  }

  @Test
  void escapeLines_keepsLineFeedsAndCrLfButNotALoneCarriageReturn() {
    assertThat(TerminalText.escapeLines("one\ntwo\r\nthree\rfour\u0007\n"))
        .isEqualTo("one\ntwo\r\nthree\\u000dfour\\u0007\n");
  }

  @Test
  void isEscaped_boundaries() {
    assertThat(TerminalText.isEscaped('\u001f')).isTrue();
    assertThat(TerminalText.isEscaped(' ')).isFalse();
    assertThat(TerminalText.isEscaped('~')).isFalse();
    assertThat(TerminalText.isEscaped('\u00a0')).isFalse();
    assertThat(TerminalText.isEscaped('\u2027')).isFalse();
    assertThat(TerminalText.isEscaped('\u2028')).isTrue();
    assertThat(TerminalText.isEscaped('\u2029')).isTrue();
    assertThat(TerminalText.isEscaped('\u202f')).isFalse();
    assertThat(TerminalText.isEscaped('\u2065')).isFalse();
    assertThat(TerminalText.isEscaped('\u206a')).isFalse();
  }
}
