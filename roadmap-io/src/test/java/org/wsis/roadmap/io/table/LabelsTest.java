package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LabelsTest {
  @Test
  void leading_outcomeAndSubItemLabels_areRead() {
    assertThat(Labels.leading("A: Governments should").label()).isEqualTo("A");
    assertThat(Labels.leading("A: Governments should").rest("A: Governments should")).isEqualTo("Governments should");
    assertThat(Labels.leading("B3: Governments").label()).isEqualTo("B3");
    assertThat(Labels.leading("a. Develop").label()).isEqualTo("a");
    assertThat(Labels.leading("iv. [Prepare a report").label()).isEqualTo("iv");
    assertThat(Labels.leading("D1: broaden access").label()).isEqualTo("D1");
    assertThat(Labels.leading("a.").rest("a.")).isEmpty();
  }

  @Test
  void leading_wordsThatAreNoLabels_giveNull() {
    assertThat(Labels.leading("ITU, pursuant to its treaty capacity")).isNull();
    assertThat(Labels.leading("Note: GCA")).isNull();
    assertThat(Labels.leading("Res. 76 on the promotion")).isNull();
    assertThat(Labels.leading("e.g. Ghana")).isNull();
    assertThat(Labels.leading("PP-2022: Strategic Goal 2")).isNull();
    assertThat(Labels.leading("In the context")).isNull();
  }

  @Test
  void follows_sequences_areRecognised() {
    assertThat(Labels.follows(null, "A")).isTrue();
    assertThat(Labels.follows(null, "A1")).isTrue();
    assertThat(Labels.follows(null, "a")).isTrue();
    assertThat(Labels.follows("A", "B")).isTrue();
    assertThat(Labels.follows("A2", "B1")).isTrue();
    assertThat(Labels.follows("B5", "C")).isTrue();
    assertThat(Labels.follows("B1", "B2")).isTrue();
    assertThat(Labels.follows("D2", "D3")).isTrue();
    assertThat(Labels.follows("h", "i")).isTrue();
    assertThat(Labels.follows("ii", "iii")).isTrue();
    assertThat(Labels.follows("iii", "iv")).isTrue();
  }

  @Test
  void follows_breaks_areRecognised() {
    assertThat(Labels.follows(null, "B")).isFalse();
    assertThat(Labels.follows("k", "I")).isFalse();
    assertThat(Labels.follows("I", "m")).isFalse();
    assertThat(Labels.follows("ii", "iv")).isFalse();
    assertThat(Labels.follows("D", "D3")).isFalse();
    assertThat(Labels.follows("A", "C")).isFalse();
    assertThat(Labels.follows("a", "B")).isFalse();
  }
}
