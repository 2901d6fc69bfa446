package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;

/** Cells left empty against the rest of the action line (WSIS-TEXT-003) and the COVID-19 response rules (WSIS-COVID-*). */
final class CellRulesTest {
  private static Roadmap changed(int line, UnaryOperator<Outcome> change, int... outcomes) {
    Roadmap roadmap = Fixtures.clean();
    for (int o : outcomes) {
      roadmap = Fixtures.withOutcome(roadmap, line, o, change);
    }
    return roadmap;
  }

  private static UnaryOperator<Outcome> noEvidence() {
    return o -> Fixtures.edit(o, b -> b.evidence(List.of()));
  }

  @Test
  void emptyCell_inATableOfThree_isReportedWhenBothOthersFillIt() {
    assertThat(Findings.of(changed(1, noEvidence(), 0))).containsExactly(
        "WSIS-TEXT-003 INFO /actionLines/1/outcomes/0/evidence the evidence cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 2 other outcomes fill it");
    assertThat(Findings.of(changed(1, o -> Fixtures.edit(o, b -> b.references(List.of())), 2))).containsExactly(
        "WSIS-TEXT-003 INFO /actionLines/1/outcomes/2/references the references cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 2 other outcomes fill it");
    assertThat(Findings.of(changed(1, o -> Fixtures.edit(o, b -> b.covidResponse(Optional.empty())), 1))).containsExactly(
        "WSIS-TEXT-003 INFO /actionLines/1/outcomes/1/covidResponse the COVID-19 response cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 2 other outcomes fill it");
  }

  @Test
  void emptyCells_twoOfFour_areReportedAtTwoThirds() {
    assertThat(Findings.of(changed(0, noEvidence(), 0, 1))).containsExactly(
        "WSIS-TEXT-003 INFO /actionLines/0/outcomes/0/evidence the evidence cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 3 other outcomes fill it",
        "WSIS-TEXT-003 INFO /actionLines/0/outcomes/1/evidence the evidence cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 3 other outcomes fill it");
  }

  @Test
  void emptyReferencesAndCovidCells_twoOfFour_areReportedAtTwoThirds() {
    Roadmap roadmap = changed(0, o -> Fixtures.edit(o, b -> b.references(List.of()).covidResponse(Optional.empty())), 2, 3);

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-TEXT-003 INFO /actionLines/0/outcomes/2/covidResponse the COVID-19 response cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 3 other outcomes fill it",
        "WSIS-TEXT-003 INFO /actionLines/0/outcomes/2/references the references cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 3 other outcomes fill it",
        "WSIS-TEXT-003 INFO /actionLines/0/outcomes/3/covidResponse the COVID-19 response cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 3 other outcomes fill it",
        "WSIS-TEXT-003 INFO /actionLines/0/outcomes/3/references the references cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 3 other outcomes fill it");
  }

  @Test
  void emptyCells_threeOfFour_areNotReported() {
    assertThat(Findings.of(changed(0, noEvidence(), 0, 1, 2))).isEmpty();
    assertThat(Findings.of(changed(0, o -> Fixtures.edit(o, b -> b.references(List.of())), 0, 1, 2))).isEmpty();
    assertThat(Findings.of(changed(0, o -> Fixtures.edit(o, b -> b.covidResponse(Optional.empty())), 0, 1, 2))).isEmpty();
  }

  @Test
  void emptyCell_inATableOfTwo_isNotReported() {
    Roadmap roadmap = Fixtures.withLine(Fixtures.clean(), 1, line -> Fixtures.edit(line, b -> b.outcomes(List.of(
        Fixtures.edit(Fixtures.outcome(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, "A", 60, "C20/18"), ob -> ob.evidence(List.of())),
        Fixtures.outcome(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, "B", 70, "C20/18")))));

    assertThat(Findings.of(roadmap)).isEmpty();
  }

  @Test
  void covidCell_withOnlyInitiativesOrOnlyText_isFilled() {
    assertThat(Findings.of(changed(1, o -> Fixtures.edit(o, b -> b.covidResponse(CovidResponse.builder().addInitiative("Connect2Recover").build())), 0)))
        .isEmpty();
    assertThat(Findings.of(changed(1, o -> Fixtures.edit(o, b -> b.covidResponse(CovidResponse.builder().addText("Council work").build())), 0)))
        .isEmpty();
  }

  @Test
  void covidCell_presentButEmpty_isEmpty() {
    assertThat(Findings.of(changed(1, o -> Fixtures.edit(o, b -> b.covidResponse(CovidResponse.builder().build())), 0))).containsExactly(
        "WSIS-TEXT-003 INFO /actionLines/1/outcomes/0/covidResponse the COVID-19 response cell must be filled like the rest of the action line,"
            + " but it is empty while 2 of 2 other outcomes fill it");
  }

  @Test
  void covidDocuments_sameSymbolInAnotherForm_areRepeatsInOneCell() {
    Roadmap roadmap = changed(0, o -> Fixtures.edit(o, b -> b.covidResponse(CovidResponse.builder()
        .addDocuments("C20/18", "Doc. c20-18", "Documents C 20\u201318", "C21/18").build())), 0);

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-COVID-001 WARNING /actionLines/0/outcomes/0/covidResponse/documents/1 a document symbol must be written as elsewhere in the roadmap"
            + " ('C20/18'), but was: 'Doc. c20-18'",
        "WSIS-COVID-002 WARNING /actionLines/0/outcomes/0/covidResponse/documents/1 documents must not repeat in one COVID-19 response cell,"
            + " but was: 'Doc. c20-18'",
        "WSIS-COVID-001 WARNING /actionLines/0/outcomes/0/covidResponse/documents/2 a document symbol must be written as elsewhere in the roadmap"
            + " ('C20/18'), but was: 'Documents C 20\u201318'",
        "WSIS-COVID-002 WARNING /actionLines/0/outcomes/0/covidResponse/documents/2 documents must not repeat in one COVID-19 response cell,"
            + " but was: 'Documents C 20\u201318'");
  }

  @Test
  void covidDocument_withoutDigit_isReported() {
    Roadmap roadmap = changed(0, o -> Fixtures.edit(o, b -> b.covidResponse(CovidResponse.builder().addDocuments("C20/18", "Council paper").build())), 0);

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-COVID-003 WARNING /actionLines/0/outcomes/0/covidResponse/documents/1 a document symbol must carry a number, such as 'C20/18',"
            + " but was: 'Council paper'");
  }
}
