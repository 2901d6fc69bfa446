package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The roadmap of one WSIS action line: one table of the document, its title as printed, its notes and its outcomes in document order.
 *
 * <pre>{@code
 * ActionLineRoadmap c5 = ActionLineRoadmap.builder()
 *     .actionLine(ActionLine.C5)
 *     .title("Building Confidence and Security in Use of ICTs")
 *     .addOutcome(outcome)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionLineRoadmap.class)
@JsonDeserialize(as = ImmutableActionLineRoadmap.class)
@JsonPropertyOrder({"actionLine", "title", "notes", "outcomes", "source"})
public abstract class ActionLineRoadmap implements WithActionLineRoadmap {
  ActionLineRoadmap() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionLineRoadmap} instances; obtain one with {@link ActionLineRoadmap#builder()}. */
  public static final class Builder extends ImmutableActionLineRoadmap.Builder {
    Builder() {}
  }

  /**
   * Returns the action line.
   *
   * @return such as {@link ActionLine#C5}
   */
  public abstract @NotNull ActionLine getActionLine();

  /**
   * Returns the action line title as the document prints it.
   *
   * @return such as {@code "Building Confidence and Security in Use of ICTs"}
   */
  public abstract @NotNull String getTitle();

  /**
   * Returns the notes printed with the table, such as {@code "GCA – Global Cybersecurity Agenda"}.
   *
   * @return the notes in document order
   */
  public abstract List<@NotNull String> getNotes();

  /**
   * Returns the outcomes, one per table row, in document order.
   *
   * @return the outcomes
   */
  public abstract List<@Valid @NotNull Outcome> getOutcomes();

  /**
   * Returns the lines of the source document the table was read from.
   *
   * @return the range, or empty when the roadmap was not read from a document
   */
  public abstract Optional<@Valid SourceRange> getSource();

  /**
   * Returns the extensions: properties that this model does not define, by name, each as its compact
   * JSON text; writers put them back verbatim, so that nothing the input held is lost on a round trip.
   *
   * <p>Extension names start with {@code x-} (as in OpenAPI): every reader keeps those, the strict
   * ones included, and the JSON Schema allows them. A lenient read also keeps other unknown names here
   * (with a problem), so that nothing is lost; a strict read of what is written refuses such a name.
   * The model takes any name, so that lenient reads of older files load.
   *
   * <pre>{@code
   * outcome.withExtensions(Map.of("x-priority", "3", "x-owner", "{\"name\":\"ITU\"}"));
   * }</pre>
   *
   * @return the extensions in input order; empty when there are none
   */
  @JsonIgnore
  public abstract Map<String, String> getExtensions();

  /**
   * Returns the outcomes of one section, in document order.
   *
   * @param section the section
   * @return the outcomes of that section
   */
  public final List<Outcome> outcomesOf(OutcomeSection section) {
    return getOutcomes().stream().filter(o -> o.getSection() == section).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a copy with one outcome replaced, at the same position.
   *
   * <pre>{@code
   * ActionLineRoadmap c5 = line.replaceOutcome(OutcomeId.parse("C5.GT.B3"), changed);
   * }</pre>
   *
   * <p>The first outcome with the id is replaced (ids are unique in valid data). The new outcome may
   * have another id; nothing is checked about it, as business rules belong to the validator.
   *
   * @param id the id of the outcome to replace
   * @param outcome the new outcome
   * @return the copy; this instance when the outcome equals the one it replaces
   * @throws UnknownOutcomeException when no outcome of this action line has the id
   */
  public final ActionLineRoadmap replaceOutcome(OutcomeId id, Outcome outcome) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    int index = indexOf(id);
    if (index < 0) {
      throw new UnknownOutcomeException(id, "action line " + getActionLine().getCode());
    }
    if (getOutcomes().get(index).equals(outcome)) {
      return this;
    }
    List<Outcome> outcomes = new ArrayList<>(getOutcomes());
    outcomes.set(index, outcome);
    return withOutcomes(outcomes);
  }

  /**
   * Returns a copy with an outcome put in: it replaces the outcome with the same id, at the same
   * position, or, when there is none, it is added after the last outcome of its section (before the
   * outcomes of later sections, so that sections stay in the order of {@link OutcomeSection}).
   *
   * <pre>{@code
   * ActionLineRoadmap c5 = line.withOutcome(outcome); // added or replaced
   * }</pre>
   *
   * @param outcome the outcome, of this action line
   * @return the copy; this instance when the outcome is already there
   * @throws RoadmapException when the outcome's id names another action line
   */
  public final ActionLineRoadmap withOutcome(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.getId().getActionLine() != getActionLine()) {
      throw new RoadmapException("an outcome added to action line " + getActionLine().getCode()
          + " must have an id of that action line, but was: '" + outcome.getId() + "'");
    }
    int index = indexOf(outcome.getId());
    if (index >= 0) {
      return replaceOutcome(outcome.getId(), outcome);
    }
    List<Outcome> outcomes = new ArrayList<>(getOutcomes());
    int at = outcomes.size();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).getSection().compareTo(outcome.getSection()) > 0) {
        at = i;
        break;
      }
    }
    outcomes.add(at, outcome);
    return withOutcomes(outcomes);
  }

  private int indexOf(OutcomeId id) {
    List<Outcome> outcomes = getOutcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).getId().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
