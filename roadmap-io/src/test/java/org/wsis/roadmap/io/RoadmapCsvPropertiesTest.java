package org.wsis.roadmap.io;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

final class RoadmapCsvPropertiesTest {

  @Test
  void readOutcomes_ofWrittenFlatTable_equalsRowsOfRoadmap() {
    qt().withExamples(1000).withShrinkCycles(20).forAll(RoundTripPropertiesTest.roadmaps())
        .check(r -> RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(r)).equals(OutcomeRow.allOf(r)));
  }

  @Test
  void toOutcomesString_writtenTwice_sameText() {
    qt().withExamples(200).forAll(RoundTripPropertiesTest.roadmaps())
        .check(r -> RoadmapCsv.toOutcomesString(r).equals(RoadmapCsv.toOutcomesString(RoadmapJson.read(RoadmapJson.toString(r)))));
  }
}
