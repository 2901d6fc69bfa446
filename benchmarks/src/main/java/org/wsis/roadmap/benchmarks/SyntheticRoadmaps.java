package org.wsis.roadmap.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.testkit.RoadmapGenerator;

/**
 * Synthetic roadmaps of any size for benchmarks: four action line tables (C2, C4, C5, C6) with
 * outcomes labelled A1, A2, ..., whose content comes from the test kit's {@link RoadmapGenerator}
 * (the generator itself stops at 26 outcomes per section, so its outcomes are reused under new ids).
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

  /**
   * Outcome {@code index} of a table: the content of an outcome drawn by the test kit's
   * {@link RoadmapGenerator} (varied text in six scripts, every reference kind, metrics, empty and
   * full cells), renamed to the label {@code A<index>} in the Geneva–Tunis section and given a
   * source range, so that ids stay unique at any size.
   */
  private static Outcome outcome(ActionLine actionLine, int index, int line) {
    String label = "A" + index;
    Outcome drawn = POOL.get((index * 31 + actionLine.ordinal()) % POOL.size());
    return drawn.withId(OutcomeId.of(actionLine, OutcomeSection.GENEVA_TUNIS, label))
        .withSection(OutcomeSection.GENEVA_TUNIS)
        .withLabel(label)
        .withSource(SourceRange.of(line, line + 7));
  }

  /** Outcomes drawn once, from a fixed seed, by the test kit's generator. */
  private static final List<Outcome> POOL = pool();

  private static List<Outcome> pool() {
    Random random = new Random(20241011L);
    List<Outcome> outcomes = new ArrayList<>();
    while (outcomes.size() < 512) {
      outcomes.addAll(RoadmapGenerator.valid(random, 8).outcomes());
    }
    return List.copyOf(outcomes);
  }
}
