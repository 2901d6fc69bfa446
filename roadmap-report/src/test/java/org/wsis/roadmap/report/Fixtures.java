package org.wsis.roadmap.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GdcObjective;
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
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/** Small roadmaps for the report tests, and a validator with a fixed clock. */
final class Fixtures {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-11T00:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static ValidationReport validate(Roadmap roadmap) {
    return RoadmapValidator.builder().clock(CLOCK).build().validate(roadmap);
  }

  static HtmlReport report(Roadmap roadmap) {
    return HtmlReport.builder().roadmap(roadmap).validation(validate(roadmap)).build();
  }

  static Outcome infrastructure(String timing, int from, int to) {
    return Outcome.builder()
        .id(OutcomeId.parse("C2.GT.A"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("A")
        .statement("Governments should take action to develop broadband infrastructure.")
        .timing(Timing.builder().raw(timing)
            .addEntry(TimingEntry.builder().raw(timing).kind(TimingEntry.Kind.SPAN).from(from).to(to).build())
            .build())
        .addReference(ResolutionRef.builder().raw("WTDC Resolution 45 (Rev. Kigali, 2022)")
            .body(ResolutionBody.WTDC).addNumber("45").revised(true).place("Kigali").year(2022).build())
        .addSdgLink(SdgLink.of(SdgGoal.of(9)))
        .addSdgLink(SdgLink.of(SdgTarget.parse("9.c")))
        .results(Results.builder().addExpected("Affordable broadband in every country").build())
        .build();
  }

  /** A two-outcome roadmap with no ERROR finding; the second statement holds markup characters. */
  static Roadmap clean() {
    return edition("fixture", infrastructure("2020-2025", 2020, 2025));
  }

  /** The clean roadmap with a timing span that ends before it starts: rule WSIS-TIME-001, an ERROR. */
  static Roadmap withError() {
    return edition("fixture-error", infrastructure("2025-2020", 2025, 2020));
  }

  /**
   * The clean roadmap with links to the Global Digital Compact: the first outcome to objectives 1 and
   * 3, the second to objective 6, which the Compact lacks (rule WSIS-GDC-001).
   */
  static Roadmap withGdcLinks() {
    Roadmap clean = clean();
    Outcome first = Outcome.builder().from(clean.outcomes().get(0))
        .addGdcLinks(GdcObjective.of(1), GdcObjective.of(3)).build();
    Outcome second = Outcome.builder().from(clean.outcomes().get(1)).addGdcLink(GdcObjective.of(6)).build();
    return Roadmap.builder().from(clean)
        .actionLines(List.of(ActionLineRoadmap.builder().from(clean.getActionLines().get(0))
            .outcomes(List.of(first, second)).build()))
        .build();
  }

  static Roadmap edition(String id, Outcome first) {
    Outcome second = Outcome.builder()
        .id(OutcomeId.parse("C2.GT.B"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("B")
        .statement("Strengthen <child> online protection & \"safety\".")
        .timing(Timing.builder().raw("2021-2024")
            .addEntry(TimingEntry.builder().raw("2021-2024").kind(TimingEntry.Kind.SPAN).from(2021).to(2024).build())
            .build())
        .addReference(ResolutionRef.builder().raw("Resolution 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference")
            .body(ResolutionBody.PP).addNumber("179").revised(true).place("Bucharest").year(2022).build())
        .addSdgLink(SdgLink.of(SdgTarget.parse("16.2")))
        .results(Results.builder().addActivity("Guidelines on child online protection").build())
        .build();
    return Roadmap.builder()
        .id(id)
        .title("Fixture roadmaps")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11))
        .addActionLine(ActionLineRoadmap.builder().actionLine(ActionLine.C2)
            .title("Information and communication infrastructure").addOutcomes(first, second).build())
        .build();
  }
}
