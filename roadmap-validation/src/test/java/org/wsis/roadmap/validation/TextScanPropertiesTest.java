package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shortcuts of the text checks agree with the plain definitions they stand for: the key hash
 * with the key's hash, the pairwise search for repeated items with a set of keys, and the one-pass
 * scan with the characters each check looks for.
 */
final class TextScanPropertiesTest {
  /** Pieces that meet every branch: white space of several kinds, the trimmed punctuation, case, markup, brackets, superscripts. */
  private static final String[] PIECES = {"a", "B", "é", "É", " ", "  ", "\t", "\n", "\u00A0", "\u2003", ".", ";", ":", ",", "x.y", "<b>", "</i>",
      "< b", "&amp;", "&#65;", "&x", ";", "(", ")", "[", "]", "a)", " iv)", "12)", "\u00B9", "\u00B2", "\u2075", "\u2070", "İ", "ß", "\uD83C\uDF0D"};

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12)
        .map(list -> list.stream().map(i -> PIECES[i]).reduce("", String::concat));
  }

  @Test
  void keyHash_anyText_isTheHashOfTheKey() {
    qt().withExamples(2000).forAll(texts()).checkAssert(text ->
        assertThat(Texts.keyHash(text)).as("'%s'", text).isEqualTo(Texts.normalise(text).hashCode()));
  }

  @Test
  void repeatedItems_anyList_areTheItemsWhoseKeyIsAlreadySeen() {
    Gen<List<String>> lists = lists().of(lists().of(integers().between(0, 6)).ofSizeBetween(0, 4)
        .map(list -> list.stream().map(i -> new String[] {"a", "A", " ", ".", "b", "a.", "\t"}[i]).reduce("", String::concat)))
        .ofSizeBetween(0, 40);
    qt().withExamples(1000).forAll(lists).checkAssert(items -> {
      List<Integer> expected = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        String key = Texts.normalise(items.get(i));
        if (!key.isEmpty() && !seen.add(key)) {
          expected.add(i);
        }
      }
      assertThat(Texts.repeatedItems(items)).as("%s", items).isEqualTo(expected);
    });
  }

  @Test
  void scan_anyText_flagsWhatEachCheckLooksFor() {
    Pattern markup = Texts.MARKUP;
    Pattern superscript = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]");
    Pattern bracket = Pattern.compile("[()\\[\\]]");
    qt().withExamples(2000).forAll(texts()).checkAssert(text -> {
      int seen = Texts.scan(text);
      // Markup may be flagged without a match (the scan is a filter), never missed.
      if (markup.matcher(text).find()) {
        assertThat(seen & Texts.MARKUP_START).as("markup in '%s'", text).isEqualTo(Texts.MARKUP_START);
      }
      assertThat((seen & Texts.SUPERSCRIPT) != 0).as("superscript in '%s'", text).isEqualTo(superscript.matcher(text).find());
      assertThat((seen & Texts.BRACKET) != 0).as("bracket in '%s'", text).isEqualTo(bracket.matcher(text).find());
    });
  }

  @Test
  void scan_markupStarts_areFlaggedAndLookalikesAreNot() {
    assertThat(Texts.scan("a <b>bold</b>") & Texts.MARKUP_START).isEqualTo(Texts.MARKUP_START);
    assertThat(Texts.scan("R&amp;D") & Texts.MARKUP_START).isEqualTo(Texts.MARKUP_START);
    assertThat(Texts.scan("R&D; later") & Texts.MARKUP_START).isEqualTo(Texts.MARKUP_START);
    assertThat(Texts.scan("3 < 4 and R&D")).isZero();
    assertThat(Texts.scan("a; b & c")).isZero();
  }
}
