package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A target to be achieved, with its number and year when the text has them.
 *
 * <pre>{@code
 * ResultTarget target = ResultTarget.builder()
 *     .text("Connect all schools by 2030")
 *     .byYear(2030)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResultTarget.class)
@JsonDeserialize(as = ImmutableResultTarget.class)
@JsonPropertyOrder({"text", "metric", "byYear"})
public abstract class ResultTarget implements WithResultTarget {
  ResultTarget() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResultTarget} instances; obtain one with {@link ResultTarget#builder()}. */
  public static final class Builder extends ImmutableResultTarget.Builder {
    Builder() {}
  }

  /**
   * Returns the text of the target.
   *
   * @return the text, white space normalised
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getText();

  /**
   * Returns the number the target sets.
   *
   * @return the metric, or empty when the text has no number
   */
  public abstract Optional<@Valid Metric> getMetric();

  /**
   * Returns the year by which the target is to be met.
   *
   * @return the year, or empty when the text names none
   */
  public abstract Optional<@Min(value = 1800, message = "{org.wsis.roadmap.constraints.year}") @Max(value = 2200, message = "{org.wsis.roadmap.constraints.year}") Integer> getByYear();
}
