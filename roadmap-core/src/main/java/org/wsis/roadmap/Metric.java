package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import java.math.BigDecimal;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A number read from result text: {@code More than 250,000 course participants} is a value of 250000, compared as more than, in the unit {@code course participants}.
 *
 * <pre>{@code
 * Metric metric = Metric.builder()
 *     .raw("More than 250,000 course participants")
 *     .comparator(Metric.Comparison.MORE_THAN)
 *     .value(new BigDecimal("250000"))
 *     .unit("course participants")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetric.class)
@JsonDeserialize(as = ImmutableMetric.class)
@JsonPropertyOrder({"raw", "comparator", "value", "unit", "asOfYear"})
public abstract class Metric {
  Metric() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Metric} instances; obtain one with {@link Metric#builder()}. */
  public static final class Builder extends ImmutableMetric.Builder {
    Builder() {}
  }

  /** How the printed number relates to the real quantity. */
  public enum Comparison {
    /** The number as it stands: {@code 23 million young people}. */
    EXACT,
    /** {@code more than}, {@code over}, {@code above}. */
    MORE_THAN,
    /** {@code at least}, {@code a minimum of}. */
    AT_LEAST,
    /** {@code around}, {@code about}, {@code approximately}, {@code nearly}. */
    AROUND,
    /** {@code up to}, {@code at most}. */
    UP_TO,
    /** {@code less than}, {@code under}, {@code fewer than}. */
    LESS_THAN
  }

  /**
   * Returns the text the metric was read from.
   *
   * @return such as {@code "More than 250,000 course participants"}
   */
  public abstract @NotBlank String getRaw();

  /**
   * Returns how the number relates to the quantity.
   *
   * @return the comparison
   */
  public abstract @NotNull Comparison getComparator();

  /**
   * Returns the number, with multipliers such as {@code million} applied.
   *
   * @return such as {@code 250000} or {@code 23000000}
   */
  public abstract @NotNull BigDecimal getValue();

  /**
   * Returns what is counted.
   *
   * @return such as {@code "course participants"}; empty when the text names nothing
   */
  public abstract @NotNull String getUnit();

  /**
   * Returns the year the number was measured, when the text says so: {@code over 40,000 (2023)}.
   *
   * @return the year, or empty
   */
  public abstract Optional<@Min(1800) @Max(2200) Integer> getAsOfYear();
}
