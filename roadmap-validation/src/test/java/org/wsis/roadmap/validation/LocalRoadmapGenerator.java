package org.wsis.roadmap.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;

/**
 * Seeded generator of roadmaps that break no rule of the catalogue, for property tests and
 * measurements: one to four action line tables; the first has at least three Geneva/Tunis
 * outcomes and one WSIS+10 outcome, so that every targeted defect of {@link Defects} applies.
 */
final class LocalRoadmapGenerator {
  private LocalRoadmapGenerator() {}

  /**
   * Returns a roadmap with about {@code size} outcomes (at least four).
   *
   * @param random the source of randomness
   * @param size the number of outcomes wanted
   * @return a roadmap with no finding in the default profile
   */
  static Roadmap valid(Random random, int size) {
    List<ActionLine> lines = new ArrayList<>(List.of(ActionLine.values()));
    Collections.shuffle(lines, random);
    int tables = 1 + random.nextInt(4);
    int total = Math.max(4, size);
    Roadmap.Builder roadmap = Roadmap.builder()
        .id("generated-" + Long.toHexString(random.nextLong()))
        .title("Generated WSIS Action Lines Roadmaps")
        .status(random.nextBoolean() ? RoadmapStatus.DRAFT : RoadmapStatus.FINAL)
        .asOf(LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)))
        .facilitator("ITU");
    int line = 1;
    for (int t = 0; t < tables; t++) {
      ActionLine actionLine = lines.get(t);
      int outcomes = t == tables - 1 ? Math.max(4, total) : Math.max(4, total / tables);
      total -= outcomes;
      int wsisPlus10 = 1 + random.nextInt(Math.max(1, outcomes / 3));
      int genevaTunis = Math.max(3, outcomes - wsisPlus10);
      ActionLineRoadmap.Builder table = ActionLineRoadmap.builder()
          .actionLine(actionLine)
          .title("Generated table " + actionLine.getCode())
          .addNote("\u00B9 GCA: Global Cybersecurity Agenda");
      boolean numbered = random.nextBoolean();
      int first = line;
      for (int i = 0; i < genevaTunis; i++) {
        String label = numbered || genevaTunis > 26 ? "A" + (i + 1) : String.valueOf((char) ('A' + i));
        table.addOutcome(outcome(random, actionLine, OutcomeSection.GENEVA_TUNIS, label, line));
        line += 10;
      }
      for (int i = 0; i < wsisPlus10; i++) {
        String label = wsisPlus10 > 26 ? "a" + (i + 1) : String.valueOf((char) ('a' + i));
        table.addOutcome(outcome(random, actionLine, OutcomeSection.WSIS_PLUS_10, label, line));
        line += 10;
      }
      roadmap.addActionLine(table.source(org.wsis.roadmap.SourceRange.of(first, line)).build());
      line += 5;
    }
    return roadmap.build();
  }

  private static org.wsis.roadmap.Outcome outcome(Random random, ActionLine line, OutcomeSection section, String label, int fromLine) {
    int start = 2020 + random.nextInt(5);
    int measured = start + random.nextInt(2025 - start);
    int goal = 1 + random.nextInt(17);
    String document = "C" + (20 + random.nextInt(5)) + "/18";
    return Fixtures.outcome(line, section, label, fromLine, document, start, measured, goal);
  }
}
