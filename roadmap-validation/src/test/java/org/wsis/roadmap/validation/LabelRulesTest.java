package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SubItem;

/** WSIS-ID-003 (outcome labels in sequence) and WSIS-ID-004 (sub-item labels in sequence) at their edges. */
final class LabelRulesTest {
  private static final String O0 = "/actionLines/0/outcomes/0";

  /** The clean fixture with the C5 table's Geneva/Tunis outcomes labelled as given. */
  private static Roadmap c5Labels(String... labels) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      outcomes.add(Fixtures.outcome(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, labels[i], 60 + 10 * i, "C20/18"));
    }
    return Fixtures.withLine(Fixtures.clean(), 1, line -> Fixtures.edit(line, b -> b.outcomes(outcomes)));
  }

  private static Roadmap subItems(String... labels) {
    List<SubItem> items = new ArrayList<>();
    for (String label : labels) {
      items.add(SubItem.builder().label(label).text("step " + label).build());
    }
    return Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.subItems(items)));
  }

  private static String id003(int outcome, String message) {
    return "WSIS-ID-003 WARNING /actionLines/1/outcomes/" + outcome + "/label " + message;
  }

  private static String id004(int item, String message) {
    return "WSIS-ID-004 WARNING " + O0 + "/subItems/" + item + "/label " + message;
  }

  @Test
  void outcomeLabels_validSequences_giveNoFinding() {
    assertThat(Findings.of(c5Labels("A", "B", "C", "D"))).isEmpty();
    assertThat(Findings.of(c5Labels("a", "b"))).isEmpty();
    assertThat(Findings.of(c5Labels("1", "2", "3"))).isEmpty();
    assertThat(Findings.of(c5Labels("A1", "A2", "A3", "B", "C1", "C2"))).isEmpty();
    assertThat(Findings.of(c5Labels("a1", "a2", "b1"))).isEmpty();
    assertThat(Findings.of(c5Labels("A", "B1", "B2"))).isEmpty();
  }

  @Test
  void outcomeLabels_firstLabelNotAStart_isReported() {
    String first = "the first label of a section must be 'A', 'a', 'A1', 'a1' or '1', but was: ";
    assertThat(Findings.of(c5Labels("B", "C"))).containsExactly(id003(0, first + "'B'"));
    assertThat(Findings.of(c5Labels("2", "3"))).containsExactly(id003(0, first + "'2'"));
    assertThat(Findings.of(c5Labels("0", "1"))).containsExactly(id003(0, first + "'0'"));
    assertThat(Findings.of(c5Labels("A2", "A3"))).containsExactly(id003(0, first + "'A2'"));
    assertThat(Findings.of(c5Labels("b1", "b2"))).containsExactly(id003(0, first + "'b1'"));
  }

  @Test
  void outcomeLabels_breaksInTheSequence_areReportedAtTheLabel() {
    String seq = "outcome labels must run in sequence within a section, but ";
    assertThat(Findings.of(c5Labels("A", "C"))).containsExactly(id003(1, seq + "'C' follows 'A'"));
    assertThat(Findings.of(c5Labels("A", "b"))).containsExactly(id003(1, seq + "'b' follows 'A'"));
    assertThat(Findings.of(c5Labels("a", "B"))).containsExactly(id003(1, seq + "'B' follows 'a'"));
    assertThat(Findings.of(c5Labels("1", "3"))).containsExactly(id003(1, seq + "'3' follows '1'"));
    assertThat(Findings.of(c5Labels("1", "A"))).containsExactly(id003(1, seq + "'A' follows '1'"));
    assertThat(Findings.of(c5Labels("A", "1"))).containsExactly(id003(1, seq + "'1' follows 'A'"));
    assertThat(Findings.of(c5Labels("A", "A1"))).containsExactly(id003(1, seq + "'A1' follows 'A'"));
    assertThat(Findings.of(c5Labels("A1", "A3"))).containsExactly(id003(1, seq + "'A3' follows 'A1'"));
    assertThat(Findings.of(c5Labels("A1", "A1", "A2"))).noneMatch(f -> f.startsWith("WSIS-ID-003"));
    assertThat(Findings.of(c5Labels("A1", "B2"))).containsExactly(id003(1, seq + "'B2' follows 'A1'"));
    assertThat(Findings.of(c5Labels("A2", "B1"))).containsExactly(
        id003(0, "the first label of a section must be 'A', 'a', 'A1', 'a1' or '1', but was: 'A2'"));
  }

  @Test
  void outcomeLabels_notLetterOrNumber_isReported() {
    String form = "outcome label must be a letter, a letter and a number, or a number, but was: ";
    assertThat(Findings.of(c5Labels("A", "BB"))).containsExactly(id003(1, form + "'BB'"));
    assertThat(Findings.of(c5Labels("A", "1A"))).containsExactly(id003(1, form + "'1A'"));
  }

  @Test
  void subItems_validSequences_giveNoFinding() {
    assertThat(Findings.of(subItems("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"))).isEmpty();
    assertThat(Findings.of(subItems("a", "b", "c"))).isEmpty();
    assertThat(Findings.of(subItems("A", "B"))).isEmpty();
    assertThat(Findings.of(subItems("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))).isEmpty();
    assertThat(Findings.of(subItems("D1", "D2", "D3"))).isEmpty();
    assertThat(Findings.of(subItems("1", "999999", "1000000"))).containsExactly(
        id004(1, "sub-item labels must run in sequence ('2' after '1'), but was: '999999'"));
    assertThat(Findings.of(subItems("a"))).isEmpty();
    assertThat(Findings.of(subItems())).isEmpty();
  }

  @Test
  void subItems_gapInASequence_namesTheExpectedLabel() {
    assertThat(Findings.of(subItems("a", "b", "d"))).containsExactly(
        id004(2, "sub-item labels must run in sequence ('c' after 'b'), but was: 'd'"));
    assertThat(Findings.of(subItems("A", "C"))).containsExactly(
        id004(1, "sub-item labels must run in sequence ('B' after 'A'), but was: 'C'"));
    assertThat(Findings.of(subItems("1", "2", "4"))).containsExactly(
        id004(2, "sub-item labels must run in sequence ('3' after '2'), but was: '4'"));
    assertThat(Findings.of(subItems("9", "10", "12"))).hasSize(2).last().isEqualTo(
        id004(2, "sub-item labels must run in sequence ('11' after '10'), but was: '12'"));
    assertThat(Findings.of(subItems("D1", "D2", "D4"))).containsExactly(
        id004(2, "sub-item labels must run in sequence ('D3' after 'D2'), but was: 'D4'"));
    assertThat(Findings.of(subItems("i", "ii", "b"))).containsExactly(
        id004(2, "sub-item labels must run in sequence ('iii' after 'ii'), but was: 'b'"));
    assertThat(Findings.of(subItems("ix", "x"))).containsExactly(
        id004(0, "the first sub-item label must be 'i', 'a', 'A', '1' or a letter followed by 1 such as 'D1', but was: 'ix'"));
  }

  @Test
  void subItems_labelsOfAnotherKindAfterTheFirst_areNotSequenced() {
    assertThat(Findings.of(subItems("a", "bb", "zz"))).containsExactly(
        id004(1, "sub-item labels must run in sequence ('b' after 'a'), but was: 'bb'"));
    assertThat(Findings.of(subItems("1", "a", "zz"))).containsExactly(
        id004(1, "sub-item labels must run in sequence ('2' after '1'), but was: 'a'"));
    assertThat(Findings.of(subItems("D1", "x", "y"))).containsExactly(
        id004(1, "sub-item labels must run in sequence ('D2' after 'D1'), but was: 'x'"));
    assertThat(Findings.of(subItems("i", "b", "c"))).containsExactly(
        id004(1, "sub-item labels must run in sequence ('ii' after 'i'), but was: 'b'"));
  }

  @Test
  void subItems_firstLabelNotAStart_isReported() {
    String first = "the first sub-item label must be 'i', 'a', 'A', '1' or a letter followed by 1 such as 'D1', but was: ";
    assertThat(Findings.of(subItems("b"))).containsExactly(id004(0, first + "'b'"));
    assertThat(Findings.of(subItems("2"))).containsExactly(id004(0, first + "'2'"));
    assertThat(Findings.of(subItems("D2"))).containsExactly(id004(0, first + "'D2'"));
    assertThat(Findings.of(subItems("D10"))).containsExactly(id004(0, first + "'D10'"));
    assertThat(Findings.of(subItems("ii"))).containsExactly(id004(0, first + "'ii'"));
    assertThat(Findings.of(subItems("B"))).containsExactly(id004(0, first + "'B'"));
  }
}
