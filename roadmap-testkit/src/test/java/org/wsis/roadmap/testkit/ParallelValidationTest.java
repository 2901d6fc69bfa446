package org.wsis.roadmap.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * A large roadmap is validated in chunks of outcomes on several threads; the report must be the
 * one a run on the calling thread gives, byte for byte, including the checks that compare outcomes
 * across chunks (unique ids, repeated statements, document symbol forms).
 */
final class ParallelValidationTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC);

  private static Roadmap large;

  /**
   * Roadmaps drawn with every defect in turn, their tables merged by action line: a few thousand
   * outcomes in tables larger than one chunk, where the same ids, statements and symbols recur far
   * apart, and the mandate references of every draw (one writes a symbol that outcomes write in
   * another form).
   */
  @BeforeAll
  static void drawLargeRoadmap() {
    Random random = new Random(20241011L);
    Map<ActionLine, List<Outcome>> outcomes = new EnumMap<>(ActionLine.class);
    Map<ActionLine, Set<String>> notes = new EnumMap<>(ActionLine.class);
    Set<Reference> mandate = new LinkedHashSet<>();
    for (int draw = 0; largest(outcomes) <= RoadmapValidator.PARALLEL_THRESHOLD; draw++) {
      Defect defect = Defect.values()[draw % Defect.values().length];
      Roadmap drawn = RoadmapGenerator.withDefect(random, 8, defect);
      mandate.addAll(drawn.getMandateReferences());
      for (ActionLineRoadmap table : drawn.getActionLines()) {
        outcomes.computeIfAbsent(table.getActionLine(), line -> new ArrayList<>()).addAll(table.getOutcomes());
        notes.computeIfAbsent(table.getActionLine(), line -> new LinkedHashSet<>()).addAll(table.getNotes());
      }
    }
    Roadmap.Builder roadmap = Roadmap.builder().id("merged").title("Merged draws").status(RoadmapStatus.DRAFT).mandateReferences(mandate);
    outcomes.forEach((actionLine, list) -> roadmap.addActionLine(ActionLineRoadmap.builder()
        .actionLine(actionLine).title(actionLine.getTitle()).notes(notes.get(actionLine)).outcomes(list).build()));
    large = roadmap.build();
  }

  private static int largest(Map<ActionLine, List<Outcome>> outcomes) {
    return outcomes.values().stream().mapToInt(List::size).max().orElse(0);
  }

  private static ValidationReport validate(boolean parallel) {
    return RoadmapValidator.builder().clock(CLOCK).parallel(parallel).build().validate(large);
  }

  @Test
  void validate_largeRoadmap_reportOfAParallelRunIsTheSequentialOne() {
    // Tables of more than one chunk (512 outcomes), so that chunks also split tables.
    assertThat(large.getActionLines().stream().mapToInt(table -> table.getOutcomes().size()).max().orElse(0))
        .isGreaterThan(RoadmapValidator.PARALLEL_THRESHOLD);

    ValidationReport sequential = validate(false);
    ValidationReport parallel = validate(true);

    assertThat(parallel.toJson()).isEqualTo(sequential.toJson());
    assertThat(parallel.getFindings().size()).isEqualTo(sequential.getFindings().size()).isGreaterThan(1000);
  }

  @Test
  void validate_largeRoadmap_findsTheChecksAcrossChunksAndInsideOutcomes() {
    Set<String> rules = validate(true).getFindings().stream().map(Finding::getRuleId).collect(Collectors.toSet());

    // Across outcomes (replayed in document order) and per outcome (shape constraints, text checks).
    assertThat(rules).contains("WSIS-ID-001", "WSIS-TEXT-002", "WSIS-COVID-001", "WSIS-STR-001", "WSIS-TEXT-005");
  }

  @Test
  void validate_repeatedParallelRuns_giveTheSameBytes() {
    assertThat(validate(true).toJson()).isEqualTo(validate(true).toJson());
  }
}
