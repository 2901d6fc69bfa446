package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.roadmap.query.Fixtures.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TimingEntry;

/** Every field of an edition and of an outcome that RoadmapDiff compares, and how the changes render. */
final class RoadmapDiffFieldsTest {
  private final Roadmap sample = Fixtures.sample();

  private Roadmap editOutcome(String id, UnaryOperator<Outcome.Builder> edit) {
    return editOutcome(sample, id, edit);
  }

  private static Roadmap editOutcome(Roadmap base, String id, UnaryOperator<Outcome.Builder> edit) {
    List<ActionLineRoadmap> lines = new ArrayList<>();
    for (ActionLineRoadmap line : base.getActionLines()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : line.getOutcomes()) {
        outcomes.add(outcome.getId().toString().equals(id) ? edit.apply(Outcome.builder().from(outcome)).build() : outcome);
      }
      lines.add(ActionLineRoadmap.builder().from(line).outcomes(outcomes).build());
    }
    return Roadmap.builder().from(base).actionLines(lines).build();
  }

  private static Roadmap c2Only(Outcome... outcomes) {
    return Roadmap.builder().id("r").title("R").status(RoadmapStatus.DRAFT)
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure")
            .addOutcomes(outcomes).build())
        .build();
  }

  @Test
  void between_editionTitleStatusReferencesAndGlossary_reported() {
    Roadmap newer = Roadmap.builder().from(sample)
        .title("Sample roadmaps,\nrevised")
        .status(RoadmapStatus.FINAL)
        .addMandateReference(Fixtures.resolution("Resolution 140", null, "140"))
        .addGlossary(GlossaryEntry.builder().term("GCA").meaning("Global Cybersecurity Agenda").build())
        .build();
    RoadmapDiff diff = RoadmapDiff.between(sample, newer);
    assertThat(RoadmapDiffTest.summary(diff)).containsExactly(
        "FIELD_CHANGED edition/title Sample roadmaps | Sample roadmaps,\nrevised",
        "FIELD_CHANGED edition/status DRAFT | FINAL",
        "ITEM_ADDED edition/mandateReferences - | Resolution 140",
        "ITEM_ADDED edition/glossary - | GCA: Global Cybersecurity Agenda");
    assertThat(diff.getOlder()).isSameAs(sample);
    assertThat(diff.getNewer()).isSameAs(newer);
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.toText()).isEqualTo("--- sample-2024 (2024-10-11)\n"
        + "+++ sample-2024 (2024-10-11)\n"
        + "~ edition/title: \"Sample roadmaps\" -> \"Sample roadmaps, revised\"\n"
        + "~ edition/status: \"DRAFT\" -> \"FINAL\"\n"
        + "+ edition/mandateReferences: \"Resolution 140\"\n"
        + "+ edition/glossary: \"GCA: Global Cybersecurity Agenda\"\n");
  }

  @Test
  void between_sdgNoteChanged_reportsTheNoteButNotTheRawCell() {
    Roadmap older = editOutcome("C2.GT.A", o -> o.sdgNote("Supports SDG 9.").sdgRaw("SDG 9, 9.c. Supports SDG 9."));
    Roadmap newer = editOutcome("C2.GT.A", o -> o.sdgNote("Supports SDG 9 broadly.").sdgRaw("SDG 9, 9.c. Supports SDG 9 broadly."));
    RoadmapDiff diff = RoadmapDiff.between(older, newer);
    assertThat(RoadmapDiffTest.summary(diff)).containsExactly("FIELD_CHANGED C2.GT.A/sdgNote Supports SDG 9. | Supports SDG 9 broadly.");
    assertThat(diff.toText()).endsWith("\n~ C2.GT.A/sdgNote: Supports SDG [-9.-] {+9 broadly.+}\n");
  }

  @Test
  void between_onlyTheRawSdgCellChanged_reportsTheRawCell() {
    Roadmap newer = editOutcome("C2.GT.A", o -> o.sdgRaw("SDG 9 and 9.c"));
    RoadmapDiff diff = RoadmapDiff.between(sample, newer);
    assertThat(RoadmapDiffTest.summary(diff)).containsExactly("FIELD_CHANGED C2.GT.A/sdgRaw SDG 9, 9.c | SDG 9 and 9.c");
    assertThat(diff.toText()).endsWith("\n~ C2.GT.A/sdgRaw: \"SDG 9, 9.c\" -> \"SDG 9 and 9.c\"\n");
  }

  @Test
  void between_gdcLinksChanged_reportsEachObjectiveAddedOrRemoved() {
    Roadmap older = editOutcome("C2.GT.A", o -> o.addGdcLinks(GdcObjective.of(1), GdcObjective.of(3)));
    Roadmap newer = editOutcome("C2.GT.A", o -> o.addGdcLinks(GdcObjective.of(3), GdcObjective.of(5)));
    RoadmapDiff diff = RoadmapDiff.between(older, newer);
    assertThat(RoadmapDiffTest.summary(diff)).containsExactly(
        "ITEM_REMOVED C2.GT.A/gdcLinks GDC 1 | -",
        "ITEM_ADDED C2.GT.A/gdcLinks - | GDC 5");
    assertThat(diff.toText()).endsWith("\n- C2.GT.A/gdcLinks: \"GDC 1\"\n+ C2.GT.A/gdcLinks: \"GDC 5\"\n");
    assertThat(RoadmapDiff.between(newer, older).getChanges())
        .containsExactlyInAnyOrderElementsOf(diff.getChanges().stream().map(Change::inverse).toList());
  }

  @Test
  void between_gdcLinksInAnotherOrder_noChange() {
    Roadmap older = editOutcome("C2.GT.A", o -> o.addGdcLinks(GdcObjective.of(1), GdcObjective.of(3)));
    Roadmap newer = editOutcome("C2.GT.A", o -> o.addGdcLinks(GdcObjective.of(3), GdcObjective.of(1)));
    assertThat(RoadmapDiff.between(older, newer).isEmpty()).isTrue();
    assertThat(RoadmapDiff.between(sample, older).isEmpty()).isFalse();
  }

  @Test
  void between_resultsAndCovidLists_eachReported() {
    Roadmap newer = editOutcome("C2.GT.A", o -> o
        .results(Results.builder()
            .addActivity("Workshops")
            .addAchievement(Achievement.builder().text("Trained 300 people").build())
            .addTarget(ResultTarget.builder().text("Train 500 people").build())
            .addText("See the annual report")
            .build())
        .covidResponse(CovidResponse.builder().addInitiative("REG4COVID").addText("Emergency measures").build()));
    assertThat(RoadmapDiffTest.summary(RoadmapDiff.between(sample, newer))).containsExactly(
        "ITEM_ADDED C2.GT.A/results/activities - | Workshops",
        "ITEM_ADDED C2.GT.A/results/achievements - | Trained 300 people",
        "ITEM_ADDED C2.GT.A/results/targets - | Train 500 people",
        "ITEM_ADDED C2.GT.A/results/text - | See the annual report",
        "ITEM_ADDED C2.GT.A/covidResponse/initiatives - | REG4COVID",
        "ITEM_ADDED C2.GT.A/covidResponse/text - | Emergency measures");
  }

  @Test
  void between_sameTimingTextWithOtherEntries_showsTheEntries() {
    Roadmap newer = editOutcome("C2.GT.A", o -> o.timing(Fixtures.timing(
        Fixtures.entry("2020-2025", TimingEntry.Kind.SPAN, 2020, 2026))));
    RoadmapDiff diff = RoadmapDiff.between(sample, newer);
    assertThat(RoadmapDiffTest.summary(diff)).containsExactly(
        "FIELD_CHANGED C2.GT.A/timing 2020-2025 [SPAN 2020-2025] | 2020-2025 [SPAN 2020-2026]");
    assertThat(diff.toText()).endsWith(
        "\n~ C2.GT.A/timing: \"2020-2025 [SPAN 2020-2025]\" -> \"2020-2025 [SPAN 2020-2026]\"\n");
  }

  @Test
  void between_timingRemoved_reportsNoneAfter() {
    Roadmap newer = editOutcome("C2.GT.A", o -> o.timing(java.util.Optional.empty()));
    RoadmapDiff diff = RoadmapDiff.between(sample, newer);
    assertThat(RoadmapDiffTest.summary(diff)).containsExactly("FIELD_CHANGED C2.GT.A/timing 2020-2025 | -");
    assertThat(diff.toText()).endsWith("\n~ C2.GT.A/timing: \"2020-2025\" -> (none)\n");
  }

  @Test
  void between_subItemReworded_rendersWordChanges() {
    Roadmap newer = editOutcome("C2.GT.B", o -> o.subItems(List.of(
        SubItem.builder().label("i").text("Harmonise radio spectrum management").build())));
    assertThat(RoadmapDiff.between(sample, newer).toText()).isEqualTo("--- sample-2024 (2024-10-11)\n"
        + "+++ sample-2024 (2024-10-11)\n"
        + "~ C2.GT.B/subItems: i: Harmonise {+radio+} spectrum management\n");
  }

  @Test
  void between_sameStatementsInOtherOrder_pairedById() {
    Outcome a = outcome("C2.GT.A", "Same words.").build();
    Outcome b = outcome("C2.GT.B", "Same words.").build();
    assertThat(RoadmapDiff.between(c2Only(a, b), c2Only(b, a)).isEmpty()).isTrue();
  }

  @Test
  void between_blankStatementsUnderOtherIds_notPairedByTheirText() {
    Outcome a = outcome("C2.GT.A", "").build();
    Outcome c = outcome("C2.GT.C", "").build();
    assertThat(RoadmapDiffTest.summary(RoadmapDiff.between(c2Only(a), c2Only(c))))
        .containsExactly("OUTCOME_REMOVED C2.GT.A  | -", "OUTCOME_ADDED C2.GT.C - | ");
  }

}
