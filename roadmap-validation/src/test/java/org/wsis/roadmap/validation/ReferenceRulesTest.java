package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.TextRef;

/** The citation rules (WSIS-REF-*) at their edges; the edition year is 2024. */
final class ReferenceRulesTest {
  private static final String O0 = "/actionLines/0/outcomes/0";

  private static List<String> findings(Reference... references) {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.references(List.of(references))));
    return Findings.of(roadmap);
  }

  private static ResolutionRef resolution(ResolutionBody body, int year) {
    return ResolutionRef.builder().raw(body + " Resolution 1 (Rev. Geneva, " + year + ")").body(body).addNumber("1").revised(true)
        .place("Geneva").year(year).build();
  }

  private static StrategicGoalRef goal(int goal, String target) {
    return StrategicGoalRef.builder().raw("ITU Strategic Goal " + goal + ", Target " + target).goal(goal).target(target).build();
  }

  @Test
  void strategicTarget_ofTheCitedGoal_isAccepted() {
    assertThat(findings(goal(1, "1.6"), goal(2, "2"), StrategicGoalRef.builder().raw("ITU Strategic Goal 3").goal(3).build())).isEmpty();
  }

  @Test
  void strategicTarget_ofAnotherGoal_isReported() {
    assertThat(findings(goal(1, "2.1"), goal(1, "10.1"))).containsExactly(
        "WSIS-REF-001 ERROR " + O0 + "/references/0 a strategic target must belong to the cited strategic goal 1,"
            + " but was: 'ITU Strategic Goal 1, Target 2.1'",
        "WSIS-REF-001 ERROR " + O0 + "/references/1 a strategic target must belong to the cited strategic goal 1,"
            + " but was: 'ITU Strategic Goal 1, Target 10.1'");
  }

  @Test
  void instrument_datedInTheEditionYear_isAccepted_andAfterItReported() {
    InstrumentRef convention = InstrumentRef.builder().raw("Budapest Convention (2024)").name("Budapest Convention").year(2024).build();
    InstrumentRef later = InstrumentRef.builder().raw("Hanoi Convention (2025)").name("Hanoi Convention").year(2025).build();
    InstrumentRef undated = InstrumentRef.builder().raw("Malabo Convention").name("Malabo Convention").build();

    assertThat(findings(convention, later, undated)).containsExactly(
        "WSIS-REF-004 ERROR " + O0 + "/references/1 a cited instrument must not be dated after the edition's year 2024, but was: 'Hanoi Convention (2025)'");
  }

  @Test
  void document_withoutSymbol_isReported() {
    assertThat(findings(DocumentRef.builder().raw("the Council report").build(),
        DocumentRef.builder().raw("Doc. C20/18").addSymbol("C20/18").build())).containsExactly(
        "WSIS-REF-001 ERROR " + O0 + "/references/0 a document citation must name a document symbol, but was: 'the Council report'");
  }

  @Test
  void documentSymbol_writtenAnotherWay_isReportedWhereTheOtherFormFollows() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.references(List.of(
        DocumentRef.builder().raw("Doc. C 22/18").addSymbol("C 22/18").build()))));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-COVID-001 WARNING /actionLines/0/outcomes/3/covidResponse/documents/0 a document symbol must be written as elsewhere"
            + " in the roadmap ('C 22/18'), but was: 'C22/18'");
  }

  @Test
  void documentSymbol_sameKeyInTheSameForm_isAccepted() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.references(List.of(
        DocumentRef.builder().raw("Doc. C22/18").addSymbol(" C22/18 ").build()))));

    assertThat(Findings.of(roadmap)).isEmpty();
  }

  @Test
  void resolution_badNumber_isReportedWithTheCitation() {
    assertThat(findings(ResolutionRef.builder().raw("PP Resolution 71bis").body(ResolutionBody.PP).addNumber("71bis").build())).containsExactly(
        "WSIS-REF-001 ERROR " + O0 + "/references/0 a resolution number must look like '71' or '70/1', but was: '71bis' in 'PP Resolution 71bis'");
  }

  @Test
  void resolution_withoutBody_isReportedUnlessAllNumbersAreUnNumbers() {
    assertThat(findings(ResolutionRef.builder().raw("Resolution 70/1").addNumber("70/1").build())).isEmpty();
    assertThat(findings(ResolutionRef.builder().raw("Resolutions 70/1 and 71").addNumbers("70/1", "71").build())).containsExactly(
        "WSIS-REF-002 WARNING " + O0 + "/references/0 a resolution citation must name the body that adopted it, but was: 'Resolutions 70/1 and 71'");
  }

  @Test
  void resolution_withoutNumber_isReported() {
    assertThat(findings(ResolutionRef.builder().raw("a PP resolution").body(ResolutionBody.PP).build())).containsExactly(
        "WSIS-REF-001 ERROR " + O0 + "/references/0 a resolution citation must name a resolution number, but was: 'a PP resolution'");
  }

  @Test
  void revisedResolution_withoutYear_isReported() {
    assertThat(findings(ResolutionRef.builder().raw("PP Resolution 71 as revised").body(ResolutionBody.PP).addNumber("71").revised(true).build()))
        .containsExactly("WSIS-REF-001 ERROR " + O0 + "/references/0 a revised resolution must name the year of its revision,"
            + " but was: 'PP Resolution 71 as revised'");
  }

  @Test
  void resolution_datedInTheFirstConferenceYearOfItsBody_isAccepted() {
    assertThat(findings(resolution(ResolutionBody.PP, 1865), resolution(ResolutionBody.UNGA, 1946), resolution(ResolutionBody.COUNCIL, 1947),
        resolution(ResolutionBody.WTSA, 1993), resolution(ResolutionBody.WRC, 1993), resolution(ResolutionBody.RA, 1993),
        resolution(ResolutionBody.WTDC, 1994))).isEmpty();
    assertThat(findings(resolution(ResolutionBody.PP, 2024))).isEmpty();
  }

  @Test
  void resolution_datedBeforeTheFirstConferenceOfItsBody_isReported() {
    assertThat(findings(resolution(ResolutionBody.PP, 1864), resolution(ResolutionBody.UNGA, 1945), resolution(ResolutionBody.COUNCIL, 1946),
        resolution(ResolutionBody.WTSA, 1992), resolution(ResolutionBody.WRC, 1992), resolution(ResolutionBody.RA, 1992),
        resolution(ResolutionBody.WTDC, 1993))).containsExactly(
        "WSIS-REF-003 ERROR " + O0 + "/references/0 a PP resolution cannot be dated before the body's first conference in 1865, but was: 'PP Resolution 1 (Rev. Geneva, 1864)'",
        "WSIS-REF-003 ERROR " + O0 + "/references/1 a UNGA resolution cannot be dated before the body's first conference in 1946, but was: 'UNGA Resolution 1 (Rev. Geneva, 1945)'",
        "WSIS-REF-003 ERROR " + O0 + "/references/2 a COUNCIL resolution cannot be dated before the body's first conference in 1947, but was: 'COUNCIL Resolution 1 (Rev. Geneva, 1946)'",
        "WSIS-REF-003 ERROR " + O0 + "/references/3 a WTSA resolution cannot be dated before the body's first conference in 1993, but was: 'WTSA Resolution 1 (Rev. Geneva, 1992)'",
        "WSIS-REF-003 ERROR " + O0 + "/references/4 a WRC resolution cannot be dated before the body's first conference in 1993, but was: 'WRC Resolution 1 (Rev. Geneva, 1992)'",
        "WSIS-REF-003 ERROR " + O0 + "/references/5 a RA resolution cannot be dated before the body's first conference in 1993, but was: 'RA Resolution 1 (Rev. Geneva, 1992)'",
        "WSIS-REF-003 ERROR " + O0 + "/references/6 a WTDC resolution cannot be dated before the body's first conference in 1994, but was: 'WTDC Resolution 1 (Rev. Geneva, 1993)'");
  }

  @Test
  void resolution_datedAfterTheEdition_isReported() {
    assertThat(findings(resolution(ResolutionBody.PP, 2025))).containsExactly(
        "WSIS-REF-004 ERROR " + O0 + "/references/0 a cited resolution must not be dated after the edition's year 2024,"
            + " but was: 'PP Resolution 1 (Rev. Geneva, 2025)'");
  }

  @Test
  void citations_repeatedByNumberAndBodyOrByText_areReported() {
    ResolutionRef wtdc = ResolutionRef.builder().raw("WTDC Resolution 37 and 71").body(ResolutionBody.WTDC).addNumbers("37", "71").build();
    ResolutionRef pp = ResolutionRef.builder().raw("PP Resolution 71").body(ResolutionBody.PP).addNumber("71").build();
    ResolutionRef wtdcAgain = ResolutionRef.builder().raw("WTDC Res. 71").body(ResolutionBody.WTDC).addNumber("71").build();
    TextRef note = TextRef.builder().raw("see the annex").build();
    TextRef noteAgain = TextRef.builder().raw("See the  annex.").build();

    assertThat(findings(wtdc, pp, wtdcAgain, note, noteAgain)).containsExactly(
        "WSIS-REF-005 WARNING " + O0 + "/references/2 citations must not repeat in one outcome, but was: 'WTDC Res. 71'",
        "WSIS-REF-006 INFO " + O0 + "/references/3 citation text must name a strategic goal, resolution, instrument or document, but was: 'see the annex'",
        "WSIS-REF-005 WARNING " + O0 + "/references/4 citations must not repeat in one outcome, but was: 'See the  annex.'",
        "WSIS-REF-006 INFO " + O0 + "/references/4 citation text must name a strategic goal, resolution, instrument or document, but was: 'See the  annex.'");
  }

  @Test
  void mandateReferences_areCheckedAtTheirPointer() {
    Roadmap roadmap = Fixtures.edit(Fixtures.clean(), b -> b.addMandateReference(resolution(ResolutionBody.PP, 2025)));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-REF-004 ERROR /mandateReferences/0 a cited resolution must not be dated after the edition's year 2024,"
            + " but was: 'PP Resolution 1 (Rev. Geneva, 2025)'");
  }
}
