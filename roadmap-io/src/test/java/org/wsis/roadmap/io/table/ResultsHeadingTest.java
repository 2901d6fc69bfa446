package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ResultsHeadingTest {
  @Test
  void of_printedHeadings_areRecognised() {
    assertThat(ResultsHeading.of("Expected Results")).isEqualTo(ResultsHeading.EXPECTED);
    assertThat(ResultsHeading.of("Expected Result")).isEqualTo(ResultsHeading.EXPECTED);
    assertThat(ResultsHeading.of("ITU Activities (Aligned with SDGs)")).isEqualTo(ResultsHeading.ACTIVITIES);
    assertThat(ResultsHeading.of("Results of Activities in this area include:")).isEqualTo(ResultsHeading.ACHIEVEMENTS);
    assertThat(ResultsHeading.of("Results of activities in this area include:")).isEqualTo(ResultsHeading.ACHIEVEMENTS);
    assertThat(ResultsHeading.of("Targets to be achieved:")).isEqualTo(ResultsHeading.TARGETS);
  }

  @Test
  void of_sentencesThatMentionHeadings_areNoHeadings() {
    assertThat(ResultsHeading.of("Expected Results include better access.")).isNull();
    assertThat(ResultsHeading.of("ITU Activities were held in 2023 across six regions of the world, with 500 people")).isNull();
  }
}
