package org.wsis.roadmap.validation;

import java.util.Set;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;

/**
 * One outcome as a {@link RuleCheck} sees it: the outcome, its table and where it stands.
 *
 * <pre>{@code
 * String pointer = context.getPointer();            // "/actionLines/0/outcomes/3"
 * ActionLine line = context.getActionLine().getActionLine();
 * }</pre>
 *
 * <p>{@link #getActionLine()} carries the table's own properties (action line, title, notes,
 * source); a check must not read its outcomes, which a stream does not hold. Instances are
 * immutable and thread-safe.
 */
public final class OutcomeContext {
  private final Outcome outcome;
  private final ActionLineRoadmap actionLine;
  private final int actionLineIndex;
  private final int outcomeIndex;
  private final Set<String> footnotes;
  private final String pointer;

  OutcomeContext(Outcome outcome, ActionLineRoadmap actionLine, int actionLineIndex, int outcomeIndex, Set<String> footnotes) {
    this.outcome = outcome;
    this.actionLine = actionLine;
    this.actionLineIndex = actionLineIndex;
    this.outcomeIndex = outcomeIndex;
    this.footnotes = footnotes;
    this.pointer = "/actionLines/" + actionLineIndex + "/outcomes/" + outcomeIndex;
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public Outcome getOutcome() {
    return outcome;
  }

  /**
   * Returns the table the outcome stands in; do not read its outcomes.
   *
   * @return the table
   */
  public ActionLineRoadmap getActionLine() {
    return actionLine;
  }

  /**
   * Returns the index of the table in the roadmap.
   *
   * @return from 0
   */
  public int getActionLineIndex() {
    return actionLineIndex;
  }

  /**
   * Returns the index of the outcome in its table.
   *
   * @return from 0
   */
  public int getOutcomeIndex() {
    return outcomeIndex;
  }

  /**
   * Returns the JSON pointer of the outcome from the roadmap's root.
   *
   * @return such as {@code "/actionLines/0/outcomes/3"}
   */
  public String getPointer() {
    return pointer;
  }

  /** The footnote numbers of the table's notes and the roadmap's introduction. */
  Set<String> footnotes() {
    return footnotes;
  }
}
