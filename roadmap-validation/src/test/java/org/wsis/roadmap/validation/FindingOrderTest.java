package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of findings by pointer: tokens compared one by one, numbers as numbers. */
final class FindingOrderTest {
  @Test
  void comparePointers_numbersInTheSameToken_compareAsNumbers() {
    assertThat(RoadmapValidator.comparePointers("/actionLines/0/outcomes/10", "/actionLines/0/outcomes/9")).isPositive();
    assertThat(RoadmapValidator.comparePointers("/actionLines/0/outcomes/9", "/actionLines/0/outcomes/10")).isNegative();
    assertThat(RoadmapValidator.comparePointers("/actionLines/1/outcomes/0", "/actionLines/0/outcomes/99")).isPositive();
  }

  @Test
  void comparePointers_prefix_comesFirst() {
    assertThat(RoadmapValidator.comparePointers("/actionLines/0", "/actionLines/0/outcomes/0")).isNegative();
    assertThat(RoadmapValidator.comparePointers("", "/id")).isNegative();
    assertThat(RoadmapValidator.comparePointers("/id", "/id")).isZero();
  }

  @Test
  void comparePointers_sharedCharactersInsideADifferingToken_compareTheWholeToken() {
    // "1" and "12" share a character, but 12 > 2 as numbers although "12" < "2" as text.
    assertThat(RoadmapValidator.comparePointers("/outcomes/12/label", "/outcomes/2/label")).isPositive();
    assertThat(RoadmapValidator.comparePointers("/outcomes/title", "/outcomes/timing")).isPositive();
  }

  @Test
  void order_ofManyPointers_isNumericTokenByToken() {
    List<String> pointers = new ArrayList<>();
    for (int line = 2; line >= 0; line--) {
      for (int outcome = 11; outcome >= 0; outcome--) {
        pointers.add("/actionLines/" + line + "/outcomes/" + outcome);
      }
    }
    pointers.sort(RoadmapValidator::comparePointers);
    assertThat(pointers).startsWith("/actionLines/0/outcomes/0", "/actionLines/0/outcomes/1", "/actionLines/0/outcomes/2")
        .endsWith("/actionLines/2/outcomes/10", "/actionLines/2/outcomes/11");
  }
}
