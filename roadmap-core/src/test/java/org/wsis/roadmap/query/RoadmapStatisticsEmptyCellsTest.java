package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.Timing;

/** Which cells count as empty, and that the statistics cannot be changed through what they return. */
final class RoadmapStatisticsEmptyCellsTest {

  /**
   * C6.GT.A blank everywhere; C6.GT.B with a sub-item, an SDG cell that read no link and a COVID document; C6.GT.C,
   * C6.GT.D. Computed per test rather than once in a static field, so that a mutation run measures the code under test.
   */
  private final RoadmapStatistics stats = RoadmapStatistics.of(Roadmap.builder()
      .id("empty-cells")
      .title("Empty cells")
      .status(RoadmapStatus.DRAFT)
      .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C6).title("Enabling environment")
          .addOutcome(Fixtures.outcome("C6.GT.A", " ")
              .timing(Timing.builder().raw(" ").build())
              .sdgRaw(" ")
              .covidResponse(CovidResponse.builder().build())
              .build())
          .addOutcome(Fixtures.outcome("C6.GT.B", "")
              .addSubItem(SubItem.builder().label("i").text("Harmonise spectrum management").build())
              .sdgRaw("SDG ?")
              .covidResponse(CovidResponse.builder().addDocument("C20/18").build())
              .build())
          .addOutcome(Fixtures.outcome("C6.GT.C", "Enable.")
              .timing(Timing.read("2020"))
              .covidResponse(CovidResponse.builder().addInitiative("REG4COVID").build())
              .build())
          .addOutcome(Fixtures.outcome("C6.GT.D", "Enable more.")
              .covidResponse(CovidResponse.builder().addText("Council Documents C20/18").build())
              .build())
          .build())
      .build());

  private String ids(RoadmapStatistics.Column column) {
    return stats.getEmptyCells(column).toString();
  }

  @Test
  void emptyCells_blankStatementWithoutSubItems_isEmpty() {
    assertThat(ids(RoadmapStatistics.Column.STATEMENT)).isEqualTo("[C6.GT.A]");
  }

  @Test
  void emptyCells_missingOrBlankTiming_isEmpty() {
    assertThat(ids(RoadmapStatistics.Column.TIMING)).isEqualTo("[C6.GT.A, C6.GT.B, C6.GT.D]");
  }

  @Test
  void emptyCells_sdgCellWithTextButNoLink_isNotEmpty() {
    assertThat(ids(RoadmapStatistics.Column.SDG_LINKS)).isEqualTo("[C6.GT.A, C6.GT.C, C6.GT.D]");
  }

  @Test
  void emptyCells_covidResponseWithAnyDocumentInitiativeOrText_isNotEmpty() {
    assertThat(ids(RoadmapStatistics.Column.COVID_RESPONSE)).isEqualTo("[C6.GT.A]");
  }

  @Test
  void returnedCollections_cannotBeChanged() {
    assertThatThrownBy(() -> stats.getEmptyCells(RoadmapStatistics.Column.STATEMENT).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> stats.getCounts().get(ActionLine.C6).put(OutcomeSection.GENEVA_TUNIS, 0))
        .isInstanceOf(UnsupportedOperationException.class);
    RoadmapStatistics sample = RoadmapStatistics.of(Fixtures.sample());
    assertThatThrownBy(() -> sample.getResolutionsByBody().get(ResolutionBody.PP).add("1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(sample.getResolutionsByBody().get(ResolutionBody.PP)).containsExactly("130", "140");
  }

  @Test
  void toText_listsTheTargetsCitedWithTheirCounts() {
    assertThat(RoadmapStatistics.of(Fixtures.sample()).toText()).contains("\nSDG targets cited: 4.4(1) 9.c(1) 17.8(1)\n");
  }
}
