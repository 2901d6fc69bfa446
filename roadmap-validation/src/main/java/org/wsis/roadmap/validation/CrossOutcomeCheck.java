package org.wsis.roadmap.validation;

import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Roadmap;

/**
 * A check that compares outcomes with each other (unique ids, repeated statements, label
 * sequences), declaring the state it keeps as a {@link State}: one state per run sees every outcome
 * once, in document order, on one thread.
 *
 * <pre>{@code
 * public Key prepare(OutcomeContext outcome) {            // on any thread, with checkOutcome
 *   return new Key(outcome.getOutcome().getStatement().toLowerCase(Locale.ROOT));
 * }
 * public State<Key> newState(boolean stream) {
 *   return (outcome, key, sink) -> ...;                   // in document order, one thread
 * }
 * }</pre>
 *
 * <p>{@link #prepare} runs next to {@link #checkOutcome}, possibly on several threads, and hands
 * the state what it needs of the outcome (a key, a hash), so that the work in document order stays
 * small. When the outcomes come from a stream ({@link RoadmapValidator#openStream}), the state must
 * keep a fixed amount per outcome (a hash, an index), never the outcome itself, so that a stream of
 * any length is checked in bounded memory.
 *
 * @param <T> what {@link #prepare} hands to the state
 */
public interface CrossOutcomeCheck<T> extends RuleCheck {
  /**
   * Extracts what the state needs of one outcome; called on any thread, in no particular order, and
   * possibly while the state is seeing earlier outcomes on another thread.
   *
   * @param outcome the outcome and where it stands
   * @return what {@link State#accept} receives, or null when the state needs nothing of this outcome
   */
  @Nullable T prepare(OutcomeContext outcome);

  /**
   * Returns a new state for one run.
   *
   * @param stream true when the outcomes come from a stream of any length, so that the state must
   *     keep a fixed amount per outcome; false when the whole roadmap is in memory anyway
   * @return the state
   */
  State<T> newState(boolean stream);

  /**
   * What a cross-outcome check keeps during one run. It sees the header, then each table's start,
   * its outcomes and its end, in document order, on one thread; then {@link #finish}.
   *
   * @param <T> what {@link CrossOutcomeCheck#prepare} hands over
   */
  interface State<T> {
    /**
     * Starts the run.
     *
     * @param header the roadmap's properties; its tables are not listed when a stream is validated
     * @param sink where findings go
     */
    default void start(Roadmap header, FindingSink sink) {}

    /**
     * Starts a table.
     *
     * @param index the table's index in the roadmap
     * @param actionLine the table; do not read its outcomes
     * @param sink where findings go
     */
    default void startActionLine(int index, ActionLineRoadmap actionLine, FindingSink sink) {}

    /**
     * Takes the next outcome in document order.
     *
     * @param outcome the outcome and where it stands
     * @param prepared what {@link CrossOutcomeCheck#prepare} returned for it
     * @param sink where findings go
     */
    void accept(OutcomeContext outcome, @Nullable T prepared, FindingSink sink);

    /**
     * Ends a table.
     *
     * @param index the table's index in the roadmap
     * @param actionLine the table; do not read its outcomes
     * @param outcomes how many outcomes the table had
     * @param sink where findings go
     */
    default void endActionLine(int index, ActionLineRoadmap actionLine, int outcomes, FindingSink sink) {}

    /**
     * Ends the run.
     *
     * @param sink where findings go
     */
    default void finish(FindingSink sink) {}
  }
}
