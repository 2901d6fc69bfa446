package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A term a roadmap defines in its notes, such as {@code GCA}, Global Cybersecurity Agenda.
 *
 * <pre>{@code
 * GlossaryEntry gca = GlossaryEntry.builder().term("GCA").meaning("Global Cybersecurity Agenda").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGlossaryEntry.class)
@JsonDeserialize(as = ImmutableGlossaryEntry.class)
@JsonPropertyOrder({"term", "meaning"})
public abstract class GlossaryEntry implements WithGlossaryEntry {
  GlossaryEntry() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GlossaryEntry} instances; obtain one with {@link GlossaryEntry#builder()}. */
  public static final class Builder extends ImmutableGlossaryEntry.Builder {
    Builder() {}
  }

  /**
   * Returns the term, usually an abbreviation.
   *
   * @return such as {@code "GCA"}
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getTerm();

  /**
   * Returns what the term stands for.
   *
   * @return such as {@code "Global Cybersecurity Agenda"}
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getMeaning();
}
