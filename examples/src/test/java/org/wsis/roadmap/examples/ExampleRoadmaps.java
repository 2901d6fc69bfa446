package org.wsis.roadmap.examples;

import java.time.LocalDate;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/** A two-outcome roadmap for the example tests. */
final class ExampleRoadmaps {
  private ExampleRoadmaps() {}

  static Outcome infrastructure() {
    return Outcome.builder()
        .id(OutcomeId.parse("C2.GT.A"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("A")
        .statement("Governments should take action to develop broadband infrastructure.")
        .timing(Timing.builder().raw("2020-2025")
            .addEntry(TimingEntry.builder().raw("2020-2025").kind(TimingEntry.Kind.SPAN).from(2020).to(2025).build())
            .build())
        .addReference(ResolutionRef.builder().raw("WTDC Resolution 45 (Rev. Kigali, 2022)")
            .body(ResolutionBody.WTDC).addNumber("45").revised(true).place("Kigali").year(2022).build())
        .addSdgLink(SdgLink.of(SdgGoal.NINE))
        .addSdgLink(SdgLink.of(SdgTarget.parse("9.c")))
        .build();
  }

  static Outcome protection() {
    return Outcome.builder()
        .id(OutcomeId.parse("C5.GT.A"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("A")
        .statement("Strengthen child online protection.")
        .timing(Timing.builder().raw("Continuous")
            .addEntry(TimingEntry.builder().raw("Continuous").kind(TimingEntry.Kind.CONTINUOUS).build())
            .build())
        .addSdgLink(SdgLink.of(SdgTarget.parse("16.2")))
        .results(Results.builder().addActivity("Guidelines on child online protection").build())
        .build();
  }

  static Roadmap edition(Outcome... outcomes) {
    Roadmap.Builder builder = Roadmap.builder()
        .id("example")
        .title("Example roadmaps")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11));
    for (Outcome outcome : outcomes) {
      ActionLine actionLine = outcome.getId().getActionLine();
      builder.addActionLine(ActionLineRoadmap.builder().actionLine(actionLine).title(actionLine.getCode())
          .addOutcome(outcome).build());
    }
    return builder.build();
  }
}
