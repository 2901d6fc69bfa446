package org.wsis.roadmap.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
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
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/** A small hand-written roadmap with no finding (C2: GT A, B and W10 a), and one with three findings. */
final class TestRoadmaps {
  private TestRoadmaps() {}

  static Roadmap clean() {
    return Roadmap.builder()
        .id("test-roadmap")
        .title("WSIS Action Lines Roadmaps, test edition")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11))
        .facilitator("ITU")
        .addActionLine(ActionLineRoadmap.builder()
            .actionLine(ActionLine.C2)
            .title("Information and communication infrastructure")
            .addOutcome(outcome(OutcomeSection.GENEVA_TUNIS, "A", 10))
            .addOutcome(outcome(OutcomeSection.GENEVA_TUNIS, "B", 20))
            .addOutcome(outcome(OutcomeSection.WSIS_PLUS_10, "a", 30))
            .build())
        .build();
  }

  /**
   * The clean roadmap with C2.GT.A's span reversed (WSIS-TIME-001, ERROR), C2.GT.B without
   * statement (WSIS-TEXT-001, ERROR) and C2.W10.a without timing (WSIS-TIME-003, WARNING).
   */
  static Roadmap broken() {
    Roadmap roadmap = withOutcome(clean(), 0, o -> edit(o, b -> b.timing(Timing.builder().raw("2030-2020")
        .addEntry(TimingEntry.builder().raw("2030-2020").kind(TimingEntry.Kind.SPAN).from(2030).to(2020).build()).build())));
    roadmap = withOutcome(roadmap, 1, o -> edit(o, b -> b.statement("")));
    return withoutTiming(roadmap);
  }

  /** The clean roadmap with C2.W10.a without timing (WSIS-TIME-003, WARNING). */
  static Roadmap withoutTiming(Roadmap roadmap) {
    return withOutcome(roadmap, 2, o -> edit(o, b -> b.timing(Optional.empty())));
  }

  static Outcome outcome(OutcomeSection section, String label, int fromLine) {
    OutcomeId id = OutcomeId.of(ActionLine.C2, section, label);
    return Outcome.builder()
        .id(id)
        .section(section)
        .label(label)
        .statement("Stakeholders should act on " + id + ".")
        .timing(Timing.builder().raw("2020-2030")
            .addEntry(TimingEntry.builder().raw("2020-2030").kind(TimingEntry.Kind.SPAN).from(2020).to(2030).build()).build())
        .addReference(ResolutionRef.builder().raw("Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference")
            .body(ResolutionBody.PP).addNumber("71").revised(true).place("Bucharest").year(2022).build())
        // Inside the WSIS-SDG Matrix mapping of C2, one matrix target for each of its goals.
        .addSdgLinks(SdgLink.of(SdgGoal.ONE), SdgLink.of(SdgGoal.EIGHT), SdgLink.of(SdgGoal.NINE), SdgLink.of(SdgGoal.ELEVEN))
        .addSdgLinks(SdgLink.of(SdgTarget.parse("1.4")), SdgLink.of(SdgTarget.parse("8.2")), SdgLink.of(SdgTarget.parse("9.c")),
            SdgLink.of(SdgTarget.parse("11.5")))
        .sdgRaw("SDG 1, 8, 9, 11: 1.4, 8.2, 9.c, 11.5")
        .addEvidence("Evidence gathered for " + id)
        .results(Results.builder().addExpected("Expected result of " + id).build())
        .covidResponse(CovidResponse.builder().addDocument("C20/18").build())
        .source(SourceRange.of(fromLine, fromLine + 9))
        .build();
  }

  static Roadmap withOutcome(Roadmap roadmap, int index, UnaryOperator<Outcome> change) {
    ActionLineRoadmap line = roadmap.getActionLines().get(0);
    List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
    outcomes.set(index, change.apply(outcomes.get(index)));
    return Roadmap.builder().from(roadmap).actionLines(List.of(ActionLineRoadmap.builder().from(line).outcomes(outcomes).build())).build();
  }

  static Outcome edit(Outcome outcome, UnaryOperator<Outcome.Builder> change) {
    return change.apply(Outcome.builder().from(outcome)).build();
  }
}
