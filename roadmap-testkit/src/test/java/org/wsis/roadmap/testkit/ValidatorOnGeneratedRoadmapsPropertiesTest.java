package org.wsis.roadmap.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * The validator on the test kit's roadmaps, valid and broken (a defect, plus random text and years in
 * one outcome): total, deterministic, and safe to share between threads.
 */
final class ValidatorOnGeneratedRoadmapsPropertiesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC);
  private static final RoadmapValidator VALIDATOR = RoadmapValidator.builder().clock(CLOCK).build();

  /** A generated roadmap, with a defect half of the time, and random text and years in its first outcome. */
  private static Roadmap broken(long seed) {
    Random random = new Random(seed);
    int size = random.nextInt(8);
    Roadmap roadmap = random.nextBoolean() ? RoadmapGenerator.valid(random, size)
        : RoadmapGenerator.withDefect(random, size, Defect.values()[random.nextInt(Defect.values().length)]);
    if (roadmap.getActionLines().isEmpty() || roadmap.getActionLines().get(0).getOutcomes().isEmpty()) {
      return roadmap;
    }
    ActionLineRoadmap line = roadmap.getActionLines().get(0);
    List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
    outcomes.set(0, junk(random, outcomes.get(0)));
    List<ActionLineRoadmap> lines = new ArrayList<>(roadmap.getActionLines());
    lines.set(0, ActionLineRoadmap.builder().from(line).outcomes(outcomes).build());
    return Roadmap.builder().from(roadmap).actionLines(lines).build();
  }

  private static Outcome junk(Random random, Outcome outcome) {
    String text = randomText(random);
    int year = random.nextInt(5000) - 1000;
    TimingEntry entry = TimingEntry.builder().raw(text.isEmpty() ? " " : text)
        .kind(TimingEntry.Kind.values()[random.nextInt(TimingEntry.Kind.values().length)])
        .from(year).to(year + random.nextInt(100) - 50).build();
    return Outcome.builder().from(outcome).statement(text)
        .addEvidence(randomText(random))
        .timing(Timing.builder().raw(randomText(random)).addEntry(entry).build())
        .build();
  }

  private static String randomText(Random random) {
    String alphabet = "aZ09 ()[]<>&;./-\u00B9\u2077\u00E9\t";
    StringBuilder sb = new StringBuilder();
    for (int i = 0, length = random.nextInt(30); i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
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
      ValidationReport second = RoadmapValidator.builder().clock(CLOCK).build().validate(broken(seed));
      assertThat(second.toJson()).isEqualTo(first.toJson());
      assertThat(second.toText()).isEqualTo(first.toText());
      assertThat(second.toSarif()).isEqualTo(first.toSarif());
    });
  }

  @Test
  void validate_eightThreadsAtOnce_giveTheSequentialReports() throws Exception {
    List<Roadmap> roadmaps = new ArrayList<>();
    for (long seed = 0; seed < 32; seed++) {
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
