package org.wsis.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scanning helpers the cell readers share. */
final class TextTest {

  @Test
  void word_wholeWordAnyCase_returnsItsEnd() {
    assertThat(Text.word("see Annex 2", 4, "annex")).isEqualTo(9);
    assertThat(Text.word("AND", 0, "and")).isEqualTo(3);
    assertThat(Text.word("as of 2020", 0, "as of")).isEqualTo(5);
  }

  @Test
  void word_insideALongerWord_isNoMatch() {
    assertThat(Text.word("andy", 0, "and")).isEqualTo(-1);
    assertThat(Text.word("band", 1, "and")).isEqualTo(-1);
    assertThat(Text.word("and2", 0, "and")).isEqualTo(-1);
    assertThat(Text.word("2and", 1, "and")).isEqualTo(-1);
  }

  @Test
  void word_endingInPunctuation_mayBeFollowedByALetter() {
    assertThat(Text.word("Res.76", 0, "res.")).isEqualTo(4);
    assertThat(Text.word("a/res/70", 0, "a/res/")).isEqualTo(6);
  }

  @Test
  void word_outsideTheText_isNoMatch() {
    assertThat(Text.word("an", 0, "and")).isEqualTo(-1);
    assertThat(Text.word("and", -1, "and")).isEqualTo(-1);
    assertThat(Text.word("x and", 2, "and")).isEqualTo(5);
  }

  @Test
  void anyWord_firstListedWordThatMatches_wins() {
    assertThat(Text.anyWord("resolutions 5", 0, "resolution", "resolutions")).isEqualTo(11);
    assertThat(Text.anyWord("Res 5", 0, "resolution", "res")).isEqualTo(3);
    assertThat(Text.anyWord("to date", 0, "to")).isEqualTo(2);
    assertThat(Text.anyWord("x", 0, "y", "z")).isEqualTo(-1);
  }

  @Test
  void space_skipsOneSpaceOnly() {
    assertThat(Text.space("a  b", 1)).isEqualTo(2);
    assertThat(Text.space("ab", 1)).isEqualTo(1);
    assertThat(Text.space("a", 1)).isEqualTo(1);
  }

  @Test
  void digits_returnsTheEndOfTheRun() {
    assertThat(Text.digits("ab0123456789c", 2)).isEqualTo(12);
    assertThat(Text.digits("a/b", 1)).isEqualTo(1);
    assertThat(Text.digits("12", 2)).isEqualTo(2);
  }

  @Test
  void year_fourDigitsFrom1900To2099_returnsTheEnd() {
    assertThat(Text.year("in 1999.", 3)).isEqualTo(7);
    assertThat(Text.year("2000", 0)).isEqualTo(4);
    assertThat(Text.year("(2099)", 1)).isEqualTo(5);
  }

  @Test
  void year_otherNumbersOrGluedToAWord_isNoYear() {
    assertThat(Text.year("1899", 0)).isEqualTo(-1);
    assertThat(Text.year("2100", 0)).isEqualTo(-1);
    assertThat(Text.year("3020", 0)).isEqualTo(-1);
    assertThat(Text.year("1020", 0)).isEqualTo(-1);
    assertThat(Text.year("20201", 0)).isEqualTo(-1);
    assertThat(Text.year("202", 0)).isEqualTo(-1);
    assertThat(Text.year("x 202", 2)).isEqualTo(-1);
    assertThat(Text.year("2020s", 0)).isEqualTo(-1);
    assertThat(Text.year("x2020", 1)).isEqualTo(-1);
    assertThat(Text.year("12020", 1)).isEqualTo(-1);
    assertThat(Text.year("2020", -1)).isEqualTo(-1);
  }

  @Test
  void isDash_everyDashAndMinus() {
    for (char c : "-\u2010\u2011\u2012\u2013\u2014\u2212".toCharArray()) {
      assertThat(Text.isDash(c)).as("U+%04X", (int) c).isTrue();
    }
    assertThat(Text.isDash('_')).isFalse();
    assertThat(Text.isDash('~')).isFalse();
  }

  @Test
  void trimSeparators_stripsBothEnds() {
    assertThat(Text.trimSeparators(" ,;: a. b .:; ", 0, 14)).containsExactly(5, 9);
    assertThat(Text.trimSeparators(" , ", 0, 3)).containsExactly(3, 3);
    assertThat(Text.trimSeparators("x, y", 1, 3)).containsExactly(3, 3);
  }

  @Test
  void isSeparator_spaceCommaSemicolonColonFullStop() {
    for (char c : " ,;:.".toCharArray()) {
      assertThat(Text.isSeparator(c)).as("'%s'", c).isTrue();
    }
    assertThat(Text.isSeparator('/')).isFalse();
  }

  @Test
  void lower_usesTheRootLocale() {
    assertThat(Text.lower("TITLE I")).isEqualTo("title i");
  }
}
