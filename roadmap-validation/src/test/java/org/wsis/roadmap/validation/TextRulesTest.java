package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.Timing;

/** The text rules (WSIS-TEXT-*) at their edges: brackets and list markers, footnote markers, markup, and where each is reported. */
final class TextRulesTest {
  private static final String O0 = "/actionLines/0/outcomes/0";

  private static List<String> findings(UnaryOperator<Outcome> change) {
    return Findings.of(Fixtures.withOutcome(Fixtures.clean(), 0, 0, change));
  }

  private static List<String> statement(String statement) {
    return findings(o -> Fixtures.edit(o, b -> b.statement(statement)));
  }

  private static String brackets(String message) {
    return "WSIS-TEXT-005 WARNING " + O0 + "/statement brackets must be balanced, but " + message;
  }

  private static String footnote(String marker, String number, String text) {
    return "WSIS-TEXT-004 WARNING " + O0 + "/statement a footnote marker must have a note of its number, but marker " + marker
        + " (" + number + ") has none in: '" + text + "'";
  }

  @Test
  void brackets_balancedOrListMarkers_giveNoFinding() {
    assertThat(statement("Plan [with (all) parties] now.")).isEmpty();
    assertThat(statement("a) plan; b) fund, c) act: d) report")).isEmpty();
    assertThat(statement("iv) fourth item")).isEmpty();
    assertThat(statement("Items:\tviii) eighth and 12) twelfth")).isEmpty();
    assertThat(statement("Item\nxiv) fourteenth")).isEmpty();
    assertThat(statement("See (a) and then b) more")).isEmpty();
    assertThat(statement("Plain text without any bracket.")).isEmpty();
  }

  @Test
  void brackets_unclosedAtTheEnd_isReported() {
    assertThat(statement("Act now (see the annex")).containsExactly(brackets("'(' is never closed in: 'Act now (see the annex'"));
    assertThat(statement("Act now [see")).containsExactly(brackets("'[' is never closed in: 'Act now [see'"));
    assertThat(statement("((a")).containsExactly(brackets("'(' is never closed in: '((a'"));
  }

  @Test
  void brackets_closingNothing_isReported() {
    assertThat(statement(") is first")).containsExactly(brackets("')' closes nothing in: ') is first'"));
    assertThat(statement("] is first")).containsExactly(brackets("']' closes nothing in: '] is first'"));
    assertThat(statement("see the annex)")).containsExactly(brackets("')' closes nothing in: 'see the annex)'"));
    assertThat(statement("see [the (annex]")).containsExactly(brackets("']' closes nothing in: 'see [the (annex]'"));
    assertThat(statement("see [the annex)")).containsExactly(brackets("')' closes nothing in: 'see [the annex)'"));
    assertThat(statement("see (the annex))")).containsExactly(brackets("')' closes nothing in: 'see (the annex))'"));
  }

  @Test
  void listMarker_tooLongOrNotAfterASeparator_closesNothing() {
    assertThat(statement("see 123) more")).containsExactly(brackets("')' closes nothing in: 'see 123) more'"));
    assertThat(statement("see abc) more")).containsExactly(brackets("')' closes nothing in: 'see abc) more'"));
    assertThat(statement("see xviii) more")).containsExactly(brackets("')' closes nothing in: 'see xviii) more'"));
    assertThat(statement("see.b) more")).containsExactly(brackets("')' closes nothing in: 'see.b) more'"));
  }

  @Test
  void brackets_inCitedCells_areReportedOnTheRawText() {
    assertThat(findings(o -> Fixtures.edit(o, b -> b.references(List.of(org.wsis.roadmap.TextRef.builder().raw("see note 4]").build()))
        .timing(Timing.builder().from(o.getTiming().get()).raw("(2020-2030").build())))).containsExactly(
        "WSIS-REF-006 INFO " + O0 + "/references/0 citation text must name a strategic goal, resolution, instrument or document, but was: 'see note 4]'",
        "WSIS-TEXT-005 WARNING " + O0 + "/references/0/raw brackets must be balanced, but ']' closes nothing in: 'see note 4]'",
        "WSIS-TEXT-005 WARNING " + O0 + "/timing/raw brackets must be balanced, but '(' is never closed in: '(2020-2030'");
  }

  @Test
  void brackets_longText_isClippedInTheMessage() {
    String hundred = "(" + "x".repeat(99);
    String longer = "(" + "x".repeat(100);
    assertThat(statement(hundred)).containsExactly(brackets("'(' is never closed in: '" + hundred + "'"));
    assertThat(statement(longer)).containsExactly(brackets("'(' is never closed in: '" + longer.substring(0, 97) + "...'"));
  }

  @Test
  void footnoteMarkers_eachSuperscriptDigitWithoutNote_isReported() {
    assertThat(statement("Act\u00B2 now")).containsExactly(footnote("\u00B2", "2", "Act\u00B2 now"));
    assertThat(statement("Act\u00B3 now")).containsExactly(footnote("\u00B3", "3", "Act\u00B3 now"));
    assertThat(statement("Act\u2070 now")).containsExactly(footnote("\u2070", "0", "Act\u2070 now"));
    assertThat(statement("Act\u2074 now")).containsExactly(footnote("\u2074", "4", "Act\u2074 now"));
    assertThat(statement("Act\u2079 now")).containsExactly(footnote("\u2079", "9", "Act\u2079 now"));
    assertThat(statement("Act\u00B9\u2070 now")).containsExactly(footnote("\u00B9\u2070", "10", "Act\u00B9\u2070 now"));
  }

  @Test
  void footnoteMarkers_onlyTheFirstMissingNoteOfATextIsReported() {
    assertThat(statement("Act\u00B9 now\u2075 and\u2076")).containsExactly(footnote("\u2075", "5", "Act\u00B9 now\u2075 and\u2076"));
  }

  @Test
  void footnoteMarkers_withNotesOfTheTableOrIntroduction_areAccepted() {
    Roadmap roadmap = Fixtures.edit(Fixtures.clean(), b -> b.addIntroduction("\u2077 Noted in the introduction.")
        .addIntroduction("12) A numbered note.").addIntroduction("\u2078Not a note: no space after the marker."));
    roadmap = Fixtures.withLine(roadmap, 0, line -> Fixtures.edit(line, b -> b.addNote("  \u2070\u2079: A note with a leading zero.")));
    roadmap = Fixtures.withOutcome(roadmap, 0, 0, o -> Fixtures.edit(o, b -> b.statement("Act\u2077 now\u00B9\u00B2 and\u2079.")));
    roadmap = Fixtures.withOutcome(roadmap, 0, 1, o -> Fixtures.edit(o, b -> b.statement("Act\u2078 now.")));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-TEXT-004 WARNING /actionLines/0/outcomes/1/statement a footnote marker must have a note of its number, but marker \u2078 (8)"
            + " has none in: 'Act\u2078 now.'");
  }

  @Test
  void footnoteMarkers_noteOfAnotherTable_doesNotCount() {
    Roadmap roadmap = Fixtures.withLine(Fixtures.clean(), 0, line -> Fixtures.edit(line, b -> b.addNote("\u00B2 A note of C2 only.")));
    roadmap = Fixtures.withOutcome(roadmap, 0, 0, o -> Fixtures.edit(o, b -> b.statement("Act\u00B2 now.")));
    roadmap = Fixtures.withOutcome(roadmap, 1, 0, o -> Fixtures.edit(o, b -> b.statement("Act\u00B2 later.")));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-TEXT-004 WARNING /actionLines/1/outcomes/0/statement a footnote marker must have a note of its number, but marker \u00B2 (2)"
            + " has none in: 'Act\u00B2 later.'");
  }

  @Test
  void markup_tagsAndEntities_areReported_butBareSymbolsAreNot() {
    String markup = "WSIS-TEXT-006 WARNING " + O0 + "/statement text must carry no markup, but has ";
    assertThat(statement("Act <b>now</b>")).containsExactly(markup + "'<b>' in: 'Act <b>now</b>'");
    assertThat(statement("Act now<br/>")).containsExactly(markup + "'<br/>' in: 'Act now<br/>'");
    assertThat(statement("R&amp;D")).containsExactly(markup + "'&amp;' in: 'R&amp;D'");
    assertThat(statement("2020&#8211;2030")).containsExactly(markup + "'&#8211;' in: '2020&#8211;2030'");
    assertThat(statement("2020&#x2013;2030")).containsExactly(markup + "'&#x2013;' in: '2020&#x2013;2030'");
    assertThat(statement("R&D where 1 < 2 & 3 > 2")).isEmpty();
  }

  @Test
  void textFindings_pointAtTheCellItem() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.withResults(Fixtures.edit(o, b -> b
        .subItems(List.of(SubItem.builder().label("i").text("<i>one</i>").build()))
        .evidence(List.of("Survey", "<i>survey</i>"))
        .references(List.of(ResolutionRef.builder().raw("Resolution 71 <i>(Rev. Bucharest, 2022)</i> of the Plenipotentiary Conference")
            .body(org.wsis.roadmap.ResolutionBody.PP).addNumber("71").revised(true).place("Bucharest").year(2022).build()))
        .timing(Timing.builder().from(o.getTiming().get()).raw("<i>2020-2030</i>").build())
        .covidResponse(CovidResponse.builder().addDocument("C20/18").addText("<i>council</i>").build())),
        b -> b.expected(List.of("<i>expected</i>")).activities(List.of("<i>activity</i>")).text(List.of("<i>text</i>"))
            .achievements(List.of(Achievement.builder().text("<i>achieved</i>").build()))
            .targets(List.of(ResultTarget.builder().text("<i>target</i>").build()))));

    assertThat(Findings.of(roadmap)).extracting(f -> f.substring(0, f.indexOf(" text must"))).containsExactlyInAnyOrder(
        "WSIS-TEXT-006 WARNING " + O0 + "/covidResponse/text/0",
        "WSIS-TEXT-006 WARNING " + O0 + "/evidence/1",
        "WSIS-TEXT-006 WARNING " + O0 + "/references/0/raw",
        "WSIS-TEXT-006 WARNING " + O0 + "/results/achievements/0/text",
        "WSIS-TEXT-006 WARNING " + O0 + "/results/activities/0",
        "WSIS-TEXT-006 WARNING " + O0 + "/results/expected/0",
        "WSIS-TEXT-006 WARNING " + O0 + "/results/targets/0/text",
        "WSIS-TEXT-006 WARNING " + O0 + "/results/text/0",
        "WSIS-TEXT-006 WARNING " + O0 + "/subItems/0/text",
        "WSIS-TEXT-006 WARNING " + O0 + "/timing/raw");
  }

  @Test
  void sdgCellMarkup_isReportedOnTheCell() {
    assertThat(findings(o -> Fixtures.edit(o, b -> b.sdgRaw(o.getSdgRaw().get() + " &amp;")))).contains(
        "WSIS-TEXT-006 WARNING " + O0 + "/sdgRaw text must carry no markup, but has '&amp;' in: '" + Fixtures.clean().getActionLines().get(0)
            .getOutcomes().get(0).getSdgRaw().get() + " &amp;'");
  }

  @Test
  void listItems_repeatedUpToCaseAndFinalStop_areReportedAtTheRepeat() {
    assertThat(findings(o -> Fixtures.edit(o, b -> b.evidence(List.of("Survey of 2023", "Report", "  SURVEY  of 2023;"))))).containsExactly(
        "WSIS-TEXT-007 WARNING " + O0 + "/evidence/2 list items must not repeat in one cell, but was: '  SURVEY  of 2023;'");
    assertThat(findings(o -> Fixtures.withResults(o, b -> b.expected(List.of("More", "more.")))))
        .containsExactly("WSIS-TEXT-007 WARNING " + O0 + "/results/expected/1 list items must not repeat in one cell, but was: 'more.'");
  }

  @Test
  void statement_blankWithoutSubItems_isReported_butSubItemsStandForIt() {
    assertThat(findings(o -> Fixtures.edit(o, b -> b.statement("")))).isEmpty();
    assertThat(findings(o -> Fixtures.edit(o, b -> b.statement("   ").subItems(List.of())))).contains(
        "WSIS-TEXT-001 ERROR " + O0 + "/statement outcome must have a statement or sub-items, but the statement is empty");
  }
}
