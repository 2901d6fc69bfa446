package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

final class QueryRoadmapExampleTest {
  private final Roadmap roadmap = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure(), ExampleRoadmaps.protection());

  @Test
  void outcomesForGoal_goalNine_givesTheInfrastructureOutcome() {
    assertThat(QueryRoadmapExample.outcomesForGoal(roadmap, 9)).extracting(o -> o.getId().toString()).containsExactly("C2.GT.A");
    assertThat(QueryRoadmapExample.outcomesForGoal(roadmap, 16)).extracting(o -> o.getId().toString()).containsExactly("C5.GT.A");
  }

  @Test
  void outcomesForTarget_nineC_givesTheInfrastructureOutcome() {
    assertThat(QueryRoadmapExample.outcomesForTarget(roadmap, "9.c")).extracting(Outcome::getLabel).containsExactly("A");
    assertThat(QueryRoadmapExample.outcomesForTarget(roadmap, "9.1")).isEmpty();
  }

  @Test
  void outcomesCiting_wtdc45_anyRevision() {
    assertThat(QueryRoadmapExample.outcomesCiting(roadmap, "WTDC 45")).extracting(o -> o.getId().toString()).containsExactly("C2.GT.A");
  }

  @Test
  void outcomesActiveIn_2026_onlyTheContinuousOne() {
    assertThat(QueryRoadmapExample.outcomesActiveIn(roadmap, 2026)).extracting(o -> o.getId().toString()).containsExactly("C5.GT.A");
    assertThat(QueryRoadmapExample.outcomesActiveIn(roadmap, 2024)).hasSize(2);
  }

  @Test
  void outcomesMentioning_wordsInResults_found() {
    assertThat(QueryRoadmapExample.outcomesMentioning(roadmap, "Online Guidelines")).extracting(o -> o.getId().toString()).containsExactly("C5.GT.A");
  }
}
