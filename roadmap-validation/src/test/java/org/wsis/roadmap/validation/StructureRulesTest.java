package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;

/** The structure rules (WSIS-STR-*): the facilitator, titles, tables and sections, with their messages. */
final class StructureRulesTest {
  private static Roadmap tables(String facilitator, ActionLine... lines) {
    List<ActionLineRoadmap> tables = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      tables.add(Fixtures.table(lines[i], 100 * (i + 1)));
    }
    return Fixtures.edit(Fixtures.clean(), b -> b.facilitator(facilitator).actionLines(tables));
  }

  @Test
  void facilitator_leadOrCoFacilitatorOfEveryLine_inAnyCase_isAccepted() {
    assertThat(Findings.of(tables("ITU", ActionLine.C2, ActionLine.C1, ActionLine.C3))).isEmpty();
    assertThat(Findings.of(tables(" itu ", ActionLine.C2, ActionLine.C5))).isEmpty();
    assertThat(Findings.of(tables("un desa", ActionLine.C1))).isEmpty();
  }

  @Test
  void facilitator_ofSomeLinesOnly_namesTheLeadsOfTheOthersOnce() {
    Roadmap roadmap = tables("UNESCO", ActionLine.C2, ActionLine.C1, ActionLine.C7, ActionLine.C8, ActionLine.C3);

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-STR-007 WARNING /facilitator the roadmap's facilitator must be a lead or co-facilitator of every action line it covers"
            + " (C2 led by ITU, C1 led by UN DESA, C7 led by its sub-line facilitators), but was: 'UNESCO'");
  }

  @Test
  void facilitator_ofADuplicatedTable_isNamedOnce() {
    Roadmap roadmap = Fixtures.edit(Defects.all().get(Rule.STR_002).apply(Fixtures.clean()), b -> b.facilitator("UNESCO"));

    assertThat(Findings.of(roadmap)).contains(
        "WSIS-STR-007 WARNING /facilitator the roadmap's facilitator must be a lead or co-facilitator of every action line it covers"
            + " (C2 led by ITU, C5 led by ITU), but was: 'UNESCO'");
  }

  @Test
  void facilitator_absent_isNotChecked() {
    assertThat(Findings.of(Fixtures.edit(Fixtures.clean(), b -> b.facilitator(java.util.Optional.empty())))).isEmpty();
  }

  @Test
  void title_sharingAWordStemWithTheOfficialTitles_isAccepted() {
    assertThat(Findings.of(Fixtures.withLine(Fixtures.clean(), 0, l -> Fixtures.edit(l, b -> b.title("Infrastructures"))))).isEmpty();
    assertThat(Findings.of(Fixtures.withLine(Fixtures.clean(), 0, l -> Fixtures.edit(l, b -> b.title("Foundation"))))).isEmpty();
  }

  @Test
  void title_sharingOnlyStopWordsOrShortWords_isReported() {
    Roadmap roadmap = Fixtures.withLine(Fixtures.clean(), 0, l -> Fixtures.edit(l, b -> b.title("And the ICT: an")));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-STR-006 INFO /actionLines/0/title the printed title must share a word with the official title of C2"
            + " ('Information and communication infrastructure'), but was: 'And the ICT: an'");
  }

  @Test
  void title_sharingAThreeLetterWord_isAccepted_butTwoLetterWordsDoNotCount() {
    assertThat(Findings.of(Fixtures.withLine(Fixtures.clean(), 1, l -> Fixtures.edit(l, b -> b.title("Use"))))).isEmpty();
    assertThat(Fixtures.validator().validate(Fixtures.withLine(Fixtures.clean(), 1, l -> Fixtures.edit(l, b -> b.title("In of")))).getFindings())
        .extracting(Finding::getRuleId, Finding::getPointer, Finding::getLine)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WSIS-STR-006", "/actionLines/1/title", java.util.Optional.empty()));
    assertThat(Fixtures.validator().validate(Fixtures.withLine(Fixtures.clean(), 0, l -> Fixtures.edit(l, b -> b.title("In of")))).getFindings())
        .extracting(Finding::getRuleId, Finding::getLine)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WSIS-STR-006", java.util.Optional.of(5)));
  }

  @Test
  void tables_repeatedOrEmptyOrMissing_areReportedWithTheirMessages() {
    assertThat(Findings.of(Defects.all().get(Rule.STR_002).apply(Fixtures.clean()))).containsExactly(
        "WSIS-STR-002 FATAL /actionLines/1/actionLine action line must have one table, but 'C2' also has /actionLines/0");
    assertThat(Findings.of(Defects.all().get(Rule.STR_003).apply(Fixtures.clean()))).containsExactly(
        "WSIS-STR-003 WARNING /actionLines/2/outcomes action line table must have outcomes, but 'C4' has none");
    assertThat(Findings.of(Defects.all().get(Rule.STR_004).apply(Fixtures.clean()))).containsExactly(
        "WSIS-STR-004 ERROR /actionLines roadmap must have at least one action line table, but has none");
    assertThat(Findings.of(Defects.all().get(Rule.STR_008).apply(Fixtures.clean()))).containsExactly(
        "WSIS-STR-008 INFO /asOf edition must be dated, but the date is missing; timings are measured against today's year 2024");
  }

  @Test
  void sections_genevaAfterWsisPlus10_isReportedWithTheOutcomeId() {
    assertThat(Findings.of(Defects.all().get(Rule.STR_005).apply(Fixtures.clean()))).containsExactly(
        "WSIS-STR-005 WARNING /actionLines/0/outcomes/2/section outcomes of the Geneva Plan of Action and Tunis Agenda must come before"
            + " those of WSIS+10, but this one follows a WSIS+10 outcome: 'C2.GT.B'");
  }

  @Test
  void identity_idOfAnotherLineSectionOrLabel_isReportedForEach() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> Fixtures.edit(o, b -> b.id(
        org.wsis.roadmap.OutcomeId.of(ActionLine.C4, OutcomeSection.WSIS_PLUS_10, "Z"))));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-ID-002 ERROR /actionLines/0/outcomes/1/id outcome id must end with the outcome's label ('B'), but was: 'C4.W10.Z'",
        "WSIS-ID-002 ERROR /actionLines/0/outcomes/1/id outcome id must name the action line of its table (C2), but was: 'C4.W10.Z'",
        "WSIS-ID-002 ERROR /actionLines/0/outcomes/1/id outcome id must name the outcome's section (GT), but was: 'C4.W10.Z'");
  }

  @Test
  void identity_repeatedId_namesTheFirstOutcome() {
    assertThat(Findings.of(Defects.all().get(Rule.ID_001).apply(Fixtures.clean()))).containsExactly(
        "WSIS-ID-001 FATAL /actionLines/0/outcomes/1/id outcome id must be unique, but 'C2.GT.A' is also the id of /actionLines/0/outcomes/0");
  }

  @Test
  void statements_repeated_nameTheFirstOutcome() {
    Outcome first = Fixtures.clean().getActionLines().get(0).getOutcomes().get(0);
    assertThat(Findings.of(Defects.all().get(Rule.TEXT_002).apply(Fixtures.clean()))).containsExactly(
        "WSIS-TEXT-002 WARNING /actionLines/0/outcomes/1/statement statements must not repeat, but this one repeats the statement of C2.GT.A: '"
            + first.getStatement().toUpperCase(java.util.Locale.ROOT) + " '");
  }
}
