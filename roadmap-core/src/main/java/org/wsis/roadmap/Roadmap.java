package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
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
 * An edition of the WSIS Action Lines Roadmaps: its metadata and one roadmap per action line.
 *
 * <pre>{@code
 * Roadmap roadmap = Roadmap.builder()
 *     .id("wsis-action-lines-roadmaps-2024-10-11")
 *     .title("WSIS Action Lines Roadmaps C2, C4, C5, C6")
 *     .status(RoadmapStatus.DRAFT)
 *     .asOf(LocalDate.of(2024, 10, 11))
 *     .addActionLine(c5)
 *     .build();
 * roadmap.findOutcome(OutcomeId.parse("C5.GT.B3"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoadmap.class)
@JsonDeserialize(as = ImmutableRoadmap.class)
@JsonPropertyOrder({"id", "title", "status", "asOf", "facilitator", "introduction", "mandateReferences", "glossary", "actionLines"})
public abstract class Roadmap implements WithRoadmap {
  Roadmap() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Roadmap} instances; obtain one with {@link Roadmap#builder()}. */
  public static final class Builder extends ImmutableRoadmap.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the edition.
   *
   * @return such as {@code "wsis-action-lines-roadmaps-2024-10-11"}
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getId();

  /**
   * Returns the title as printed.
   *
   * @return such as {@code "WSIS Action Lines Roadmaps C2, C4, C5, C6"}
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getTitle();

  /**
   * Returns whether the edition is a draft or final.
   *
   * @return the status
   */
  public abstract @NotNull RoadmapStatus getStatus();

  /**
   * Returns the date of the edition ({@code Draft as of 11 October 2024}).
   *
   * @return the date, or empty when the edition is undated
   */
  public abstract Optional<LocalDate> getAsOf();

  /**
   * Returns the organisation that facilitates these action lines and edits the roadmaps.
   *
   * @return such as {@code "ITU"}, or empty
   */
  public abstract Optional<@Pattern(regexp = ".*\\S.*", message = "{org.wsis.roadmap.constraints.optionalText}") String> getFacilitator();

  /**
   * Returns the paragraphs of the introduction.
   *
   * @return the paragraphs in document order
   */
  public abstract List<@NotNull String> getIntroduction();

  /**
   * Returns the citations that mandate the roadmaps, such as {@code Council Resolution 1282}.
   *
   * @return the references in document order
   */
  public abstract List<@Valid @NotNull Reference> getMandateReferences();

  /**
   * Returns the terms the edition defines.
   *
   * @return the glossary entries in document order
   */
  public abstract List<@Valid @NotNull GlossaryEntry> getGlossary();

  /**
   * Returns the roadmap of each action line, in document order.
   *
   * @return the action line roadmaps
   */
  public abstract List<@Valid @NotNull ActionLineRoadmap> getActionLines();

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
   * Returns every outcome of every action line, in document order.
   *
   * @return the outcomes
   */
  public final List<Outcome> outcomes() {
    return getActionLines().stream()
        .flatMap(line -> line.getOutcomes().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the roadmap of one action line.
   *
   * @param actionLine the action line
   * @return its roadmap, or empty when this edition has none
   */
  public final Optional<ActionLineRoadmap> findActionLine(ActionLine actionLine) {
    return getActionLines().stream().filter(line -> line.getActionLine() == actionLine).findFirst();
  }

  /**
   * Returns the outcome with an id; the first one when ids repeat.
   *
   * @param id the id
   * @return the outcome, or empty when no outcome has that id
   */
  public final Optional<Outcome> findOutcome(OutcomeId id) {
    return getActionLines().stream()
        .flatMap(line -> line.getOutcomes().stream())
        .filter(outcome -> outcome.getId().equals(id))
        .findFirst();
  }

  /**
   * Returns a copy with one outcome replaced, at the same position in the same action line.
   *
   * <pre>{@code
   * Outcome b3 = roadmap.findOutcome(id).orElseThrow();
   * roadmap = roadmap.replaceOutcome(id, b3.withStatement("Revised statement"));
   * }</pre>
   *
   * <p>The first outcome with the id, in document order, is replaced (ids are unique in valid data).
   * The new outcome may have another id; nothing is checked about it, as business rules belong to the
   * validator.
   *
   * @param id the id of the outcome to replace
   * @param outcome the new outcome
   * @return the copy; this instance when the outcome equals the one it replaces
   * @throws UnknownOutcomeException when no outcome of this roadmap has the id
   */
  public final Roadmap replaceOutcome(OutcomeId id, Outcome outcome) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    List<ActionLineRoadmap> lines = getActionLines();
    for (int i = 0; i < lines.size(); i++) {
      ActionLineRoadmap line = lines.get(i);
      if (line.getOutcomes().stream().anyMatch(o -> o.getId().equals(id))) {
        return withActionLine(i, line.replaceOutcome(id, outcome));
      }
    }
    throw new UnknownOutcomeException(id, "roadmap '" + getId() + "'");
  }

  /**
   * Returns a copy with an outcome put in: it replaces the outcome with the same id, at the same
   * position, or, when there is none, it is added to the action line its id names, after the last
   * outcome of its section (see {@link ActionLineRoadmap#withOutcome(Outcome)}).
   *
   * <pre>{@code
   * roadmap = roadmap.withOutcome(outcome); // added or replaced
   * }</pre>
   *
   * @param outcome the outcome
   * @return the copy; this instance when the outcome is already there
   * @throws RoadmapException when the roadmap has no action line of the outcome's id
   */
  public final Roadmap withOutcome(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    OutcomeId id = outcome.getId();
    if (findOutcome(id).isPresent()) {
      return replaceOutcome(id, outcome);
    }
    List<ActionLineRoadmap> lines = getActionLines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).getActionLine() == id.getActionLine()) {
        return withActionLine(i, lines.get(i).withOutcome(outcome));
      }
    }
    throw new RoadmapException("an outcome added to roadmap '" + getId() + "' must belong to one of its action lines "
        + getActionLines().stream().map(line -> line.getActionLine().getCode()).collect(Collectors.toList())
        + " (add the action line first with withActionLines), but was: '" + id + "'");
  }

  private Roadmap withActionLine(int index, ActionLineRoadmap line) {
    if (line == getActionLines().get(index)) {
      return this;
    }
    List<ActionLineRoadmap> lines = new ArrayList<>(getActionLines());
    lines.set(index, line);
    return withActionLines(lines);
  }
}
