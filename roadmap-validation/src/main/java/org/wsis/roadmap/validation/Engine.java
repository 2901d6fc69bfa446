package org.wsis.roadmap.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;

/**
 * One validation run: feeds the header, the tables and their outcomes in document order to the rule
 * families ({@link RuleCheck}s), then the roadmap as a whole.
 *
 * <p>Outcomes are buffered and checked in chunks of {@link #CHUNK}, which may run on the common
 * fork-join pool: each chunk runs the per-outcome checks ({@link RuleCheck#checkOutcome}, the shape
 * constraints) and the {@link CrossOutcomeCheck#prepare} step of the cross-outcome checks into its
 * own list. The chunks are then replayed in document order on the calling thread, where the states
 * of the cross-outcome checks see each outcome. When a batch of {@link #BATCH} outcomes is full, it
 * is handed to the pool and the calling thread goes on (reading the next outcomes of a stream, or
 * replaying the batch before): the pool checks one batch while the caller reads or replays, and the
 * caller checks what the pool has not taken when it comes to replay the batch. Findings are sorted
 * afterwards, so the report is the same however the chunks ran. Findings go to a {@link
 * FindingStore}, which writes sorted runs of them to a temporary file past a threshold and merges
 * them at the end. A run over a {@link Roadmap} and a run over a stream of the same outcomes differ
 * only in the states: exact hash maps for a roadmap in memory, fixed-size fingerprints ({@link
 * Fingerprints}) for a stream.
 *
 * <p>Not thread-safe: one run, one thread (which may hand chunks to the pool).
 */
final class Engine {
  /** Outcomes per chunk: large enough that handing a chunk to another thread costs little. */
  static final int CHUNK = 512;

  /** Outcomes buffered before a replay: bounded, whatever the length of a stream. */
  private static final int BATCH = 8 * CHUNK;

  private final Profile profile;
  private final int editionYear;
  private final boolean parallel;
  private final boolean shapes;
  private final List<RuleCheck> checks;
  private final List<CrossOutcomeCheck<Object>> cross = new ArrayList<>();
  private final List<CrossOutcomeCheck.State<Object>> states = new ArrayList<>();
  private final Set<RuleDefinition> known;
  private final FindingStore findings;
  private final Sink sink;

  private @Nullable Roadmap header;
  private final List<ActionLineRoadmap> tables = new ArrayList<>();
  private int table = -1;
  private @Nullable ActionLineRoadmap line;
  private Set<String> footnotes = Set.of();
  private int outcomesInTable;
  private List<OutcomeContext> buffer = new ArrayList<>();
  /** Batches handed to the pool and not yet replayed, oldest first: at most two. */
  private final ArrayDeque<Batch> pending = new ArrayDeque<>();

  @SuppressWarnings("unchecked")
  Engine(Profile profile, int editionYear, boolean parallel, boolean stream, List<RuleCheck> checks, Set<RuleDefinition> known,
      int spillThreshold) {
    this.findings = new FindingStore(spillThreshold, parallel);
    this.sink = new Sink(findings::add);
    this.profile = profile;
    this.editionYear = editionYear;
    this.parallel = parallel;
    this.shapes = profile.isEnabled(Rule.STR_001);
    this.checks = checks;
    this.known = known;
    for (RuleCheck check : checks) {
      if (check instanceof CrossOutcomeCheck<?> c) {
        CrossOutcomeCheck<Object> typed = (CrossOutcomeCheck<Object>) c;
        cross.add(typed);
        states.add(typed.newState(stream));
      }
    }
  }

  /** The built-in rule families, new for each run (the SDG family caches cell readings per run). */
  static List<RuleCheck> builtIns() {
    return List.of(new StructureChecks(), new IdentityChecks(), new SdgChecks(), new GdcChecks(), new MatrixChecks(), new TimingChecks(),
        new ReferenceChecks(), new ResultChecks(), new TextChecks(), new CovidChecks());
  }

  /** Starts the run with the roadmap's properties; its tables may be listed or not. */
  void start(Roadmap header) {
    this.header = header;
    for (CrossOutcomeCheck.State<Object> state : states) {
      state.start(header, sink);
    }
  }

  /** Starts table {@code index}, ending the one before. */
  void actionLine(int index, ActionLineRoadmap actionLine) {
    endTable();
    table = index;
    line = actionLine;
    tables.add(actionLine);
    outcomesInTable = 0;
    Set<String> notes = new HashSet<>();
    Texts.collectFootnotes(actionLine.getNotes(), notes);
    Texts.collectFootnotes(header().getIntroduction(), notes);
    footnotes = notes;
    for (CrossOutcomeCheck.State<Object> state : states) {
      state.startActionLine(index, actionLine, sink);
    }
  }

  /** Takes the next outcome of the current table. */
  void outcome(Outcome outcome) {
    if (line == null) {
      throw new IllegalStateException("an outcome must follow the start of its action line table, but none was started");
    }
    buffer.add(new OutcomeContext(outcome, line, table, outcomesInTable++, footnotes));
    if (buffer.size() >= BATCH) {
      submit();
      while (pending.size() > 1) {
        replay(pending.poll()); // the batch before; the new one is being checked meanwhile
      }
    }
  }

  /**
   * Ends the run.
   *
   * @param roadmap the roadmap for the roadmap-wide checks: the whole roadmap, or the header with
   *     the tables but not their outcomes
   * @return the findings: as found, or in report order when the run wrote some to a temporary file
   */
  List<Finding> finish(Roadmap roadmap) {
    endTable();
    for (RuleCheck check : checks) {
      check.checkRoadmap(roadmap, sink);
    }
    for (CrossOutcomeCheck.State<Object> state : states) {
      state.finish(sink);
    }
    states.clear(); // what the cross-outcome checks kept is garbage before the findings are merged
    findings.addAll(Shapes.check(roadmap, profile));
    return findings.finish();
  }

  /** The tables seen so far, as the run was told of them. */
  List<ActionLineRoadmap> tables() {
    return tables;
  }

  private Roadmap header() {
    if (header == null) {
      throw new IllegalStateException("a run must start with the roadmap's header");
    }
    return header;
  }

  private void endTable() {
    flush();
    if (line != null) {
      for (CrossOutcomeCheck.State<Object> state : states) {
        state.endActionLine(table, line, outcomesInTable, sink);
      }
      line = null;
    }
  }

  /** A chunk's findings and what its outcomes prepared for the cross-outcome states. */
  private record Unit(List<Finding> findings, Object[][] prepared) {}

  /** Checks and replays every outcome taken so far. */
  private void flush() {
    submit();
    while (!pending.isEmpty()) {
      replay(pending.poll());
    }
  }

  /** Hands the buffered outcomes, as a batch, to the common pool (when parallel) and empties the buffer. */
  private void submit() {
    if (buffer.isEmpty()) {
      return;
    }
    Batch batch = new Batch(buffer);
    buffer = new ArrayList<>();
    pending.add(batch);
    if (parallel) {
      int workers = Math.min(batch.units.length, Math.max(1, ForkJoinPool.getCommonPoolParallelism()));
      for (int w = 0; w < workers; w++) {
        ForkJoinPool.commonPool().execute(batch::work);
      }
    }
  }

  /** Checks what no thread took yet of a batch on this thread, waits for the rest, then replays it in document order. */
  private void replay(Batch batch) {
    batch.work();
    batch.await();
    for (int c = 0; c < batch.units.length; c++) {
      Unit unit = batch.units[c];
      findings.addAll(unit.findings());
      int from = c * CHUNK;
      for (int i = 0; i < unit.prepared().length; i++) {
        OutcomeContext context = batch.contexts.get(from + i);
        Object[] prepared = unit.prepared()[i];
        for (int k = 0; k < states.size(); k++) {
          states.get(k).accept(context, prepared[k], sink);
        }
      }
    }
  }

  /**
   * Outcomes checked in chunks by whichever threads come: pool threads and, at replay, the calling
   * thread, each claiming the next chunk not yet taken.
   */
  private final class Batch {
    final List<OutcomeContext> contexts;
    final Unit[] units;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;
    private volatile @Nullable Throwable failure;

    Batch(List<OutcomeContext> contexts) {
      this.contexts = contexts;
      this.units = new Unit[(contexts.size() + CHUNK - 1) / CHUNK];
      this.done = new CountDownLatch(units.length);
    }

    void work() {
      for (int c = next.getAndIncrement(); c < units.length; c = next.getAndIncrement()) {
        try {
          units[c] = check(contexts, c);
        } catch (RuntimeException | Error e) {
          if (failure == null) {
            failure = e;
          }
        } finally {
          done.countDown();
        }
      }
    }

    void await() {
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable thrown = failure;
      if (thrown instanceof RuntimeException e) {
        throw e;
      }
      if (thrown instanceof Error e) {
        throw e;
      }
    }
  }

  private Unit check(List<OutcomeContext> contexts, int chunk) {
    int from = chunk * CHUNK;
    int to = Math.min(contexts.size(), from + CHUNK);
    List<Finding> out = new ArrayList<>();
    Sink local = new Sink(out::add);
    Object[][] prepared = new Object[to - from][];
    for (int i = from; i < to; i++) {
      OutcomeContext context = contexts.get(i);
      if (shapes) {
        out.addAll(Shapes.checkOutcome(context.getOutcome(), context.getPointer(), profile));
      }
      for (RuleCheck check : checks) {
        check.checkOutcome(context, local);
      }
      Object[] keys = new Object[cross.size()];
      for (int k = 0; k < keys.length; k++) {
        keys[k] = cross.get(k).prepare(context);
      }
      prepared[i - from] = keys;
    }
    return new Unit(out, prepared);
  }

  /** Turns reports into findings with the profile's severity. */
  private final class Sink implements FindingSink {
    private final Consumer<Finding> out;

    Sink(Consumer<Finding> out) {
      this.out = out;
    }

    @Override
    public void report(RuleDefinition rule, String pointer, Optional<OutcomeId> outcomeId, Optional<Integer> line, String message) {
      if (!(rule instanceof Rule) && !known.contains(rule)) {
        throw new IllegalArgumentException("a check must report one of the rules it declares, but reported: '" + rule.getId() + "'");
      }
      Optional<Severity> severity = profile.severityOf(rule);
      if (severity.isEmpty()) {
        return;
      }
      out.accept(Finding.builder().rule(rule).severity(severity.get()).message(message).pointer(pointer).outcomeId(outcomeId).line(line).build());
    }

    @Override
    public boolean isEnabled(RuleDefinition rule) {
      return profile.isEnabled(rule);
    }

    @Override
    public int getEditionYear() {
      return editionYear;
    }
  }
}
