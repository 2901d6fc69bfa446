package org.wsis.roadmap.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.Profile;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Time of one validation run by roadmap size, with and without the Bean Validation shape check,
 * and on one thread, next to a baseline that visits every outcome once; linear growth shows as a
 * constant time per outcome. Goals: time at 100,000 at most 11 times the time at 10,000, and under one second.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ValidationBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  /** The number of outcomes. */
  @Param({"1000", "10000", "100000"})
  public int outcomes;

  /** The default limits but for the document length: 100,000 outcomes are about 410 MB of JSON. */
  private static final org.wsis.roadmap.io.ReadLimits LIMITS =
      org.wsis.roadmap.io.ReadLimits.defaults().toBuilder().maxDocumentLength(Long.MAX_VALUE).build();

  private Roadmap roadmap;
  private byte[] json;
  private RoadmapValidator all;
  private RoadmapValidator oneThread;
  private RoadmapValidator rulesOnly;

  /** Builds the roadmap and the validators. */
  @Setup
  public void setUp() {
    roadmap = SyntheticRoadmaps.of(outcomes);
    json = org.wsis.roadmap.io.RoadmapJson.toBytes(roadmap);
    all = RoadmapValidator.create();
    oneThread = RoadmapValidator.builder().parallel(false).build();
    rulesOnly = RoadmapValidator.builder().profile(Profile.DEFAULT.without("WSIS-STR-001")).build();
  }

  /**
   * Validates with every rule, the shape check included.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return all.validate(roadmap);
  }

  /**
   * Validates with every rule on the calling thread only ({@code parallel(false)}), to show what the
   * chunks on the fork-join pool gain.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateOnOneThread() {
    return oneThread.validate(roadmap);
  }

  /**
   * Baseline: one pass over every outcome that touches each text and list, the floor of any check
   * that looks at every outcome once.
   *
   * @return a checksum
   */
  @Benchmark
  public long visitEveryOutcomeBaseline() {
    long sum = 0;
    for (org.wsis.roadmap.Outcome o : roadmap.outcomes()) {
      sum += o.getId().hashCode() + o.getStatement().length() + o.getSdgLinks().size() + o.getReferences().size()
          + o.getEvidence().size() + o.getResults().getAchievements().size();
    }
    return sum;
  }

  /**
   * Baseline: the typed JSON read of the same outcomes (strict, located, duplicate-checking), which
   * validating should not exceed.
   *
   * @return the roadmap read
   */
  @Benchmark
  public Roadmap typedJsonReadBaseline() {
    return org.wsis.roadmap.io.RoadmapFormat.json().reader().withLimits(LIMITS).read(json).getRoadmap();
  }

  /**
   * Validates with the consistency rules only.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateRulesOnly() {
    return rulesOnly.validate(roadmap);
  }
}
