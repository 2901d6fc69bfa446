package org.wsis.roadmap.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * Synthetic roadmaps of any size for benchmarks, drawn from the test kit's {@link RoadmapGenerator}
 * (varied text in six scripts, every reference kind, metrics, empty and full cells).
 *
 * <p>The generator stops at 26 outcomes per section, so roadmaps are drawn from one fixed seed
 * until there are enough outcomes; each outcome stays in the table of its own action line (so its
 * SDG links stay inside the WSIS–SDG Matrix mapping of that line), is relabelled {@code A1, A2, ...}
 * in the Geneva–Tunis section so that ids stay unique at any size, and gets a source range. Each
 * table keeps the notes of the tables its outcomes came from, so footnote markers find their
 * notes, and the roadmap is dated 31 December 2028, the end of the generator's last edition year. Every outcome is a distinct object with its own text: nothing is shared that a validator
 * could cache. What remains to find is what the generator repeats at this scale (statements drawn
 * from one vocabulary) and the INFO findings of {@link RoadmapGenerator#valid}.
 *
 * <pre>{@code
 * Roadmap large = SyntheticRoadmaps.of(100_000);
 * }</pre>
 */
public final class SyntheticRoadmaps {
  /**
   * The edition date: the end of the generator's last edition year, so that no drawn outcome is
   * dated after the edition (the generator dates each roadmap between 2010 and 2028).
   */
  private static final LocalDate LAST_EDITION = LocalDate.of(2028, 12, 31);

  private SyntheticRoadmaps() {}

  /**
   * Returns a roadmap with exactly {@code outcomes} outcomes, the same for the same number.
   *
   * @param outcomes the number of outcomes
   * @return the roadmap
   */
  public static Roadmap of(int outcomes) {
    Random random = new Random(20241011L);
    Map<ActionLine, List<Outcome>> drawn = new EnumMap<>(ActionLine.class);
    Map<ActionLine, Set<String>> notes = new EnumMap<>(ActionLine.class);
    int count = 0;
    while (count < outcomes) {
      for (ActionLineRoadmap table : RoadmapGenerator.valid(random, 8).getActionLines()) {
        for (Outcome outcome : table.getOutcomes()) {
          if (count == outcomes) {
            break;
          }
          drawn.computeIfAbsent(table.getActionLine(), line -> new ArrayList<>()).add(outcome);
          notes.computeIfAbsent(table.getActionLine(), line -> new LinkedHashSet<>()).addAll(table.getNotes());
          count++;
        }
      }
    }
    Roadmap.Builder roadmap = Roadmap.builder()
        .id("synthetic-" + outcomes)
        .title("Synthetic WSIS Action Lines Roadmaps")
        .status(RoadmapStatus.DRAFT)
        .asOf(LAST_EDITION)
        .facilitator("ITU");
    int line = 1;
    for (Map.Entry<ActionLine, List<Outcome>> entry : drawn.entrySet()) {
      ActionLine actionLine = entry.getKey();
      ActionLineRoadmap.Builder table = ActionLineRoadmap.builder()
          .actionLine(actionLine)
          .title(actionLine.getTitle())
          .notes(notes.get(actionLine));
      int index = 1;
      for (Outcome outcome : entry.getValue()) {
        String label = "A" + index++;
        table.addOutcome(outcome.withId(OutcomeId.of(actionLine, OutcomeSection.GENEVA_TUNIS, label))
            .withSection(OutcomeSection.GENEVA_TUNIS)
            .withLabel(label)
            .withSource(SourceRange.of(line, line + 7)));
        line += 8;
      }
      roadmap.addActionLine(table.build());
    }
    return roadmap.build();
  }
}
