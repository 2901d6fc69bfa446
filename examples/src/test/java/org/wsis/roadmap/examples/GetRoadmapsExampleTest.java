package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Roadmap;

final class GetRoadmapsExampleTest {
  @Test
  void edition2024_holdsTheFourActionLines() {
    Roadmap roadmap = GetRoadmapsExample.edition2024();

    assertThat(roadmap.getActionLines()).extracting(ActionLineRoadmap::getActionLine)
        .containsExactly(ActionLine.C2, ActionLine.C4, ActionLine.C5, ActionLine.C6);
  }

  @Test
  void main_printsEachActionLineWithItsCount() {
    String out = StdOut.of(() -> GetRoadmapsExample.main(new String[0]));

    for (ActionLineRoadmap line : GetRoadmapsExample.edition2024().getActionLines()) {
      assertThat(out).contains(line.getActionLine().getCode() + " " + line.getActionLine().getTitle() + ": "
          + line.getOutcomes().size() + " outcomes");
    }
    assertThat(out).contains("Address other information security and network security issues",
        "TARGET 7.1", "TARGET 17.8");
  }
}
