package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/** Properties of validation over generated roadmaps, valid and broken. */
final class RoadmapValidatorPropertiesTest {
  private static final RoadmapValidator VALIDATOR = Fixtures.validator();
  private static final List<Rule> DEFECT_RULES = new ArrayList<>(Defects.all().keySet());

  /** A generated roadmap with up to three targeted defects and random text in one outcome. */
  private static Roadmap broken(long seed) {
    Random random = new Random(seed);
    Roadmap roadmap = LocalRoadmapGenerator.valid(random, 4 + random.nextInt(40));
    int defects = random.nextInt(4);
    for (int i = 0; i < defects; i++) {
      Rule rule = DEFECT_RULES.get(random.nextInt(DEFECT_RULES.size()));
      if (rule == Rule.STR_004) {
        // Removing every table leaves nothing for further defects to change.
        return Defects.all().get(rule).change.apply(roadmap);
      }
      roadmap = Defects.all().get(rule).change.apply(roadmap);
    }
    if (roadmap.getActionLines().isEmpty() || roadmap.getActionLines().get(0).getOutcomes().isEmpty()) {
      return roadmap;
    }
    return Fixtures.withOutcome(roadmap, 0, 0, o -> junk(random, o));
  }

  private static Outcome junk(Random random, Outcome outcome) {
    String text = randomText(random);
    int year = random.nextInt(5000) - 1000;
    TimingEntry entry = TimingEntry.builder().raw(text.isEmpty() ? " " : text)
        .kind(TimingEntry.Kind.values()[random.nextInt(TimingEntry.Kind.values().length)])
        .from(year).to(year + random.nextInt(100) - 50).build();
    return Fixtures.edit(outcome, b -> b.statement(text)
        .addEvidence(randomText(random))
        .timing(Timing.builder().raw(randomText(random)).addEntry(entry).build()));
  }

  private static String randomText(Random random) {
    String alphabet = "aZ09 ()[]<>&;./-\u00B9\u2077\u00E9\t";
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void validate_generatedRoadmap_hasNoFinding() {
    qt().withExamples(60).forAll(longs().all(), integers().between(4, 80)).checkAssert((seed, size) ->
        assertThat(VALIDATOR.validate(LocalRoadmapGenerator.valid(new Random(seed), size)).getFindings()).isEmpty());
  }

  @Test
  void validate_anyRoadmap_isTotal() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      ValidationReport report = VALIDATOR.validate(broken(seed));
      assertThat(report.toText()).startsWith("WSIS roadmap validation report");
      assertThat(report.toJson()).startsWith("{");
      assertThat(report.toSarif()).contains("\"version\" : \"2.1.0\"");
    });
  }

  @Test
  void validate_sameInput_sameReportBytes() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      ValidationReport first = VALIDATOR.validate(broken(seed));
      ValidationReport second = Fixtures.validator().validate(broken(seed));
      assertThat(second.toJson()).isEqualTo(first.toJson());
      assertThat(second.toText()).isEqualTo(first.toText());
      assertThat(second.toSarif()).isEqualTo(first.toSarif());
    });
  }

  @Test
  void validate_oneTargetedDefect_yieldsExactlyThatRule() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, DEFECT_RULES.size() - 1)).checkAssert((seed, index) -> {
      Random random = new Random(seed);
      Roadmap valid = LocalRoadmapGenerator.valid(random, 4 + random.nextInt(30));
      Rule rule = DEFECT_RULES.get(index);

      Set<String> rules = VALIDATOR.validate(Defects.all().get(rule).change.apply(valid)).getFindings().stream()
          .map(Finding::getRuleId)
          .collect(Collectors.toSet());

      assertThat(rules).containsExactly(rule.getId());
    });
  }

  @Test
  void validate_eightThreadsAtOnce_giveTheSequentialReports() throws Exception {
    List<Roadmap> roadmaps = new ArrayList<>();
    for (long seed = 0; seed < 64; seed++) {
      roadmaps.add(broken(seed));
    }
    List<String> expected = roadmaps.stream().map(r -> VALIDATOR.validate(r).toJson()).collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (Roadmap roadmap : roadmaps) {
          futures.add(pool.submit(() -> VALIDATOR.validate(roadmap).toJson()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % roadmaps.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
