package org.wsis.roadmap;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A linkage with a whole SDG goal: {@code SDG 9}, written {@code {"goal": 9}} in JSON.
 *
 * <pre>{@code
 * GoalLink link = SdgLink.of(SdgGoal.NINE);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoalLink.class)
@JsonDeserialize(as = ImmutableGoalLink.class)
public non-sealed interface GoalLink extends SdgLink {

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GoalLink} instances; obtain one with {@link GoalLink#builder()}. */
  final class Builder extends ImmutableGoalLink.Builder {
    Builder() {}
  }

  /**
   * Returns the goal.
   *
   * @return the goal
   */
  @Override
  @NotNull
  SdgGoal getGoal();

  @JsonIgnore
  @Override
  default SdgLink.Kind getKind() {
    return SdgLink.Kind.GOAL;
  }

  @JsonIgnore
  @Override
  default String getCode() {
    return getGoal().getCode();
  }
}
