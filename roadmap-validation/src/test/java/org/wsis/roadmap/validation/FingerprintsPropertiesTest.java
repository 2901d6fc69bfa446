package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Fingerprints.TextArena} keeps texts as bytes: any UTF-16 text reads back equal, and compares exactly. */
final class FingerprintsPropertiesTest {
  private static final char[] UNITS = {'C', '2', '.', 'a', '\u00e9', '\u07ff', '\u0800', '\u4e2d', '\ud83d', '\ude00', '\uffff', '\u0000', '\u007f', '\u0080'};

  private static final Gen<String> TEXTS = lists().of(integers().between(0, UNITS.length - 1)).ofSizeBetween(0, 8)
      .map(list -> list.stream().map(i -> String.valueOf(UNITS[i])).reduce("", String::concat));

  @Test
  void textArena_anyTexts_readBackEqual_andEqualOnlyToThemselves() {
    qt().withExamples(500).forAll(lists().of(TEXTS).ofSizeBetween(1, 30), TEXTS).checkAssert((texts, other) -> {
      Fingerprints.TextArena arena = new Fingerprints.TextArena();
      for (String text : texts) {
        arena.add(text);
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(arena.get(i)).isEqualTo(texts.get(i));
        assertThat(arena.equalsAt(i, texts.get(i))).isTrue();
        assertThat(arena.equalsAt(i, other)).isEqualTo(other.equals(texts.get(i)));
      }
    });
  }

  @Test
  void textArena_prefixOrLongerText_isNotEqual() {
    Fingerprints.TextArena arena = new Fingerprints.TextArena();
    arena.add("C2.GT.\u00e9");

    assertThat(arena.equalsAt(0, "C2.GT.")).isFalse();
    assertThat(arena.equalsAt(0, "C2.GT.\u00e9x")).isFalse();
    assertThat(arena.equalsAt(0, "C2.GT.\u00e9")).isTrue();
    assertThat(List.of(arena.get(0))).containsExactly("C2.GT.\u00e9");
  }
}
