package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The order of findings by pointer: tokens compared one by one, numbers as numbers. */
final class FindingOrderTest {
  @Test
  void comparePointers_numbersInTheSameToken_compareAsNumbers() {
    assertThat(FindingOrder.comparePointers("/actionLines/0/outcomes/10", "/actionLines/0/outcomes/9")).isPositive();
    assertThat(FindingOrder.comparePointers("/actionLines/0/outcomes/9", "/actionLines/0/outcomes/10")).isNegative();
    assertThat(FindingOrder.comparePointers("/actionLines/1/outcomes/0", "/actionLines/0/outcomes/99")).isPositive();
  }

  @Test
  void comparePointers_prefix_comesFirst() {
    assertThat(FindingOrder.comparePointers("/actionLines/0", "/actionLines/0/outcomes/0")).isNegative();
    assertThat(FindingOrder.comparePointers("", "/id")).isNegative();
    assertThat(FindingOrder.comparePointers("/id", "/id")).isZero();
  }

  @Test
  void comparePointers_sharedCharactersInsideADifferingToken_compareTheWholeToken() {
    // "1" and "12" share a character, but 12 > 2 as numbers although "12" < "2" as text.
    assertThat(FindingOrder.comparePointers("/outcomes/12/label", "/outcomes/2/label")).isPositive();
    assertThat(FindingOrder.comparePointers("/outcomes/title", "/outcomes/timing")).isPositive();
  }

  @Test
  void order_ofManyPointers_isNumericTokenByToken() {
    List<String> pointers = new ArrayList<>();
    for (int line = 2; line >= 0; line--) {
      for (int outcome = 11; outcome >= 0; outcome--) {
        pointers.add("/actionLines/" + line + "/outcomes/" + outcome);
      }
    }
    pointers.sort(FindingOrder::comparePointers);
    assertThat(pointers).startsWith("/actionLines/0/outcomes/0", "/actionLines/0/outcomes/1", "/actionLines/0/outcomes/2")
        .endsWith("/actionLines/2/outcomes/10", "/actionLines/2/outcomes/11");
  }

  @Test
  void sort_anyFindings_agreesWithTheComparatorAndIsStable() {
    String[] tokens = {"actionLines", "outcomes", "0", "1", "2", "9", "10", "12", "007", "id", "statement", "a~1b", ""};
    Rule[] rules = {Rule.TEXT_002, Rule.TEXT_004, Rule.STR_001};
    Gen<String> pointers = lists().of(integers().between(0, tokens.length - 1)).ofSizeBetween(0, 5)
        .map(list -> list.stream().map(i -> "/" + tokens[i]).reduce("", String::concat));
    Gen<Finding> findings = pointers.zip(integers().between(0, rules.length - 1), integers().between(0, 2),
        (pointer, rule, message) -> Finding.builder().rule(rules[rule]).severity(Severity.WARNING).pointer(pointer)
            .message("m" + message).build());
    qt().withExamples(300).forAll(lists().of(findings).ofSizeBetween(0, 40)).checkAssert(list -> {
      List<Finding> expected = new ArrayList<>(list);
      expected.sort(FindingOrder.ORDER);
      // Same elements in the same places, by identity: equal findings keep their input order.
      List<Finding> sorted = FindingOrder.sort(list, false);
      assertThat(sorted).hasSameSizeAs(expected);
      for (int i = 0; i < sorted.size(); i++) {
        assertThat(sorted.get(i)).isSameAs(expected.get(i));
      }
    });
  }

  @Test
  void sort_manyFindingsInParallel_isTheSequentialSort() {
    java.util.Random random = new java.util.Random(20241011L);
    Rule[] rules = {Rule.TEXT_002, Rule.TEXT_004, Rule.STR_001};
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      findings.add(Finding.builder().rule(rules[random.nextInt(rules.length)]).severity(Severity.INFO)
          .pointer("/actionLines/" + random.nextInt(4) + "/outcomes/" + random.nextInt(2000)).message("m" + random.nextInt(3)).build());
    }

    List<Finding> sequential = FindingOrder.sort(findings, false);
    List<Finding> parallel = FindingOrder.sort(findings, true);

    // The same findings in the same places, equal ones included (both sorts are stable).
    assertThat(parallel).hasSameSizeAs(sequential);
    for (int i = 0; i < parallel.size(); i++) {
      assertThat(parallel.get(i)).isSameAs(sequential.get(i));
    }
  }

  /** The comparison as defined: split on '/', tokens of 1 to 18 digits as numbers, then the number of tokens. */
  private static int reference(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean numbers = x[i].matches("[0-9]{1,18}") && y[i].matches("[0-9]{1,18}");
      int c = numbers ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Test
  void comparePointers_anyPointers_agreesWithTheSplitDefinition() {
    String[] tokens = {"actionLines", "outcomes", "0", "1", "9", "10", "007", "7", "1234567890", "12345678901234567890", "id", "a~1b", "", "x1"};
    Gen<String> pointers = lists().of(integers().between(0, tokens.length - 1)).ofSizeBetween(0, 6)
        .map(list -> list.stream().map(i -> "/" + tokens[i]).reduce("", String::concat));
    qt().withExamples(2000).forAll(pointers, pointers).checkAssert((a, b) -> {
      assertThat(Integer.signum(FindingOrder.comparePointers(a, b))).as(a + " vs " + b).isEqualTo(Integer.signum(reference(a, b)));
      assertThat(Integer.signum(FindingOrder.comparePointers("/actionLines/3/outcomes" + a, "/actionLines/3/outcomes" + b)))
          .isEqualTo(Integer.signum(reference("/actionLines/3/outcomes" + a, "/actionLines/3/outcomes" + b)));
    });
  }

  @Test
  void head_tableAndOutcomePointer_isBothIndexes_otherFormsAreMinusOne() {
    assertThat(FindingOrder.head("/actionLines/2/outcomes/17/statement")).isEqualTo(2L << 32 | 17);
    assertThat(FindingOrder.head("/actionLines/2/outcomes/17")).isEqualTo(2L << 32 | 17);
    assertThat(FindingOrder.head("/actionLines/2")).isEqualTo(-1);
    assertThat(FindingOrder.head("/actionLines/2/outcomes/x")).isEqualTo(-1);
    assertThat(FindingOrder.head("/actionLines/2/outcomesX/1")).isEqualTo(-1);
    assertThat(FindingOrder.head("/actionLines/2/outcomes/1234567890")).isEqualTo(-1);
    assertThat(FindingOrder.head("/title")).isEqualTo(-1);
  }
}
