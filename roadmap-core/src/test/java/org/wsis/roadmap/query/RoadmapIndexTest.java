package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.roadmap.query.Fixtures.entry;
import static org.wsis.roadmap.query.Fixtures.outcome;
import static org.wsis.roadmap.query.Fixtures.timing;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.TimingEntry;

final class RoadmapIndexTest {
  private final RoadmapIndex index = RoadmapIndex.of(Fixtures.sample());

  private static List<String> ids(List<Outcome> outcomes) {
    return outcomes.stream().map(o -> o.getId().toString()).collect(Collectors.toList());
  }

  @Test
  void byGoal_goalAndTargetLinks_countOnceForTheGoal() {
    assertThat(ids(index.byGoal(SdgGoal.NINE))).containsExactly("C2.GT.A");
    assertThat(ids(index.byGoal(SdgGoal.SEVENTEEN))).containsExactly("C2.GT.B");
    assertThat(ids(index.byGoal(SdgGoal.FOUR))).containsExactly("C5.W10.a");
    assertThat(index.byGoal(SdgGoal.ONE)).isEmpty();
  }

  @Test
  void byTarget_goalLinkOnly_doesNotCount() {
    assertThat(ids(index.byTarget(SdgTarget.parse("9.c")))).containsExactly("C2.GT.A");
    assertThat(index.byTarget(SdgTarget.parse("16.1"))).isEmpty();
  }

  @Test
  void byResolution_anyRevision_findsEveryCitation() {
    assertThat(ids(index.byResolution(ResolutionKey.parse("WTDC 45")))).containsExactly("C2.GT.B", "C5.GT.A");
    assertThat(ids(index.byResolution(ResolutionKey.of(ResolutionBody.PP, "140")))).containsExactly("C2.GT.A");
    assertThat(index.byResolution(ResolutionKey.parse("PP 45"))).isEmpty();
  }

  @Test
  void byResolution_keyWithoutBody_findsCitationsWithoutBody() {
    assertThat(ids(index.byResolution(ResolutionKey.parse("70/1")))).containsExactly("C2.W10.a");
  }

  @Test
  void byActionLine_section_givesDocumentOrder() {
    assertThat(ids(index.byActionLine(ActionLine.C2))).containsExactly("C2.GT.A", "C2.GT.B", "C2.W10.a");
    assertThat(ids(index.byActionLine(ActionLine.C2, OutcomeSection.GENEVA_TUNIS))).containsExactly("C2.GT.A", "C2.GT.B");
    assertThat(ids(index.byActionLine(ActionLine.C5, OutcomeSection.WSIS_PLUS_10))).containsExactly("C5.W10.a");
    assertThat(index.byActionLine(ActionLine.C6)).isEmpty();
    assertThat(index.byActionLine(ActionLine.C6, OutcomeSection.GENEVA_TUNIS)).isEmpty();
  }

  @Test
  void activeIn_eachTimingKind_readAgainstTheEditionYear() {
    // 2020-2025 span, since 2019, continuous from 2024, 2012 to 2024, 2030 only
    assertThat(ids(index.activeIn(2011))).isEmpty();
    assertThat(ids(index.activeIn(2012))).containsExactly("C5.GT.A");
    assertThat(ids(index.activeIn(2019))).containsExactly("C2.GT.B", "C5.GT.A");
    assertThat(ids(index.activeIn(2024))).containsExactly("C2.GT.A", "C2.GT.B", "C2.W10.a", "C5.GT.A");
    assertThat(ids(index.activeIn(2025))).containsExactly("C2.GT.A", "C2.GT.B", "C2.W10.a");
    assertThat(ids(index.activeIn(2026))).containsExactly("C2.GT.B", "C2.W10.a");
    assertThat(ids(index.activeIn(2030))).containsExactly("C2.GT.B", "C2.W10.a", "C5.W10.a");
    assertThat(ids(index.activeIn(3000))).containsExactly("C2.GT.B", "C2.W10.a");
  }

  @Test
  void activeIn_undatedEdition_toDateAndContinuousRunOn() {
    Roadmap undated = Roadmap.builder().from(Fixtures.sample()).asOf(java.util.Optional.empty()).build();
    RoadmapIndex undatedIndex = RoadmapIndex.of(undated);
    assertThat(ids(undatedIndex.activeIn(1990))).containsExactly("C2.W10.a");
    assertThat(ids(undatedIndex.activeIn(2040))).containsExactly("C2.GT.B", "C2.W10.a", "C5.GT.A");
  }

  @Test
  void activeIn_unreadEntryAndNoTiming_neverMatch() {
    Outcome unread = outcome("C6.GT.A", "Only unreadable timing")
        .timing(timing(entry("soon", TimingEntry.Kind.UNREAD, null, null)))
        .build();
    Outcome none = outcome("C6.GT.B", "No timing").build();
    Outcome reversed = outcome("C6.GT.C", "Reversed span")
        .timing(timing(entry("2025-2020", TimingEntry.Kind.SPAN, 2025, 2020)))
        .build();
    Roadmap roadmap = Roadmap.builder().id("r").title("t").status(RoadmapStatus.DRAFT)
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C6).title("C6")
            .addOutcomes(unread, none, reversed).build())
        .build();
    RoadmapIndex small = RoadmapIndex.of(roadmap);
    for (int year = 1900; year <= 2100; year += 7) {
      assertThat(ids(small.activeIn(year))).isEqualTo(year >= 2020 && year <= 2025 ? List.of("C6.GT.C") : List.of());
    }
  }

  @Test
  void activeIn_severalEntriesMatching_listsTheOutcomeOnce() {
    Outcome twice = outcome("C6.GT.A", "Twice")
        .timing(timing(entry("2020-2025", TimingEntry.Kind.SPAN, 2020, 2025),
            entry("Since 2022", TimingEntry.Kind.SINCE, 2022, null)))
        .build();
    Roadmap roadmap = Roadmap.builder().id("r").title("t").status(RoadmapStatus.DRAFT)
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C6).title("C6").addOutcome(twice).build())
        .build();
    assertThat(ids(RoadmapIndex.of(roadmap).activeIn(2023))).containsExactly("C6.GT.A");
  }

  @Test
  void search_wordsInAnyTextColumn_caseInsensitive() {
    assertThat(ids(index.search("BROADBAND"))).containsExactly("C2.GT.A");
    assertThat(ids(index.search("least developed"))).containsExactly("C2.GT.A");
    assertThat(ids(index.search("spectrum"))).containsExactly("C2.GT.B");
    assertThat(ids(index.search("cybersecurity strategy"))).containsExactly("C5.GT.A");
    assertThat(ids(index.search("develop"))).containsExactly("C2.GT.A", "C2.GT.B");
  }

  @Test
  void search_everyWordRequired_andNoWordGivesNothing() {
    assertThat(index.search("broadband spectrum")).isEmpty();
    assertThat(index.search("unknownword")).isEmpty();
    assertThat(index.search(" ,;- ")).isEmpty();
  }

  @Test
  void find_id_givesTheOutcome() {
    assertThat(index.find(OutcomeId.parse("C5.W10.a"))).map(Outcome::getStatement)
        .contains("Strengthen capacity for child online protection.");
    assertThat(index.find(OutcomeId.parse("C6.GT.A"))).isEmpty();
  }

  @Test
  void citedSets_areSorted() {
    assertThat(index.goals()).containsExactly(SdgGoal.FOUR, SdgGoal.NINE, SdgGoal.SIXTEEN, SdgGoal.SEVENTEEN);
    assertThat(index.targets()).extracting(Object::toString).containsExactly("4.4", "9.c", "17.8");
    assertThat(index.resolutions()).extracting(Object::toString).containsExactly("70/1", "PP 130", "PP 140", "WTDC 45");
  }

  @Test
  void activeIn_timingReadFromPrintedCells_followsTheDocumentedReading() {
    Outcome since = outcome("C4.GT.A", "Since").timing(org.wsis.roadmap.Timing.read("Since 2019 (continuous)")).build();
    Outcome toDate = outcome("C4.GT.F", "To date").timing(org.wsis.roadmap.Timing.read("2012 to date")).build();
    Outcome span = outcome("C4.GT.D", "Span").timing(org.wsis.roadmap.Timing.read("2016 - 2030")).build();
    Outcome continuous = outcome("C4.GT.C", "Continuous").timing(org.wsis.roadmap.Timing.read("Continuous")).build();
    Roadmap roadmap = Roadmap.builder().id("r").title("t").status(RoadmapStatus.DRAFT)
        .asOf(java.time.LocalDate.of(2024, 10, 11))
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C4).title("C4")
            .addOutcomes(since, toDate, span, continuous).build())
        .build();
    RoadmapIndex c4 = RoadmapIndex.of(roadmap);
    assertThat(ids(c4.activeIn(2015))).containsExactly("C4.GT.F");
    assertThat(ids(c4.activeIn(2020))).containsExactly("C4.GT.A", "C4.GT.F", "C4.GT.D");
    assertThat(ids(c4.activeIn(2024))).containsExactly("C4.GT.A", "C4.GT.F", "C4.GT.D", "C4.GT.C");
    assertThat(ids(c4.activeIn(2026))).containsExactly("C4.GT.A", "C4.GT.D", "C4.GT.C");
    assertThat(ids(c4.activeIn(2031))).containsExactly("C4.GT.A", "C4.GT.C");
  }
}
