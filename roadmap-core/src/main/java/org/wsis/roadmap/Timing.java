package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The cell {@code Proposed Timing}: the raw text and the entries read from it.
 *
 * <pre>{@code
 * Timing timing = Timing.builder()
 *     .raw("2020-2025")
 *     .addEntry(TimingEntry.builder().raw("2020-2025").kind(TimingEntry.Kind.SPAN).from(2020).to(2025).build())
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTiming.class)
@JsonDeserialize(as = ImmutableTiming.class)
@JsonPropertyOrder({"raw", "entries"})
public abstract class Timing {
  Timing() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Timing} instances; obtain one with {@link Timing#builder()}. */
  public static final class Builder extends ImmutableTiming.Builder {
    Builder() {}
  }

  /**
   * Returns the cell text as printed, white space normalised.
   *
   * @return such as {@code "2020-2025"}
   */
  public abstract @NotBlank String getRaw();

  /**
   * Returns the values read from the cell, in document order; text that could not be read is an
   * entry of kind {@link TimingEntry.Kind#UNREAD}.
   *
   * @return the entries
   */
  public abstract List<@Valid @NotNull TimingEntry> getEntries();
}
