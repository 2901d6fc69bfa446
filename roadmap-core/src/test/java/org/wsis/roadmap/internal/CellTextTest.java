package org.wsis.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The printed text of a cell: markup removed, references decoded, and every character mapped back to the input. */
final class CellTextTest {

  /** The input index of every text index, 0 to the text length. */
  private static int[] indexes(CellText cell) {
    return IntStream.rangeClosed(0, cell.text().length()).map(cell::inputIndex).toArray();
  }

  @Test
  void of_numericReferences_decodeDecimalAndHex() {
    CellText cell = CellText.of("&#65;&#x42;&#X43;");
    assertThat(cell.text()).isEqualTo("ABC");
    assertThat(indexes(cell)).containsExactly(0, 5, 11, 17);
  }

  @Test
  void of_numericReferencesOutsideUnicodeScalars_stayText() {
    assertThat(CellText.of("&#0;x").text()).isEqualTo("&#0;x");
    assertThat(CellText.of("&#xD800;x").text()).isEqualTo("&#xD800;x");
    assertThat(CellText.of("&#xDFFF;x").text()).isEqualTo("&#xDFFF;x");
    assertThat(CellText.of("&#x110000;x").text()).isEqualTo("&#x110000;x");
    assertThat(CellText.of("&#abc;x").text()).isEqualTo("&#abc;x");
    assertThat(CellText.of("&#;x").text()).isEqualTo("&#;x");
  }

  @Test
  void of_numericReferencesAtTheEdgesOfSurrogates_decode() {
    assertThat(CellText.of("&#xD7FF;x").text()).isEqualTo("\uD7FFx");
    assertThat(CellText.of("&#xE000;x").text()).isEqualTo("\uE000x");
    assertThat(CellText.of("&#1;x").text()).isEqualTo("\u0001x");
  }

  @Test
  void of_supplementaryCodePoint_mapsBothHalvesToTheReference() {
    CellText cell = CellText.of("a&#x1F600;b");
    assertThat(cell.text()).isEqualTo("a\uD83D\uDE00b");
    assertThat(indexes(cell)).containsExactly(0, 1, 1, 10, 11);
    assertThat(CellText.of("&#x10FFFF;x").text()).isEqualTo(new StringBuilder().appendCodePoint(0x10FFFF).append('x').toString());
  }

  @Test
  void of_namedReferences_decodeTheKnownNames() {
    CellText cell = CellText.of("&lt;&gt;&quot;&apos;&ndash;&mdash;&rsquo;&lsquo;&ldquo;&rdquo;");
    assertThat(cell.text()).isEqualTo("<>\"'\u2013\u2014\u2019\u2018\u201C\u201D");
    assertThat(indexes(cell)).containsExactly(0, 4, 8, 14, 20, 27, 34, 41, 48, 55, 62);
    assertThat(CellText.of("a &amp; b").text()).isEqualTo("a & b");
  }

  @Test
  void of_nonBreakingSpaces_collapseLikeSpaces() {
    CellText cell = CellText.of("&nbsp;&nbsp;x&nbsp;y");
    assertThat(cell.text()).isEqualTo("x y");
    assertThat(indexes(cell)).containsExactly(12, 13, 19, 20);
  }

  @Test
  void of_ampersandsThatOpenNoReference_stayText() {
    assertThat(CellText.of("&foo;x").text()).isEqualTo("&foo;x");
    assertThat(CellText.of("&amp").text()).isEqualTo("&amp");
    assertThat(CellText.of("& amp;x").text()).isEqualTo("& amp;x");
    assertThat(CellText.of("&a-b;x").text()).isEqualTo("&a-b;x");
  }

  @Test
  void of_referenceUpToTwelveCharacters_decodesAndALongerOneStaysText() {
    assertThat(CellText.of("&#x0000041;x").text()).isEqualTo("Ax");
    assertThat(CellText.of("&#x00000041;x").text()).isEqualTo("Ax");
    assertThat(indexes(CellText.of("&#x00000041;x"))).containsExactly(0, 12, 13);
    assertThat(CellText.of("&#x000000041;x").text()).isEqualTo("&#x000000041;x");
  }

  @Test
  void of_blockTags_breakParagraphsAndMapTheBreakToTheTag() {
    CellText cell = CellText.of("<p>a</p><p>b</p>");
    assertThat(cell.text()).isEqualTo("a b");
    assertThat(cell.paragraphs()).isEqualTo("a\nb");
    assertThat(indexes(cell)).containsExactly(3, 4, 11, 16);
    assertThat(indexes(CellText.of("<p>a</p> <p>b</p>"))).containsExactly(3, 4, 12, 17);
    CellText br = CellText.of("x<br/>y");
    assertThat(br.paragraphs()).isEqualTo("x\ny");
    assertThat(indexes(br)).containsExactly(0, 1, 6, 7);
    assertThat(CellText.of("x<BR>y").paragraphs()).isEqualTo("x\ny");
    assertThat(CellText.of("x<br />y").paragraphs()).isEqualTo("x\ny");
    assertThat(CellText.of("<h1>T</h1>x").paragraphs()).isEqualTo("T\nx");
    assertThat(CellText.of("</p>x").text()).isEqualTo("x");
  }

  @Test
  void of_spaceBeforeABlockTag_mapsTheBreakToTheSpace() {
    CellText cell = CellText.of("a <p> b");
    assertThat(cell.paragraphs()).isEqualTo("a\nb");
    assertThat(indexes(cell)).containsExactly(0, 1, 6, 7);
    assertThat(indexes(CellText.of("x<b></b><p>y"))).containsExactly(0, 8, 11, 12);
  }

  @Test
  void of_inlineTags_vanishWithoutASpace() {
    CellText cell = CellText.of("a<i>b</i>c");
    assertThat(cell.text()).isEqualTo("abc");
    assertThat(indexes(cell)).containsExactly(0, 4, 9, 10);
    assertThat(CellText.of("a <i>b</i> c").text()).isEqualTo("a b c");
    assertThat(indexes(CellText.of("a<i> </i>b"))).containsExactly(0, 4, 9, 10);
    assertThat(indexes(CellText.of("a<i></i> b"))).containsExactly(0, 8, 9, 10);
    assertThat(CellText.of("x<o:p></o:p>y").text()).isEqualTo("xy");
    assertThat(CellText.of("a <a href=\"x\">link</a> b").text()).isEqualTo("a link b");
  }

  @Test
  void of_anglesThatOpenNoKnownTag_stayText() {
    assertThat(CellText.of("<A/RES/70/1>").text()).isEqualTo("<A/RES/70/1>");
    assertThat(CellText.of("<5 years>").text()).isEqualTo("<5 years>");
    assertThat(CellText.of("<p").text()).isEqualTo("<p");
    assertThat(CellText.of("a<p<b>c").text()).isEqualTo("a<pc");
    assertThat(CellText.of("< p>x").text()).isEqualTo("< p>x");
    assertThat(CellText.of("<!DOCTYPE html>x").text()).isEqualTo("<!DOCTYPE html>x");
    assertThat(CellText.of("<pz>x").text()).isEqualTo("<pz>x");
    assertThat(CellText.of("<p@>x").text()).isEqualTo("<p@>x");
    assertThat(CellText.of("<@p>x").text()).isEqualTo("<@p>x");
    assertThat(CellText.of("<[p]>x").text()).isEqualTo("<[p]>x");
    assertThat(CellText.of("<\u00e9>x").text()).isEqualTo("<\u00e9>x");
    assertThat(CellText.of("<h7>x").text()).isEqualTo("<h7>x");
  }

  @Test
  void of_upperCaseTagNames_areTags() {
    assertThat(CellText.of("<A HREF=\"u\">x</A>").text()).isEqualTo("x");
    assertThat(CellText.of("<P>x</P><P>y").paragraphs()).isEqualTo("x\ny");
  }

  @Test
  void of_angleAtTheEnd_staysText() {
    assertThat(CellText.of("a<").text()).isEqualTo("a<");
    assertThat(CellText.of("a</").text()).isEqualTo("a</");
    assertThat(CellText.of("a<!").text()).isEqualTo("a<!");
  }

  @Test
  void of_tagLongerThanItsLimit_staysText() {
    String fits = "x".repeat(188); // '>' at index 199 of the tag
    assertThat(CellText.of("a<b title=\"" + fits + "\">c").text()).isEqualTo("ac");
    String longer = "x".repeat(189); // '>' at index 200
    assertThat(CellText.of("a<b title=\"" + longer + "\">c").text()).isEqualTo("a<b title=\"" + longer + "\">c");
  }

  @Test
  void of_whiteSpace_collapsesAndTrims() {
    CellText cell = CellText.of(" a \t\n b ");
    assertThat(cell.text()).isEqualTo("a b");
    assertThat(indexes(cell)).containsExactly(1, 2, 6, 8);
  }

  @Test
  void inputIndex_outsideTheText_clampsToItsEnds() {
    CellText cell = CellText.of("<p>ab</p>");
    assertThat(cell.inputIndex(-1)).isEqualTo(3);
    assertThat(cell.inputIndex(2)).isEqualTo(9);
    assertThat(cell.inputIndex(3)).isEqualTo(9);
    assertThat(cell.inputIndex(100)).isEqualTo(9);
  }

  @Test
  void input_returnsTheCellAsGiven() {
    assertThat(CellText.of("<p>a</p>").input()).isEqualTo("<p>a</p>");
  }
}
