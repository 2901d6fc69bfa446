package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.wsis.roadmap.internal.MetricReader;

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
public abstract class Metric implements WithMetric {
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

  /**
   * Finds the first metric in a text: a number ({@code 250,000}, {@code 1.5}, {@code 23 million},
   * {@code 75%}) with the comparator before it ({@code More than}, {@code over}, {@code around},
   * {@code at least}, {@code up to}, {@code less than}, ...), the words after it that say what is
   * counted (up to a preposition, verb or punctuation), and a year in brackets after it ({@code
   * (2023)}), after {@code in} or {@code as of}, or from an earlier {@code As of 2023} in the same
   * sentence. A bare year ({@code since 2019}, {@code up to 2015}) is not a metric; in {@code from
   * 10,000 to over 40,000} the metric is the second number. Numbers that name or date something are
   * no metrics either: days of a date ({@code 26 September}, {@code 5 to 8 June 2023}), numbers after
   * a designator or a capitalised name ({@code Study Group 3}, {@code Resolution 44}, {@code Res. 76},
   * {@code Resolutions 71, 130 and 140}, {@code September 2024}, {@code UAS 2.0}), list markers
   * ({@code (1)}, a leading {@code 1.}) and times ({@code 10:30}). A unit never ends in {@code and}
   * or {@code or}. Runs in time linear in the input length.
   *
   * <pre>{@code
   * Metric.find("More than 250,000 course participants from underserved communities");
   * // Optional[MORE_THAN 250000 "course participants"]
   * Metric.find("over 40,000 (2023)").get().getAsOfYear(); // Optional[2023]
   * Metric.find("23 million young people").get().getValue(); // 23000000
   * Metric.find("no number here"); // Optional.empty
   * Metric.find("ITU-T Study Group 3, under WTSA Resolution 44, met on 26 September"); // Optional.empty
   * }</pre>
   *
   * @param text any text, possibly with HTML
   * @return the first metric, or empty
   * @throws RoadmapParseException when the text is null
   */
  public static Optional<Metric> find(CharSequence text) {
    return MetricReader.find(text);
  }

  /**
   * Finds every metric in a text, as {@link #find} reads them.
   *
   * <pre>{@code
   * Metric.findAll("over 750 participants from over 100 countries"); // two metrics
   * }</pre>
   *
   * @param text any text, possibly with HTML
   * @return the metrics in text order
   * @throws RoadmapParseException when the text is null
   */
  public static List<Metric> findAll(CharSequence text) {
    return MetricReader.findAll(text);
  }

  /**
   * Reads a text that is exactly one metric, strictly; a final full stop is allowed.
   *
   * <pre>{@code
   * Metric.parse("around 400 participants").getComparator(); // AROUND
   * Metric.parse("many participants"); // throws RoadmapParseException
   * }</pre>
   *
   * @param text such as {@code "More than 250,000 course participants"}
   * @return the metric; {@code Metric.parse(m.getRaw())} equals {@code m} for a metric read from text
   *     whose year, if any, is in its own text
   * @throws RoadmapParseException when the text is null, holds no metric, or holds more than one
   *     metric and its surrounding words
   */
  public static Metric parse(CharSequence text) {
    return MetricReader.parse(text);
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
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getRaw();

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
  public abstract Optional<@Min(value = 1800, message = "{org.wsis.roadmap.constraints.year}") @Max(value = 2200, message = "{org.wsis.roadmap.constraints.year}") Integer> getAsOfYear();
}
