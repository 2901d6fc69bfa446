package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One value of a {@code Proposed Timing} cell: a span such as {@code 2020-2025}, an open start such as {@code Since 2019 (continuous)}, {@code 2012 to date}, {@code Continuous}, or text that could not be read.
 *
 * <pre>{@code
 * TimingEntry span = TimingEntry.builder()
 *     .raw("2020-2025")
 *     .kind(TimingEntry.Kind.SPAN)
 *     .from(2020)
 *     .to(2025)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimingEntry.class)
@JsonDeserialize(as = ImmutableTimingEntry.class)
@JsonPropertyOrder({"raw", "kind", "from", "to"})
public abstract class TimingEntry implements WithTimingEntry {
  TimingEntry() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TimingEntry} instances; obtain one with {@link TimingEntry#builder()}. */
  public static final class Builder extends ImmutableTimingEntry.Builder {
    Builder() {}

    /**
     * Fills this builder with every attribute of an entry. (The attribute {@code from} takes the
     * name the generated builder would give this copy method, so it is written out here.)
     *
     * @param instance the entry to copy
     * @return this builder
     * @throws RoadmapException when the instance is null
     */
    public Builder from(TimingEntry instance) {
      org.wsis.roadmap.internal.Args.notNull(instance, "timing entry");
      raw(instance.getRaw());
      kind(instance.getKind());
      from(instance.getFrom());
      to(instance.getTo());
      return this;
    }
  }

  /** The forms a timing value takes. */
  public enum Kind {
    /** From one year to another: {@code 2020-2025}, {@code 2016 - 2030}, {@code 2017 to 2030}. */
    SPAN,
    /** A single year: {@code 2025}. */
    YEAR,
    /** From a year on, with no end: {@code Since 2016}, {@code Since 2019 (continuous)}. */
    SINCE,
    /** From a year until the edition date: {@code 2012 to date}. */
    TO_DATE,
    /** Ongoing, with no years: {@code Continuous}, {@code Ongoing}. */
    CONTINUOUS,
    /** Text that could not be read as a timing; kept verbatim in {@link TimingEntry#getRaw()}. */
    UNREAD
  }

  /**
   * Returns the text this entry was read from.
   *
   * @return such as {@code "Since 2019 (continuous)"}
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getRaw();

  /**
   * Returns the form of this entry.
   *
   * @return the kind
   */
  public abstract @NotNull Kind getKind();

  /**
   * Returns the first year.
   *
   * @return the year, empty for {@link Kind#CONTINUOUS} and {@link Kind#UNREAD}
   */
  public abstract Optional<@Min(value = 1800, message = "{org.wsis.roadmap.constraints.year}") @Max(value = 2200, message = "{org.wsis.roadmap.constraints.year}") Integer> getFrom();

  /**
   * Returns the last year, inclusive.
   *
   * @return the year for {@link Kind#SPAN} and {@link Kind#YEAR}, empty otherwise
   */
  public abstract Optional<@Min(value = 1800, message = "{org.wsis.roadmap.constraints.year}") @Max(value = 2200, message = "{org.wsis.roadmap.constraints.year}") Integer> getTo();

  /**
   * Tells whether this entry has no printed end: {@code Since}, {@code to date} or {@code Continuous}.
   *
   * @return true when the entry runs on past its start with no end year
   */
  @JsonIgnore
  public boolean isOpenEnded() {
    return getKind() == Kind.SINCE || getKind() == Kind.TO_DATE || getKind() == Kind.CONTINUOUS;
  }
}
