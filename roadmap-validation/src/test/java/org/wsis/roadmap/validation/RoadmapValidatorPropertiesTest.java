package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
import org.wsis.roadmap.testkit.RoadmapGenerator;

/**
 * Properties of validation over roadmaps of the test kit's generator, valid and broken. The test
 * kit's roadmaps are valid models, not necessarily free of findings; a targeted defect is applied
 * to a finding-free table appended to such a roadmap, and only the findings the defect adds count.
 */
final class RoadmapValidatorPropertiesTest {
  private static final RoadmapValidator VALIDATOR = Fixtures.validator();
  private static final List<Rule> DEFECT_RULES = new ArrayList<>(Defects.all().keySet());

  /** A generated roadmap dated 2024-10-11, without facilitator, with a finding-free table appended last. */
  private static Roadmap withCleanTable(Random random) {
    Roadmap generated = RoadmapGenerator.valid(random, 1 + random.nextInt(8));
    return Fixtures.edit(generated, b -> b.asOf(LocalDate.of(2024, 10, 11)).facilitator(Optional.empty())
        .addActionLine(Fixtures.table(Defects.unused(generated), 9000)));
  }

  /** A generated roadmap with up to three targeted defects and random text in one outcome. */
  private static Roadmap broken(long seed) {
    Random random = new Random(seed);
    boolean applicable = random.nextBoolean();
    Roadmap roadmap = applicable ? withCleanTable(random) : RoadmapGenerator.valid(random, random.nextInt(10));
    int table = roadmap.getActionLines().size() - 1;
    for (int i = 0, defects = random.nextInt(4); applicable && i < defects; i++) {
      Rule rule = DEFECT_RULES.get(random.nextInt(DEFECT_RULES.size()));
      roadmap = Defects.all().get(rule).apply(roadmap, table);
      if (rule == Rule.STR_004 || rule == Rule.STR_002 || rule == Rule.STR_003 || rule == Rule.ID_001 || rule == Rule.STR_005) {
        break; // the table no longer has the shape further defects expect
      }
    }
    for (int t = 0; t < roadmap.getActionLines().size(); t++) {
      if (!roadmap.getActionLines().get(t).getOutcomes().isEmpty()) {
        return Fixtures.withOutcome(roadmap, t, 0, o -> junk(random, o));
      }
    }
    return roadmap;
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

  private static Set<String> keys(ValidationReport report) {
    return report.getFindings().stream()
        .map(f -> f.getRuleId() + " " + f.getPointer() + " " + f.getMessage())
        .collect(Collectors.toSet());
  }

  @Test
  void validate_anyRoadmap_isTotal() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
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
    qt().withExamples(300).forAll(longs().all(), integers().between(0, DEFECT_RULES.size() - 1)).checkAssert((seed, index) -> {
      Roadmap valid = withCleanTable(new Random(seed));
      Rule rule = DEFECT_RULES.get(index);
      Set<String> before = keys(VALIDATOR.validate(valid));

      Set<String> added = new HashSet<>(keys(VALIDATOR.validate(Defects.all().get(rule).apply(valid, valid.getActionLines().size() - 1))));
      added.removeAll(before);

      assertThat(added.stream().map(key -> key.substring(0, key.indexOf(' '))).collect(Collectors.toSet()))
          .containsExactly(rule.getId());
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
