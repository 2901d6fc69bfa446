package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jaccard similarity of word sets, which pairs reworded outcomes and items. */
final class WordsTest {

  @Test
  void similarity_sharedOverAllWords() {
    assertThat(Words.similarity(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isEqualTo(2.0 / 4);
    assertThat(Words.similarity(Set.of("a"), Set.of("a", "b", "c", "d"))).isEqualTo(1.0 / 4);
    assertThat(Words.similarity(Set.of("a", "b", "c", "d"), Set.of("a"))).isEqualTo(1.0 / 4);
  }

  @Test
  void similarity_sameOrDisjoint_isOneOrZero() {
    assertThat(Words.similarity(Set.of("a", "b"), Set.of("b", "a"))).isEqualTo(1.0);
    assertThat(Words.similarity(Set.of("a", "b"), Set.of("c"))).isZero();
  }

  @Test
  void similarity_oneOrBothEmpty_isZero() {
    assertThat(Words.similarity(Set.of(), Set.of())).isZero();
    assertThat(Words.similarity(Set.of("a"), Set.of())).isZero();
    assertThat(Words.similarity(Set.of(), Set.of("a"))).isZero();
  }
}
