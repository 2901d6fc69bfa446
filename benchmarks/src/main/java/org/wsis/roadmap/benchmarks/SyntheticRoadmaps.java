package org.wsis.roadmap.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * Synthetic roadmaps of any size for benchmarks: four action line tables (C2, C4, C5, C6) with
 * outcomes labelled A1, A2, ... and every column filled, so every rule has work to do.
 *
 * <pre>{@code
 * Roadmap large = SyntheticRoadmaps.of(100_000);
 * }</pre>
 */
public final class SyntheticRoadmaps {
  private static final ActionLine[] LINES = {ActionLine.C2, ActionLine.C4, ActionLine.C5, ActionLine.C6};

  private SyntheticRoadmaps() {}

  /**
   * Returns a roadmap with {@code outcomes} outcomes, rounded down to a multiple of four.
   *
   * @param outcomes the number of outcomes
   * @return the roadmap
   */
  public static Roadmap of(int outcomes) {
    Roadmap.Builder roadmap = Roadmap.builder()
        .id("synthetic-" + outcomes)
        .title("Synthetic WSIS Action Lines Roadmaps")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11))
        .facilitator("ITU");
    int line = 1;
    for (ActionLine actionLine : LINES) {
      ActionLineRoadmap.Builder table = ActionLineRoadmap.builder().actionLine(actionLine).title(actionLine.getTitle());
      for (int i = 1; i <= outcomes / LINES.length; i++) {
        table.addOutcome(outcome(actionLine, i, line));
        line += 8;
      }
      roadmap.addActionLine(table.build());
    }
    return roadmap.build();
  }

  private static Outcome outcome(ActionLine actionLine, int index, int line) {
    String label = "A" + index;
    return Outcome.builder()
        .id(OutcomeId.of(actionLine, OutcomeSection.GENEVA_TUNIS, label))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label(label)
        .statement("Stakeholders should act on outcome " + actionLine.getCode() + " " + label + " (see the plan).")
        .timing(Timing.builder().raw("2020-2030")
            .addEntry(TimingEntry.builder().raw("2020-2030").kind(TimingEntry.Kind.SPAN).from(2020).to(2030).build()).build())
        .addReference(ResolutionRef.builder().raw("Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference")
            .body(ResolutionBody.PP).addNumber("71").revised(true).place("Bucharest").year(2022).build())
        .addSdgLink(SdgLink.of(SdgGoal.NINE))
        .addSdgLink(SdgLink.of(SdgTarget.parse("9.c")))
        .sdgRaw("SDG 9: 9.c")
        .addEvidence("Evidence for " + label)
        .results(Results.builder()
            .addExpected("Expected result of " + label)
            .addAchievement(Achievement.builder().text("More than 100 participants (2022)")
                .metric(Metric.builder().raw("More than 100 participants").comparator(Metric.Comparison.MORE_THAN)
                    .value(BigDecimal.valueOf(100)).unit("participants").asOfYear(2022).build()).build())
            .addTarget(ResultTarget.builder().text("1000 participants by 2030").byYear(2030).build())
            .build())
        .covidResponse(CovidResponse.builder().addDocument("C20/18").addText("Council documents on the response").build())
        .source(SourceRange.of(line, line + 7))
        .build();
  }
}
