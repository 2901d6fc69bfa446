package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;

/**
 * Validating a stream of outcomes gives the report of the same outcomes held as a roadmap, byte for
 * byte, on generated roadmaps whose repeated ids, statements and document symbols stand far apart
 * (in other batches of the stream, in other tables).
 */
final class StreamValidationPropertiesTest {
  /** Streams a roadmap through {@link RoadmapValidator#openStream} as a JSON Lines reader would. */
  static ValidationReport streamed(RoadmapValidator validator, Roadmap roadmap) {
    StreamValidation run = validator.openStream(roadmap.withActionLines(List.of()));
    List<ActionLineRoadmap> lines = roadmap.getActionLines();
    for (int a = 0; a < lines.size(); a++) {
      if (lines.get(a).getOutcomes().isEmpty()) {
        run.accept(a, lines.get(a), null);
      }
      for (Outcome outcome : lines.get(a).getOutcomes()) {
        run.accept(a, lines.get(a), outcome);
      }
    }
    return run.finish();
  }

  /** The clean fixture with generated tables, targeted defects, and cross-outcome repeats far apart. */
  static Roadmap generated(long seed) {
    Random random = new Random(seed);
    Roadmap roadmap = Fixtures.clean();
    List<Defects.Defect> defects = new ArrayList<>(Defects.all().values());
    for (int i = random.nextInt(4); i > 0; i--) {
      roadmap = defects.get(random.nextInt(defects.size())).apply(roadmap);
    }
    ActionLine[] lines = {ActionLine.C1, ActionLine.C3, ActionLine.C2, ActionLine.C7};
    List<Outcome> all = new ArrayList<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      all.addAll(line.getOutcomes());
    }
    for (int t = random.nextInt(3); t > 0; t--) {
      ActionLine line = lines[random.nextInt(lines.length)];
      int n = random.nextInt(random.nextBoolean() ? 40 : 1300);
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        Outcome outcome = Fixtures.outcome(line, OutcomeSection.GENEVA_TUNIS, String.valueOf(i), 1000 + i, "C20/18");
        if (!all.isEmpty() && random.nextInt(60) == 0) {
          Outcome earlier = all.get(random.nextInt(all.size()));
          outcome = switch (random.nextInt(4)) {
            case 0 -> Fixtures.edit(outcome, b -> b.id(earlier.getId()));
            case 1 -> Fixtures.edit(outcome, b -> b.statement(earlier.getStatement() + " "));
            case 2 -> Fixtures.edit(outcome, b -> b.covidResponse(CovidResponse.builder().addDocument("C 20/18").build()));
            default -> Fixtures.edit(outcome, b -> b.evidence(List.of()));
          };
        }
        outcomes.add(outcome);
        all.add(outcome);
      }
      int fromLine = 1000 * (t + 2);
      roadmap = roadmap.withActionLines(concat(roadmap.getActionLines(), Fixtures.edit(Fixtures.table(line, fromLine), b -> b.outcomes(outcomes))));
    }
    return roadmap;
  }

  private static List<ActionLineRoadmap> concat(List<ActionLineRoadmap> lines, ActionLineRoadmap line) {
    List<ActionLineRoadmap> all = new ArrayList<>(lines);
    all.add(line);
    return all;
  }

  @Test
  void stream_generatedRoadmaps_reportAsTheRoadmap() {
    RoadmapValidator validator = Fixtures.validator();
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = generated(seed);
      assertThat(streamed(validator, roadmap).toJson()).isEqualTo(validator.validate(roadmap).toJson());
    });
  }

  @Test
  void stream_strictProfileAndWaivers_reportAsTheRoadmap() {
    RoadmapValidator validator = RoadmapValidator.builder().clock(Fixtures.CLOCK).profile(Profile.STRICT)
        .waivers(List.of(Waiver.builder().ruleId("WSIS-ID-001").location("C2.GT.*").reason("known").build())).build();
    qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = generated(seed);
      assertThat(streamed(validator, roadmap).toText()).isEqualTo(validator.validate(roadmap).toText());
      assertThat(streamed(validator, roadmap).toSarif()).isEqualTo(validator.validate(roadmap).toSarif());
    });
  }

  @Test
  void stream_findingsWrittenOutInSortedRuns_reportAsTheRoadmap() {
    // A threshold of a few findings writes many sorted runs to the temporary file and merges them.
    RoadmapValidator spilling = RoadmapValidator.builder().clock(Fixtures.CLOCK).spillThreshold(5).build();
    RoadmapValidator validator = Fixtures.validator();
    qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = generated(seed);
      assertThat(streamed(spilling, roadmap).toJson()).isEqualTo(validator.validate(roadmap).toJson());
    });
  }

  @Test
  void stream_findingsWrittenOutWithStrictProfileAndWaivers_reportAsTheRoadmap() {
    List<Waiver> waivers = List.of(Waiver.builder().ruleId("WSIS-ID-001").location("C2.GT.*").reason("known").build(),
        Waiver.builder().ruleId("WSIS-TEXT-003").location("/actionLines/*").reason("known").build());
    RoadmapValidator spilling = RoadmapValidator.builder().clock(Fixtures.CLOCK).profile(Profile.STRICT).waivers(waivers).spillThreshold(3).build();
    RoadmapValidator validator = RoadmapValidator.builder().clock(Fixtures.CLOCK).profile(Profile.STRICT).waivers(waivers).build();
    qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = generated(seed);
      assertThat(streamed(spilling, roadmap).toText()).isEqualTo(validator.validate(roadmap).toText());
      assertThat(streamed(spilling, roadmap).toSarif()).isEqualTo(validator.validate(roadmap).toSarif());
    });
  }

  @Test
  void stream_duplicateIdInALaterBatch_isReportedWithTheFirstPointer() {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 1; i <= 10_000; i++) {
      outcomes.add(Fixtures.outcome(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, String.valueOf(i), i, "C20/18"));
    }
    outcomes.set(9_999, Fixtures.edit(outcomes.get(9_999), b -> b.id(outcomes.get(0).getId())));
    Roadmap roadmap = Fixtures.withLine(Fixtures.clean(), 0, line -> Fixtures.edit(line, b -> b.outcomes(outcomes)));

    ValidationReport report = streamed(Fixtures.validator(), roadmap);

    assertThat(report.findingsOf("WSIS-ID-001")).singleElement().satisfies(f -> assertThat(f.getMessage())
        .isEqualTo("outcome id must be unique, but 'C2.GT.1' is also the id of /actionLines/0/outcomes/0"));
  }

  @Test
  void stream_outOfOrderTable_throws() {
    StreamValidation run = Fixtures.validator().openStream(Fixtures.clean());
    run.actionLine(0, Fixtures.table(ActionLine.C1, 1));

    assertThatThrownBy(() -> run.actionLine(2, Fixtures.table(ActionLine.C2, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action line tables must come in order, so the next index is 1, but was: 2");
  }

  @Test
  void stream_afterFinish_throws() {
    StreamValidation run = Fixtures.validator().openStream(Fixtures.clean());
    run.finish();

    assertThatThrownBy(run::finish).isInstanceOf(IllegalStateException.class);
  }
}
