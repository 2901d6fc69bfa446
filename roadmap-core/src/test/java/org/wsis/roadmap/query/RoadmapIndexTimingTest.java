package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.TimingEntry;

/** Which outcomes RoadmapIndex finds active in a year when a timing entry lacks one of its years. */
final class RoadmapIndexTimingTest {

  private static Outcome outcome(String id, TimingEntry entry) {
    return Fixtures.outcome(id, "Statement " + id).timing(Fixtures.timing(entry)).build();
  }

  /** Edition of 11 October 2024; A: year with only an end, B: since with no start, C: to date with no start, D: span with only a start. */
  private static final Roadmap ROADMAP = Roadmap.builder().id("r").title("R").status(RoadmapStatus.DRAFT)
      .asOf(LocalDate.of(2024, 10, 11))
      .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C2).title("Infrastructure")
          .addOutcomes(
              outcome("C2.GT.A", Fixtures.entry("by 2022", TimingEntry.Kind.YEAR, null, 2022)),
              outcome("C2.GT.B", Fixtures.entry("since", TimingEntry.Kind.SINCE, null, null)),
              outcome("C2.GT.C", Fixtures.entry("to date", TimingEntry.Kind.TO_DATE, null, null)),
              outcome("C2.GT.D", Fixtures.entry("2020-", TimingEntry.Kind.SPAN, 2020, null)))
          .build())
      .build();

  private static List<String> active(RoadmapIndex index, int year) {
    return index.activeIn(year).stream().map(o -> o.getId().toString()).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void activeIn_entryWithOneYear_activeInThatYearOnly() {
    RoadmapIndex index = RoadmapIndex.of(ROADMAP);
    assertThat(active(index, 2022)).containsExactly("C2.GT.A");
    assertThat(active(index, 2020)).containsExactly("C2.GT.D");
    assertThat(active(index, 2021)).isEmpty();
  }

  @Test
  void activeIn_openEntryWithoutStart_activeFromTheEditionYear() {
    RoadmapIndex index = RoadmapIndex.of(ROADMAP);
    assertThat(active(index, 2023)).isEmpty();
    assertThat(active(index, 2024)).containsExactly("C2.GT.B", "C2.GT.C");
    assertThat(active(index, 2100)).containsExactly("C2.GT.B", "C2.GT.C");
  }

  @Test
  void getRoadmap_isTheIndexedRoadmap() {
    assertThat(RoadmapIndex.of(ROADMAP).getRoadmap()).isSameAs(ROADMAP);
  }

  @Test
  void lookups_returnUnmodifiableLists() {
    RoadmapIndex index = RoadmapIndex.of(Fixtures.sample());
    assertThat(index.byGoal(SdgGoal.NINE)).hasSize(1);
    assertThatThrownBy(() -> index.byGoal(SdgGoal.NINE).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.byTarget(SdgTarget.parse("9.c")).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.byResolution(ResolutionKey.of(ResolutionBody.WTDC, "45")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.byActionLine(ActionLine.C2).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.byActionLine(ActionLine.C2, OutcomeSection.GENEVA_TUNIS).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
