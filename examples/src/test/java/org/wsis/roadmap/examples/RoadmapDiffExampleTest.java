package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;

final class RoadmapDiffExampleTest {
  private final Roadmap older = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure(), ExampleRoadmaps.protection());
  private final Roadmap newer = ExampleRoadmaps.edition(
      Outcome.builder().from(ExampleRoadmaps.infrastructure())
          .statement("Governments must take action to develop broadband infrastructure.")
          .addSdgLink(SdgLink.of(SdgTarget.parse("9.1")))
          .build(),
      ExampleRoadmaps.protection());

  @Test
  void report_rewordingAndNewLink_shown() {
    assertThat(RoadmapDiffExample.report(older, newer)).isEqualTo(
        "--- example (2024-10-11)\n"
            + "+++ example (2024-10-11)\n"
            + "~ C2.GT.A/statement: Governments [-should-] {+must+} take action to develop broadband infrastructure.\n"
            + "+ C2.GT.A/sdgLinks: \"9.1\"\n");
  }

  @Test
  void json_listsTheChanges() {
    assertThat(RoadmapDiffExample.json(older, newer))
        .contains("    {\n"
            + "      \"kind\": \"ITEM_ADDED\",\n"
            + "      \"path\": \"C2.GT.A/sdgLinks\",\n"
            + "      \"actionLine\": \"C2\",\n"
            + "      \"olderId\": \"C2.GT.A\",\n"
            + "      \"newerId\": \"C2.GT.A\",\n"
            + "      \"field\": \"sdgLinks\",\n"
            + "      \"after\": \"9.1\"\n"
            + "    }");
  }

  @Test
  void sdgLinksAdded_countsOne() {
    assertThat(RoadmapDiffExample.sdgLinksAdded(older, newer)).isEqualTo(1);
    assertThat(RoadmapDiffExample.sdgLinksAdded(older, older)).isZero();
  }
}
