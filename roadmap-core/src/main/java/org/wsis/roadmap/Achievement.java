package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An achieved result, with the number it reports when the text has one.
 *
 * <pre>{@code
 * Achievement achievement = Achievement.builder()
 *     .text("More than 250,000 course participants since 2020")
 *     .metric(metric)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAchievement.class)
@JsonDeserialize(as = ImmutableAchievement.class)
@JsonPropertyOrder({"text", "metric"})
public abstract class Achievement implements WithAchievement {
  Achievement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Achievement} instances; obtain one with {@link Achievement#builder()}. */
  public static final class Builder extends ImmutableAchievement.Builder {
    Builder() {}
  }

  /**
   * Returns the text of the achievement.
   *
   * @return the text, white space normalised
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getText();

  /**
   * Returns the number the text reports.
   *
   * @return the metric, or empty when the text has no number
   */
  public abstract Optional<@Valid Metric> getMetric();
}
