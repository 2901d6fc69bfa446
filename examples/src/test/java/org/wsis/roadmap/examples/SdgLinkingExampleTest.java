package org.wsis.roadmap.examples;

// tag::testing-your-roadmaps[]
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.wsis.roadmap.testkit.RoadmapAssertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.testkit.Defect;
import org.wsis.roadmap.testkit.RoadmapGenerator;
import org.wsis.roadmap.validation.RoadmapValidator;

final class SdgLinkingExampleTest {
  @Test
  void linkActionLine_anyValidRoadmap_staysConsistentAndLinksTheGoal() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 6))
        .checkAssert((seed, size) -> {
          Roadmap roadmap = RoadmapGenerator.valid(new Random(seed), size);
          ActionLine line = roadmap.getActionLines().get(0).getActionLine();
          String firstOutcome = roadmap.getActionLines().get(0).getOutcomes().get(0).getId().toString();

          Roadmap linked = SdgLinkingExample.linkActionLine(roadmap, line, SdgGoal.NINE);

          assertThat(linked).isConsistent().hasOutcome(firstOutcome).linksTo(SdgGoal.NINE);
        });
  }

  @Test
  void linkActionLine_roadmapWithAReversedSpan_keepsTheError() {
    Roadmap broken = RoadmapGenerator.withDefect(new Random(42), 4, Defect.REVERSED_TIMING_SPAN);
    ActionLine line = broken.getActionLines().get(0).getActionLine();
    String firstOutcome = broken.getActionLines().get(0).getOutcomes().get(0).getId().toString();
    RoadmapValidator validator = RoadmapValidator.create();
    assertThat(validator.validate(broken)).hasOnlyFindingsOf(Defect.REVERSED_TIMING_SPAN.getRuleId());

    Roadmap linked = SdgLinkingExample.linkActionLine(broken, line, SdgGoal.NINE);

    assertThat(validator.validate(linked)).hasFinding("WSIS-TIME-001").at(firstOutcome);
  }
}
// end::testing-your-roadmaps[]
