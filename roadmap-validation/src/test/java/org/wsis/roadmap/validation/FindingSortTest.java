package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FindingOrder#sort} on pointers whose tokens are long numbers or numbers of different lengths. */
final class FindingSortTest {
  private static Finding at(String pointer, Rule rule) {
    return Finding.builder().rule(rule).severity(Severity.WARNING).pointer(pointer).message("m").build();
  }

  @Test
  void sort_numbersOfDifferentLength_comeInNumericOrderBeforeTheRule() {
    List<Finding> sorted = FindingOrder.sort(List.of(at("/actionLines/0/outcomes/10/x", Rule.ID_001), at("/actionLines/0/outcomes/9/x", Rule.TEXT_001)), false);

    assertThat(sorted).extracting(Finding::getPointer).containsExactly("/actionLines/0/outcomes/9/x", "/actionLines/0/outcomes/10/x");
  }

  @Test
  void sort_eighteenDigitTokens_areNumbers_longerOnesText() {
    String eighteen = "100000000000000000";
    String nineteen = "1000000000000000000";

    assertThat(FindingOrder.sort(List.of(at("/x/" + eighteen, Rule.ID_001), at("/x/99", Rule.TEXT_001)), false))
        .extracting(Finding::getPointer).containsExactly("/x/99", "/x/" + eighteen);
    assertThat(FindingOrder.sort(List.of(at("/x/99", Rule.ID_001), at("/x/" + nineteen, Rule.TEXT_001)), false))
        .extracting(Finding::getPointer).containsExactly("/x/" + nineteen, "/x/99");
  }
}
