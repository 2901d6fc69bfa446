package org.wsis.roadmap.benchmarks;

import java.util.HashMap;
import java.util.Map;
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
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.query.RoadmapDiff;
import org.wsis.roadmap.query.RoadmapIndex;

/**
 * Index building and the semantic diff at 10,000 outcomes, each next to a baseline: a hash map of
 * outcomes by id, and a join by id that compares each pair with {@code equals}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar QueryBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryBenchmark {
  /** The number of outcomes. */
  @Param({"10000"})
  public int outcomes;

  private Roadmap older;
  private Roadmap newer;

  /** Builds the roadmap and a newer edition with every tenth statement changed. */
  @Setup
  public void setUp() {
    older = SyntheticRoadmaps.of(outcomes);
    Roadmap.Builder b = Roadmap.builder().from(older).actionLines(java.util.List.of());
    int[] n = {0};
    for (ActionLineRoadmap table : older.getActionLines()) {
      ActionLineRoadmap.Builder t = ActionLineRoadmap.builder().from(table).outcomes(java.util.List.of());
      for (Outcome o : table.getOutcomes()) {
        t.addOutcome(n[0]++ % 10 == 0 ? o.withStatement(o.getStatement() + " Revised in the newer edition.") : o);
      }
      b.addActionLine(t.build());
    }
    newer = b.build();
  }

  /**
   * Builds the index.
   *
   * @return the index
   */
  @Benchmark
  public RoadmapIndex index() {
    return RoadmapIndex.of(older);
  }

  /**
   * Baseline: a hash map of outcomes by id.
   *
   * @return the map
   */
  @Benchmark
  public Map<OutcomeId, Outcome> indexBaseline() {
    Map<OutcomeId, Outcome> byId = new HashMap<>();
    for (Outcome o : older.outcomes()) {
      byId.put(o.getId(), o);
    }
    return byId;
  }

  /**
   * The semantic diff of the two editions.
   *
   * @return the diff
   */
  @Benchmark
  public RoadmapDiff diff() {
    return RoadmapDiff.between(older, newer);
  }

  /**
   * Baseline: joins the outcomes of both editions by id and counts the pairs that differ.
   *
   * @return the number of changed outcomes
   */
  @Benchmark
  public int diffBaseline() {
    Map<OutcomeId, Outcome> byId = new HashMap<>();
    for (Outcome o : older.outcomes()) {
      byId.put(o.getId(), o);
    }
    int changed = 0;
    for (Outcome o : newer.outcomes()) {
      if (!o.equals(byId.get(o.getId()))) {
        changed++;
      }
    }
    return changed;
  }
}
