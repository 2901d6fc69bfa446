package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WordDiffTest {

  @Test
  void of_replacedAndInsertedWords_marksThem() {
    WordDiff diff = WordDiff.of("Governments should take action", "Governments must take urgent action");
    assertThat(diff).hasToString("Governments [-should-] {+must+} take {+urgent+} action");
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void of_sameWords_isEmpty() {
    WordDiff diff = WordDiff.of("a  b c", "a b   c");
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.getSegments()).hasSize(1);
    assertThat(diff).hasToString("a b c");
  }

  @Test
  void of_emptyTexts_giveWholeInsertOrDelete() {
    assertThat(WordDiff.of("", "new text")).hasToString("{+new text+}");
    assertThat(WordDiff.of("old text", "")).hasToString("[-old text-]");
    assertThat(WordDiff.of("", "").getSegments()).isEmpty();
  }

  @Test
  void segments_rebuildBothTexts() {
    String before = "the quick brown fox jumps over the lazy dog";
    String after = "the slow brown cat jumps over a lazy dog today";
    WordDiff diff = WordDiff.of(before, after);
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (WordDiff.Segment segment : diff.getSegments()) {
      if (segment.getOperation() != WordDiff.Operation.INSERT) {
        a.append(a.length() == 0 ? "" : " ").append(segment.getText());
      }
      if (segment.getOperation() != WordDiff.Operation.DELETE) {
        b.append(b.length() == 0 ? "" : " ").append(segment.getText());
      }
    }
    assertThat(a.toString()).isEqualTo(before);
    assertThat(b.toString()).isEqualTo(after);
  }
}
