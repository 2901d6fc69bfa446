package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TextKeyTest {

  @Test
  void textKey_caseSpacingAndTrailingPunctuation_areIgnored() {
    assertThat(RoadmapValidator.textKey("  Promote  IPv6\tadoption.; "))
        .isEqualTo("promote ipv6 adoption");
  }

  @Test
  void textKey_innerPunctuationAndWords_stayDistinct() {
    assertThat(RoadmapValidator.textKey("Promote IPv6, adoption"))
        .isNotEqualTo(RoadmapValidator.textKey("Promote IPv6 adoption"));
  }

  @Test
  void textKey_emptyOrBlank_isEmpty() {
    assertThat(RoadmapValidator.textKey(" \n ")).isEmpty();
  }

  @Test
  void textKey_null_throwsNullPointerException() {
    assertThatThrownBy(() -> RoadmapValidator.textKey(null)).isInstanceOf(NullPointerException.class);
  }
}
