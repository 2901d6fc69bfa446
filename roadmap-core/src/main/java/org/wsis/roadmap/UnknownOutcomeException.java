package org.wsis.roadmap;

/**
 * Thrown when an outcome is asked for by an id that no outcome of the roadmap or action line has,
 * such as by {@link Roadmap#replaceOutcome(OutcomeId, Outcome)}.
 *
 * <pre>{@code
 * try {
 *   roadmap = roadmap.replaceOutcome(OutcomeId.parse("C5.GT.Z9"), changed);
 * } catch (UnknownOutcomeException e) {
 *   e.getId(); // C5.GT.Z9
 * }
 * }</pre>
 */
public class UnknownOutcomeException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  /** The id; ids are immutable value objects, serializable through their text. */
  private final String id;

  /**
   * Creates an exception.
   *
   * @param id the id no outcome has
   * @param where what was searched, such as {@code "roadmap 'wsis-2024'"}
   */
  public UnknownOutcomeException(OutcomeId id, String where) {
    super("an outcome must exist to be replaced, but " + where + " has no outcome with id: '" + id + "'");
    this.id = id.toString();
  }

  /**
   * Returns the id that no outcome has.
   *
   * @return the id
   */
  public OutcomeId getId() {
    return OutcomeId.parse(id);
  }
}
