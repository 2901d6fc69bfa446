package org.wsis.roadmap;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of an ITU strategic goal and, optionally, one of its targets: {@code ITU Strategic Goal 1 (Target 1.6)}.
 *
 * <pre>{@code
 * StrategicGoalRef ref = StrategicGoalRef.builder()
 *     .raw("ITU Strategic Goal 1 (Target 1.6)")
 *     .goal(1)
 *     .target("1.6")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("strategicGoal")
@JsonSerialize(as = ImmutableStrategicGoalRef.class)
@JsonDeserialize(as = ImmutableStrategicGoalRef.class)
@JsonPropertyOrder({"kind", "raw", "goal", "target"})
public non-sealed interface StrategicGoalRef extends Reference {

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StrategicGoalRef} instances; obtain one with {@link StrategicGoalRef#builder()}. */
  final class Builder extends ImmutableStrategicGoalRef.Builder {
    Builder() {}
  }

  @JsonIgnore
  @Override
  default Reference.Kind getKind() {
    return Reference.Kind.STRATEGIC_GOAL;
  }

  /**
   * Returns the strategic goal number.
   *
   * @return such as {@code 1}
   */
  @Positive(message = "{org.wsis.roadmap.constraints.strategicGoal}")
  int getGoal();

  /**
   * Returns the strategic target, when the citation names one.
   *
   * @return such as {@code "1.6"}, or empty
   */
  Optional<@Pattern(regexp = "[0-9]{1,2}(\\.[0-9]{1,2})?", message = "{org.wsis.roadmap.constraints.strategicTarget}") String> getTarget();
}
