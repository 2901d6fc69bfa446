package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.roadmap.query.Fixtures.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;

final class RoadmapDiffTest {
  private final Roadmap sample = Fixtures.sample();

  /** Returns the sample with one outcome of C2 replaced. */
  private Roadmap editOutcome(String id, UnaryOperator<Outcome> edit) {
    List<ActionLineRoadmap> lines = new ArrayList<>();
    for (ActionLineRoadmap line : sample.getActionLines()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : line.getOutcomes()) {
        outcomes.add(outcome.getId().toString().equals(id) ? edit.apply(outcome) : outcome);
      }
      lines.add(ActionLineRoadmap.builder().from(line).outcomes(outcomes).build());
    }
    return Roadmap.builder().from(sample).actionLines(lines).build();
  }

  private static Outcome.Builder copy(Outcome outcome) {
    return Outcome.builder().from(outcome);
  }

  /** Each change as one line, {@code "<kind> <path> <before> | <after>"}; shared with {@link RoadmapDiffFieldsTest}. */
  static List<String> summary(RoadmapDiff diff) {
    List<String> lines = new ArrayList<>();
    for (Change change : diff.getChanges()) {
      lines.add(change.getKind() + " " + change.getPath() + " " + change.getBefore().orElse("-") + " | "
          + change.getAfter().orElse("-"));
    }
    return lines;
  }

  @Test
  void between_sameRoadmap_noChange() {
    RoadmapDiff diff = RoadmapDiff.between(sample, Fixtures.sample());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.toText()).endsWith("No changes.\n");
  }

  @Test
  void between_statementReworded_reportsFieldWithWordDiff() {
    Roadmap newer = editOutcome("C2.GT.A",
        o -> copy(o).statement("Governments must take urgent action to develop broadband infrastructure.").build());
    RoadmapDiff diff = RoadmapDiff.between(sample, newer);
    assertThat(summary(diff)).containsExactly(
        "FIELD_CHANGED C2.GT.A/statement Governments should take action to develop broadband infrastructure. | "
            + "Governments must take urgent action to develop broadband infrastructure.");
    assertThat(diff.toText()).contains(
        "~ C2.GT.A/statement: Governments [-should-] {+must+} take {+urgent+} action to develop broadband infrastructure.\n");
  }

  @Test
  void between_linksAndReferences_eachAddedOrRemoved() {
    Roadmap newer = editOutcome("C2.GT.A", o -> copy(o)
        .sdgLinks(List.of(SdgLink.of(SdgTarget.parse("9.c")), SdgLink.of(SdgTarget.parse("9.1"))))
        .references(List.of(o.getReferences().get(1),
            Fixtures.resolution("WTDC Resolution 37", ResolutionBody.WTDC, "37")))
        .build());
    assertThat(summary(RoadmapDiff.between(sample, newer))).containsExactly(
        "ITEM_REMOVED C2.GT.A/references Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference | -",
        "ITEM_ADDED C2.GT.A/references - | WTDC Resolution 37",
        "ITEM_REMOVED C2.GT.A/sdgLinks 9 | -",
        "ITEM_ADDED C2.GT.A/sdgLinks - | 9.1");
  }

  @Test
  void between_listItems_addedRemovedReworded() {
    Roadmap newer = editOutcome("C2.GT.A", o -> copy(o)
        .evidence(List.of("Broadband penetration remains very low in least developed countries.", "A new finding."))
        .results(Results.builder().addExpected("Affordable broadband for all").build())
        .covidResponse(CovidResponse.builder().addDocument("C20/18").build())
        .build());
    assertThat(summary(RoadmapDiff.between(sample, newer))).containsExactly(
        "ITEM_REWORDED C2.GT.A/evidence Broadband penetration remains low in least developed countries. | "
            + "Broadband penetration remains very low in least developed countries.",
        "ITEM_ADDED C2.GT.A/evidence - | A new finding.",
        "ITEM_ADDED C2.GT.A/results/expected - | Affordable broadband for all",
        "ITEM_ADDED C2.GT.A/covidResponse/documents - | C20/18");
  }

  @Test
  void between_timingAndSubItems_changed() {
    Roadmap newer = editOutcome("C2.GT.B", o -> copy(o)
        .timing(Fixtures.timing(Fixtures.entry("2019-2030", org.wsis.roadmap.TimingEntry.Kind.SPAN, 2019, 2030)))
        .subItems(List.of(org.wsis.roadmap.SubItem.builder().label("ii").text("Open data").build()))
        .build());
    assertThat(summary(RoadmapDiff.between(sample, newer))).containsExactly(
        "ITEM_REMOVED C2.GT.B/subItems i: Harmonise spectrum management | -",
        "ITEM_ADDED C2.GT.B/subItems - | ii: Open data",
        "FIELD_CHANGED C2.GT.B/timing Since 2019 | 2019-2030");
  }

  @Test
  void between_labelsSwappedWithSameText_reportsRelabelledNotReworded() {
    Outcome a = sample.findOutcome(OutcomeId.parse("C2.GT.A")).orElseThrow();
    Outcome b = sample.findOutcome(OutcomeId.parse("C2.GT.B")).orElseThrow();
    Outcome w = sample.findOutcome(OutcomeId.parse("C2.W10.a")).orElseThrow();
    Outcome a2 = copy(a).id(OutcomeId.parse("C2.GT.B")).label("B").build();
    Outcome b2 = copy(b).id(OutcomeId.parse("C2.GT.A")).label("A").build();
    Roadmap newer = Roadmap.builder().from(sample)
        .actionLines(List.of(
            ActionLineRoadmap.builder().from(sample.getActionLines().get(0)).outcomes(List.of(b2, a2, w)).build(),
            sample.getActionLines().get(1)))
        .build();
    assertThat(summary(RoadmapDiff.between(sample, newer))).containsExactly(
        "OUTCOME_RELABELLED C2.GT.A C2.GT.B | C2.GT.A",
        "OUTCOME_RELABELLED C2.GT.B C2.GT.A | C2.GT.B");
  }

  @Test
  void between_outcomeMovedToOtherSectionAndReworded_matchedBySimilarity() {
    Outcome b = sample.findOutcome(OutcomeId.parse("C2.GT.B")).orElseThrow();
    Outcome moved = copy(b).id(OutcomeId.parse("C2.W10.b")).section(OutcomeSection.WSIS_PLUS_10).label("b")
        .statement("Develop and strengthen regional backbone networks.").build();
    ActionLineRoadmap c2 = sample.getActionLines().get(0);
    Roadmap newer = Roadmap.builder().from(sample)
        .actionLines(List.of(
            ActionLineRoadmap.builder().from(c2).outcomes(List.of(c2.getOutcomes().get(0), c2.getOutcomes().get(2), moved)).build(),
            sample.getActionLines().get(1)))
        .build();
    RoadmapDiff diff = RoadmapDiff.between(sample, newer);
    assertThat(summary(diff)).containsExactly(
        "OUTCOME_MOVED C2.W10.b C2.GT.B | C2.W10.b",
        "FIELD_CHANGED C2.W10.b/statement Develop and strengthen national backbone networks. | "
            + "Develop and strengthen regional backbone networks.");
    assertThat(diff.toText()).contains("> C2.W10.b: moved from C2.GT.B\n");
  }

  @Test
  void between_outcomesAddedAndRemoved_reportedInOrder() {
    ActionLineRoadmap c5 = sample.getActionLines().get(1);
    Outcome added = outcome("C5.GT.B", "Combat spam and misuse of ICTs.").build();
    Roadmap newer = Roadmap.builder().from(sample)
        .actionLines(List.of(sample.getActionLines().get(0),
            ActionLineRoadmap.builder().from(c5).outcomes(List.of(c5.getOutcomes().get(0), added)).build()))
        .build();
    RoadmapDiff diff = RoadmapDiff.between(sample, newer);
    assertThat(summary(diff)).containsExactly(
        "OUTCOME_REMOVED C5.W10.a Strengthen capacity for child online protection. | -",
        "OUTCOME_ADDED C5.GT.B - | Combat spam and misuse of ICTs.");
    assertThat(diff.changesOf(ActionLine.C5)).hasSize(2);
    assertThat(diff.changesOf(ActionLine.C2)).isEmpty();
    assertThat(diff.countByKind()).containsOnlyKeys(Change.Kind.OUTCOME_ADDED, Change.Kind.OUTCOME_REMOVED);
  }

  @Test
  void between_editionMetadataAndActionLines_reported() {
    Roadmap newer = Roadmap.builder().from(sample)
        .id("sample-2025")
        .asOf(Optional.empty())
        .facilitator("ITU")
        .addIntroduction("A new introduction.")
        .actionLines(List.of(ActionLineRoadmap.builder().from(sample.getActionLines().get(0)).title("Infrastructure")
            .addNote("GCA – Global Cybersecurity Agenda").build()))
        .build();
    assertThat(summary(RoadmapDiff.between(sample, newer))).containsExactly(
        "FIELD_CHANGED edition/id sample-2024 | sample-2025",
        "FIELD_CHANGED edition/asOf 2024-10-11 | -",
        "FIELD_CHANGED edition/facilitator - | ITU",
        "ITEM_ADDED edition/introduction - | A new introduction.",
        "FIELD_CHANGED C2/title Information infrastructure | Infrastructure",
        "ITEM_ADDED C2/notes - | GCA – Global Cybersecurity Agenda",
        "ACTION_LINE_REMOVED C5 Confidence and security | -",
        "OUTCOME_REMOVED C5.GT.A Build confidence and security in the use of ICTs. | -",
        "OUTCOME_REMOVED C5.W10.a Strengthen capacity for child online protection. | -");
  }

  @Test
  void between_reversed_givesTheInverses() {
    Roadmap newer = editOutcome("C2.GT.A", o -> copy(o).statement("Act now.").addEvidence("More.").build());
    List<Change> forward = RoadmapDiff.between(sample, newer).getChanges();
    List<Change> backward = RoadmapDiff.between(newer, sample).getChanges();
    assertThat(backward).containsExactlyInAnyOrderElementsOf(forward.stream().map(Change::inverse).toList());
  }

  @Test
  void toText_controlCharactersInValues_areEscaped() {
    Roadmap newer = editOutcome("C2.GT.A",
        o -> copy(o).statement("Governments \u001b]0;PWNED\u0007\u001b[2J act.\nNext line \u202e.").build());

    String text = RoadmapDiff.between(sample, newer).toText();

    assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e")
        .contains("\\u001b]0;PWNED\\u0007\\u001b[2J")
        .contains("act. Next line \\u202e.");
    assertThat(text.lines()).hasSize(3);
  }
}
