package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ResolutionBody;

/** Equality, hashing and number order of the small query value types. */
final class KeysEqualityTest {

  @Test
  void resolutionKey_equalOnlyForSameBodyAndNumber() {
    assertThat(ResolutionKey.of(ResolutionBody.PP, "71")).isEqualTo(ResolutionKey.parse("PP 71"))
        .hasSameHashCodeAs(ResolutionKey.parse("PP 71"));
    assertThat(ResolutionKey.of(ResolutionBody.PP, "71")).isNotEqualTo(ResolutionKey.of(ResolutionBody.WTDC, "71"));
    assertThat(ResolutionKey.of(ResolutionBody.PP, "71")).isNotEqualTo(ResolutionKey.of(ResolutionBody.PP, "72"));
    assertThat(ResolutionKey.ofNumber("71")).isNotEqualTo(ResolutionKey.of(ResolutionBody.PP, "71"));
    assertThat(ResolutionKey.ofNumber("71")).isNotEqualTo("71");
  }

  @Test
  void resolutionKey_hash_mixesBodyAndNumber() {
    assertThat(ResolutionKey.of(ResolutionBody.PP, "71").hashCode())
        .isEqualTo(ResolutionBody.PP.hashCode() * 31 + "71".hashCode());
    assertThat(ResolutionKey.ofNumber("71").hashCode()).isEqualTo("71".hashCode());
  }

  @Test
  void compareNumbers_partByPartShorterFirst() {
    assertThat(ResolutionKey.compareNumbers("9", "71")).isNegative();
    assertThat(ResolutionKey.compareNumbers("71", "9")).isPositive();
    assertThat(ResolutionKey.compareNumbers("70/1", "70/12")).isNegative();
    assertThat(ResolutionKey.compareNumbers("70/2", "70/1")).isPositive();
    assertThat(ResolutionKey.compareNumbers("70", "70/1")).isNegative();
    assertThat(ResolutionKey.compareNumbers("70/1", "70/1")).isZero();
  }

  @Test
  void segment_equalOnlyForSameOperationAndText() {
    WordDiff.Segment kept = WordDiff.of("a b", "a c").getSegments().get(0);
    WordDiff.Segment keptAgain = WordDiff.of("a d", "a e").getSegments().get(0);
    assertThat(kept.getOperation()).isEqualTo(WordDiff.Operation.EQUAL);
    assertThat(kept).isEqualTo(keptAgain).hasSameHashCodeAs(keptAgain);
    assertThat(kept.hashCode()).isEqualTo(WordDiff.Operation.EQUAL.hashCode() * 31 + "a".hashCode());
    WordDiff.Segment deleted = WordDiff.of("a b", "b").getSegments().get(0);
    assertThat(deleted.getText()).isEqualTo("a");
    assertThat(deleted).isNotEqualTo(kept);
    assertThat(kept).isNotEqualTo(WordDiff.of("x b", "x c").getSegments().get(0));
    assertThat(kept).isNotEqualTo("a");
  }
}
