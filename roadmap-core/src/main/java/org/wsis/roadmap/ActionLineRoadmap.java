package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;
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
public abstract class ActionLineRoadmap {
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
   * Returns the properties a lenient reader found in the input that this model does not define, by
   * name, each as its compact JSON text; writers put them back verbatim, so that nothing the input
   * held is lost on a round trip.
   *
   * @return the unknown properties in input order; empty for a roadmap built in code
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

  // Copies: each with* method returns a new instance with one attribute replaced.

  /**
   * Returns a copy with {@code actionLine} replaced; this instance when the new value equals the current one.
   *
   * @param value the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withActionLine(ActionLine value);

  /**
   * Returns a copy with {@code title} replaced; this instance when the new value equals the current one.
   *
   * @param value the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withTitle(String value);

  /**
   * Returns a copy with {@code notes} replaced; this instance when the new value equals the current one.
   *
   * @param elements the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withNotes(String... elements);

  /**
   * Returns a copy with {@code notes} replaced; this instance when the new value equals the current one.
   *
   * @param elements the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withNotes(Iterable<String> elements);

  /**
   * Returns a copy with {@code outcomes} replaced; this instance when the new value equals the current one.
   *
   * @param elements the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withOutcomes(Outcome... elements);

  /**
   * Returns a copy with {@code outcomes} replaced; this instance when the new value equals the current one.
   *
   * @param elements the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withOutcomes(Iterable<? extends Outcome> elements);

  /**
   * Returns a copy with {@code source} replaced; this instance when the new value equals the current one.
   *
   * @param value the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withSource(SourceRange value);

  /**
   * Returns a copy with {@code source} replaced; this instance when the new value equals the current one.
   *
   * @param optional the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withSource(Optional<? extends SourceRange> optional);

  /**
   * Returns a copy with {@code extensions} replaced; this instance when the new value equals the current one.
   *
   * @param entries the new value
   * @return the copy
   */
  public abstract ActionLineRoadmap withExtensions(Map<String, ? extends String> entries);
}
