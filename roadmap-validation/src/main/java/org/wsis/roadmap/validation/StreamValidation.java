package org.wsis.roadmap.validation;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/**
 * One validation of a stream of outcomes, started by {@link RoadmapValidator#openStream(Roadmap)}:
 * tables and outcomes go in, in document order, and {@link #finish()} returns the report.
 *
 * <pre>{@code
 * StreamValidation run = validator.openStream(header);
 * run.actionLine(0, c1Table);          // the table's properties; its outcomes are not read
 * outcomesOfC1.forEach(run::outcome);  // an Iterator, a Stream, a JSON Lines reader
 * ValidationReport report = run.finish();
 * }</pre>
 *
 * <p>Memory stays bounded whatever the length of the stream: outcomes are checked in batches of a
 * few thousand and dropped, the cross-outcome rules keep a fixed-size fingerprint per outcome
 * (about 100 bytes), and past 65,536 findings the findings are written to a temporary file in sorted
 * runs, merged by {@link #finish()}. The report holds every finding in memory. The report equals the report
 * of {@link RoadmapValidator#validate(Roadmap)} for the same outcomes held as a roadmap. An
 * instance is for one thread and one run.
 */
public final class StreamValidation {
  private final RoadmapValidator validator;
  private final Engine engine;
  private final Roadmap header;
  private final LocalDate today;
  private int table = -1;
  private boolean finished;

  StreamValidation(RoadmapValidator validator, Engine engine, Roadmap header, LocalDate today) {
    this.validator = validator;
    this.engine = engine;
    this.header = header;
    this.today = today;
  }

  /**
   * Starts the next table; the outcomes that follow belong to it.
   *
   * @param index the table's index in the roadmap: one more than the table before, from 0
   * @param actionLine the table's properties; its outcomes, if any, are ignored
   * @return this run
   * @throws IllegalArgumentException when the index is not the next one
   * @throws IllegalStateException when the run is finished
   */
  public StreamValidation actionLine(int index, ActionLineRoadmap actionLine) {
    Objects.requireNonNull(actionLine, "actionLine");
    open();
    if (index != table + 1) {
      throw new IllegalArgumentException("action line tables must come in order, so the next index is " + (table + 1) + ", but was: " + index);
    }
    table = index;
    engine.actionLine(index, actionLine.getOutcomes().isEmpty() ? actionLine : actionLine.withOutcomes(java.util.List.of()));
    return this;
  }

  /**
   * Takes the next outcome of the current table.
   *
   * @param outcome the outcome
   * @return this run
   * @throws IllegalStateException when no table was started, or the run is finished
   */
  public StreamValidation outcome(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    open();
    engine.outcome(outcome);
    return this;
  }

  /**
   * Takes one item of a JSON Lines stream: an outcome with its table, or a table with no outcome.
   * A new index starts the next table.
   *
   * @param actionLineIndex the table's index
   * @param actionLine the table's properties
   * @param outcome the outcome, or null for an item that only states the table
   * @return this run
   * @throws IllegalArgumentException when the index is neither the current table's nor the next one
   * @throws IllegalStateException when the run is finished
   */
  public StreamValidation accept(int actionLineIndex, ActionLineRoadmap actionLine, @Nullable Outcome outcome) {
    if (actionLineIndex != table) {
      actionLine(actionLineIndex, actionLine);
    }
    if (outcome != null) {
      outcome(outcome);
    }
    return this;
  }

  /**
   * Takes the outcomes of the current table from an iterator, to its end.
   *
   * @param outcomes the outcomes
   * @return this run
   */
  public StreamValidation outcomes(Iterator<? extends Outcome> outcomes) {
    outcomes.forEachRemaining(this::outcome);
    return this;
  }

  /**
   * Takes the outcomes of the current table from a stream, in its encounter order.
   *
   * @param outcomes the outcomes
   * @return this run
   */
  public StreamValidation outcomes(Stream<? extends Outcome> outcomes) {
    return outcomes(outcomes.iterator());
  }

  /**
   * Ends the run: the roadmap-wide rules run, waivers apply, and findings are sorted.
   *
   * @return the report
   * @throws IllegalStateException when the run is already finished
   */
  public ValidationReport finish() {
    open();
    finished = true;
    Roadmap skeleton = header.withActionLines(engine.tables());
    return validator.report(header, engine.finish(skeleton), today, true);
  }

  private void open() {
    if (finished) {
      throw new IllegalStateException("a stream validation takes no input after finish()");
    }
  }
}
