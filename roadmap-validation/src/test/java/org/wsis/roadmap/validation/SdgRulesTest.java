package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;

/** The SDG rules (WSIS-SDG-*) and the WSIS-SDG Matrix rules (WSIS-MATRIX-*), with their messages. */
final class SdgRulesTest {
  private static final String O0 = "/actionLines/0/outcomes/0";

  private static Outcome links(Outcome outcome, List<SdgLink> links) {
    return Fixtures.edit(outcome, b -> b.sdgLinks(links).sdgRaw(Fixtures.sdgRaw(links)));
  }

  /** A link read as lenient readers do: a target by its form only, so that 9.z can be built. */
  private static SdgLink lenientLink(String code) {
    return code.indexOf('.') >= 0 ? SdgLink.of(org.wsis.roadmap.SdgTarget.read(code)) : SdgLink.parse(code);
  }

  private static Roadmap firstOutcome(String... codes) {
    List<SdgLink> list = new ArrayList<>();
    for (String code : codes) {
      list.add(lenientLink(code));
    }
    return Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> links(o, list));
  }

  /** The roadmap with, in every outcome of one table, the links that match removed and those given added. */
  private static Roadmap everyOutcome(Roadmap roadmap, int table, Predicate<SdgLink> removed, String... added) {
    return Fixtures.withLine(roadmap, table, line -> {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : line.getOutcomes()) {
        List<SdgLink> kept = new ArrayList<>(outcome.getSdgLinks());
        kept.removeIf(removed);
        for (String code : added) {
          kept.add(lenientLink(code));
        }
        outcomes.add(links(outcome, kept));
      }
      return Fixtures.edit(line, b -> b.outcomes(outcomes));
    });
  }

  private static Roadmap withTables(ActionLine... lines) {
    List<ActionLineRoadmap> tables = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      tables.add(Fixtures.table(lines[i], 100 * (i + 1)));
    }
    return Fixtures.edit(Fixtures.clean(), b -> b.actionLines(tables));
  }

  @Test
  void target_ofAGoalTheOutcomeDoesNotList_namesTheListedGoals() {
    assertThat(Findings.of(firstOutcome("9", "1", "1.4", "4.4"))).containsExactly(
        "WSIS-MATRIX-001 INFO " + O0 + "/sdgLinks/3 an SDG link must lie within the WSIS-SDG Matrix mapping of C2"
            + " (targets 1.4, 8.2, 9.1, 9.a, 9.c, 11.5, 11.b), but was: '4.4'",
        "WSIS-SDG-002 WARNING " + O0 + "/sdgLinks/3 an SDG target must belong to a goal the outcome lists (SDG 1, SDG 9), but was: '4.4'");
  }

  @Test
  void targets_withoutAnyGoal_needNoGoal() {
    assertThat(Findings.of(firstOutcome("1.4", "9.1"))).isEmpty();
  }

  @Test
  void target_unknown_isReportedOnlyAsUnknown() {
    assertThat(Findings.of(firstOutcome("9", "9.z"))).containsExactly(
        "WSIS-SDG-001 ERROR " + O0 + "/sdgLinks/1 an SDG target must be one of the 169 targets of the UN catalogue, but was: '9.z'");
  }

  @Test
  void link_repeated_isReportedOnceAsRepeat() {
    assertThat(Findings.of(firstOutcome("9", "9.1", "9.1"))).containsExactly(
        "WSIS-SDG-003 WARNING " + O0 + "/sdgLinks/2 SDG links must not repeat in one outcome, but was: '9.1'");
    assertThat(Findings.of(firstOutcome("4.4", "4.4"))).containsExactly(
        "WSIS-MATRIX-001 INFO " + O0 + "/sdgLinks/0 an SDG link must lie within the WSIS-SDG Matrix mapping of C2"
            + " (targets 1.4, 8.2, 9.1, 9.a, 9.c, 11.5, 11.b), but was: '4.4'",
        "WSIS-SDG-003 WARNING " + O0 + "/sdgLinks/1 SDG links must not repeat in one outcome, but was: '4.4'");
  }

  @Test
  void sdgCell_withoutAnyLinkRead_isQuotedInTheMessage() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.sdgLinks(List.of()).sdgRaw("all goals")
        .sdgNote("all goals")));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-SDG-004 WARNING " + O0 + "/sdgLinks outcome must be linked with SDG goals or targets, but none was read from: 'all goals'",
        "WSIS-SDG-005 WARNING " + O0 + "/sdgRaw SDG cell text must read as goals, targets or prose, but this fragment was not: 'all goals'");
  }

  @Test
  void sdgCell_withOnlyTheWordSdg_isNotACodeList() {
    assertThat(Findings.of(Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.sdgRaw("SDG; SDGs,"))))).containsExactly(
        "WSIS-SDG-005 WARNING " + O0 + "/sdgRaw SDG cell text must read as goals, targets or prose, but this fragment was not: 'SDG'",
        "WSIS-SDG-005 WARNING " + O0 + "/sdgRaw SDG cell text must read as goals, targets or prose, but this fragment was not: 'SDGs'");
  }

  @Test
  void tableWithoutAnyLink_isLeftToTheOutcomeRule() {
    Roadmap roadmap = everyOutcome(Fixtures.clean(), 1, link -> true);
    roadmap = Fixtures.withLine(roadmap, 1, line -> Fixtures.edit(line, b -> b.outcomes(line.getOutcomes().stream()
        .map(o -> Fixtures.edit(o, ob -> ob.sdgRaw(java.util.Optional.empty()))).collect(java.util.stream.Collectors.toList()))));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-SDG-004 WARNING /actionLines/1/outcomes/0/sdgLinks outcome must be linked with SDG goals or targets, but the SDG cell is empty",
        "WSIS-SDG-004 WARNING /actionLines/1/outcomes/1/sdgLinks outcome must be linked with SDG goals or targets, but the SDG cell is empty",
        "WSIS-SDG-004 WARNING /actionLines/1/outcomes/2/sdgLinks outcome must be linked with SDG goals or targets, but the SDG cell is empty");
  }

  @Test
  void matrixMapping_ofGoalsAndTargets_isNamedInTheMessage() {
    Roadmap roadmap = Fixtures.withOutcome(withTables(ActionLine.C1, ActionLine.C3), 0, 0, o -> links(o, List.of(SdgLink.parse("2"))));
    roadmap = Fixtures.withOutcome(roadmap, 1, 0, o -> links(o, List.of(SdgLink.parse("4"))));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-MATRIX-001 INFO /actionLines/0/outcomes/0/sdgLinks/0 an SDG link must lie within the WSIS-SDG Matrix mapping of C1"
            + " (goals 1, 5; targets 3.8, 3.d, 10.c, 16.5, 16.6, 16.10, 17.8), but was: '2'",
        "WSIS-MATRIX-001 INFO /actionLines/1/outcomes/0/sdgLinks/0 an SDG link must lie within the WSIS-SDG Matrix mapping of C3"
            + " (goals 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17), but was: '4'");
  }

  @Test
  void matrixGoal_notLinkedAtAll_isReported() {
    Roadmap roadmap = everyOutcome(Fixtures.clean(), 0, link -> link.getGoal().getNumber() == 1);

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-MATRIX-002 INFO /actionLines/0/outcomes the outcomes of C2 must link at least one of the WSIS-SDG Matrix targets of SDG 1"
            + " (1.4), but none links SDG 1 at all");
  }

  @Test
  void matrixGoal_linkedOnlyAsAGoal_isReported() {
    Roadmap roadmap = everyOutcome(Fixtures.clean(), 0, link -> link.getGoal().getNumber() == 1 && link.getKind() == SdgLink.Kind.TARGET);

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-MATRIX-002 INFO /actionLines/0/outcomes the outcomes of C2 must link at least one of the WSIS-SDG Matrix targets of SDG 1"
            + " (1.4), but they link SDG 1 only as a goal");
  }

  @Test
  void matrixGoal_linkedOnlyThroughOtherTargets_namesThem() {
    Roadmap roadmap = everyOutcome(Fixtures.clean(), 0, link -> link.getGoal().getNumber() == 1, "1.5");

    assertThat(Fixtures.validator().validate(roadmap).findingsOf("WSIS-MATRIX-002")).extracting(Finding::getMessage).containsExactly(
        "the outcomes of C2 must link at least one of the WSIS-SDG Matrix targets of SDG 1 (1.4), but they link SDG 1 only through other"
            + " targets (1.5)");
  }

  @Test
  void wholeMatrixGoal_notServed_isReported() {
    Roadmap roadmap = everyOutcome(withTables(ActionLine.C1), 0, link -> link.getGoal().getNumber() == 5);

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-MATRIX-002 INFO /actionLines/0/outcomes the outcomes of C1 must serve SDG 5, which the WSIS-SDG Matrix maps to C1 as a whole"
            + " goal, but none links the goal or one of its targets");
  }

  @Test
  void matrixRules_skippedByTheProfile_giveNoFinding() {
    Roadmap roadmap = everyOutcome(Fixtures.clean(), 0, link -> link.getGoal().getNumber() == 1, "8.5");
    RoadmapValidator validator = RoadmapValidator.builder().clock(Fixtures.CLOCK)
        .profile(Profile.DEFAULT.without("WSIS-MATRIX-001").without("WSIS-MATRIX-002")).build();

    assertThat(Findings.of(validator.validate(roadmap))).isEmpty();
  }
}
