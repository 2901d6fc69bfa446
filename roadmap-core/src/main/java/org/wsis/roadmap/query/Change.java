package org.wsis.roadmap.query;

import java.util.Optional;
import org.immutables.value.Value;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeId;

/**
 * One change between two editions of a roadmap, as {@link RoadmapDiff} reports it: what kind of
 * change, where ({@link #getPath()}), and the text before and after.
 *
 * <pre>{@code
 * for (Change change : RoadmapDiff.between(older, newer).getChanges()) {
 *   if (change.getKind() == Change.Kind.ITEM_ADDED && change.getField().equals(Optional.of("sdgLinks"))) {
 *     System.out.println(change.getPath() + " now links to SDG " + change.getAfter().get());
 *   }
 * }
 * }</pre>
 *
 * <p>A change of an outcome carries the outcome's id in the older edition, in the newer one, or both;
 * a change of an action line carries the action line; a change of the edition metadata carries
 * neither. {@link #inverse()} gives the change that undoes this one, so that the diff from {@code b}
 * to {@code a} holds the inverses of the diff from {@code a} to {@code b}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Change {
  Change() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Change} instances; obtain one with {@link Change#builder()}. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }

  /** The kinds of change. */
  public enum Kind {
    /** An action line the newer edition has and the older has not; {@code after} is its title. */
    ACTION_LINE_ADDED,
    /** An action line the older edition has and the newer has not; {@code before} is its title. */
    ACTION_LINE_REMOVED,
    /** An outcome only the newer edition has; {@code after} is its statement. */
    OUTCOME_ADDED,
    /** An outcome only the older edition has; {@code before} is its statement. */
    OUTCOME_REMOVED,
    /** An outcome now in the other section of its action line; {@code before} and {@code after} are its ids. */
    OUTCOME_MOVED,
    /** An outcome whose label changed within its section; {@code before} and {@code after} are its ids. */
    OUTCOME_RELABELLED,
    /** A single-valued field changed, such as a statement, a timing or the edition title. */
    FIELD_CHANGED,
    /** An item of a list field is new, such as an SDG link or a reference; {@code after} is the item. */
    ITEM_ADDED,
    /** An item of a list field is gone; {@code before} is the item. */
    ITEM_REMOVED,
    /** An item of a list field was reworded; {@code before} and {@code after} are the two texts. */
    ITEM_REWORDED;

    Kind inverse() {
      return switch (this) {
        case ACTION_LINE_ADDED -> ACTION_LINE_REMOVED;
        case ACTION_LINE_REMOVED -> ACTION_LINE_ADDED;
        case OUTCOME_ADDED -> OUTCOME_REMOVED;
        case OUTCOME_REMOVED -> OUTCOME_ADDED;
        case ITEM_ADDED -> ITEM_REMOVED;
        case ITEM_REMOVED -> ITEM_ADDED;
        case OUTCOME_MOVED, OUTCOME_RELABELLED, FIELD_CHANGED, ITEM_REWORDED -> this;
      };
    }
  }

  /**
   * Returns the kind of change.
   *
   * @return the kind
   */
  public abstract Kind getKind();

  /**
   * Returns the action line the change is in.
   *
   * @return the action line, or empty for a change of the edition metadata
   */
  public abstract Optional<ActionLine> getActionLine();

  /**
   * Returns the id of the outcome in the older edition.
   *
   * @return the id, or empty when the change is not of an outcome or the outcome is new
   */
  public abstract Optional<OutcomeId> getOlderId();

  /**
   * Returns the id of the outcome in the newer edition.
   *
   * @return the id, or empty when the change is not of an outcome or the outcome was removed
   */
  public abstract Optional<OutcomeId> getNewerId();

  /**
   * Returns the field that changed, named as in the JSON form of the model: {@code statement}, {@code
   * timing}, {@code sdgLinks}, {@code references}, {@code evidence}, {@code results/expected}, {@code
   * covidResponse/documents}, {@code title}, ...
   *
   * @return the field, or empty when the change is of a whole outcome or action line
   */
  public abstract Optional<String> getField();

  /**
   * Returns the value in the older edition.
   *
   * @return the text, or empty when there was none
   */
  public abstract Optional<String> getBefore();

  /**
   * Returns the value in the newer edition.
   *
   * @return the text, or empty when there is none
   */
  public abstract Optional<String> getAfter();

  /**
   * Returns where the change is: the outcome id (newer one when present), the action line code, or
   * {@code edition}, then the field after a slash.
   *
   * @return such as {@code "C5.GT.B3/statement"}, {@code "C5.GT.B9"}, {@code "C2/notes"} or {@code
   *     "edition/title"}
   */
  @Value.Derived
  public String getPath() {
    String where =
        getNewerId()
            .or(this::getOlderId)
            .map(OutcomeId::toString)
            .or(() -> getActionLine().map(ActionLine::getCode))
            .orElse("edition");
    return getField().map(field -> where + "/" + field).orElse(where);
  }

  /**
   * Returns the change that undoes this one: added and removed swap, and so do the older and newer ids
   * and the texts before and after.
   *
   * @return the inverse change
   */
  public final Change inverse() {
    return builder()
        .kind(getKind().inverse())
        .actionLine(getActionLine())
        .olderId(getNewerId())
        .newerId(getOlderId())
        .field(getField())
        .before(getAfter())
        .after(getBefore())
        .build();
  }
}
