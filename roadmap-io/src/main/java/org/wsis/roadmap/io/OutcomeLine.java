package org.wsis.roadmap.io;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;

/**
 * One item line of a JSON Lines stream: an outcome with its action line, or an action line that has
 * no outcomes.
 *
 * <pre>{@code
 * try (OutcomeLineReader lines = RoadmapJsonLines.open(path)) {
 *   lines.forEachRemaining(line -> line.getOutcome().ifPresent(this::index));
 * }
 * }</pre>
 *
 * <p>This is a value-based class; instances are immutable and thread-safe.
 */
public final class OutcomeLine {
  private final int line;
  private final int actionLineIndex;
  private final ActionLineRoadmap actionLine;
  private final @Nullable Outcome outcome;

  /**
   * Creates an item line.
   *
   * @param line the line number in the stream, from 1
   * @param actionLineIndex the position of the action line in the roadmap, from 0
   * @param actionLine the action line, without its outcomes
   * @param outcome the outcome, or null for an action line with no outcomes
   */
  public OutcomeLine(int line, int actionLineIndex, ActionLineRoadmap actionLine, @Nullable Outcome outcome) {
    this.line = line;
    this.actionLineIndex = actionLineIndex;
    this.actionLine = Objects.requireNonNull(actionLine, "actionLine");
    this.outcome = outcome;
  }

  /**
   * Returns the line number in the stream.
   *
   * @return from 1 (line 1 is the header)
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the position of the action line in the roadmap.
   *
   * @return from 0
   */
  public int getActionLineIndex() {
    return actionLineIndex;
  }

  /**
   * Returns the action line, without its outcomes.
   *
   * @return the action line roadmap with an empty outcome list
   */
  public ActionLineRoadmap getActionLine() {
    return actionLine;
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome, or empty for an action line with no outcomes
   */
  public Optional<Outcome> getOutcome() {
    return Optional.ofNullable(outcome);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof OutcomeLine)) {
      return false;
    }
    OutcomeLine other = (OutcomeLine) o;
    return line == other.line && actionLineIndex == other.actionLineIndex && actionLine.equals(other.actionLine)
        && Objects.equals(outcome, other.outcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, actionLineIndex, actionLine, outcome);
  }

  @Override
  public String toString() {
    return "OutcomeLine{line=" + line + ", actionLine=" + actionLine.getActionLine()
        + ", outcome=" + (outcome == null ? "none" : outcome.getId()) + "}";
  }
}
