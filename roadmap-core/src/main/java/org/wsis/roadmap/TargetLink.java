package org.wsis.roadmap;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A linkage with one SDG target: {@code 9.c}, written {@code {"target": "9.c"}} in JSON.
 *
 * <pre>{@code
 * TargetLink link = SdgLink.of(SdgTarget.parse("9.c"));
 * link.getGoal(); // SdgGoal.NINE
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetLink.class)
@JsonDeserialize(as = ImmutableTargetLink.class)
public non-sealed interface TargetLink extends SdgLink {

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TargetLink} instances; obtain one with {@link TargetLink#builder()}. */
  final class Builder extends ImmutableTargetLink.Builder {
    Builder() {}
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  @NotNull
  SdgTarget getTarget();

  @JsonIgnore
  @Override
  default SdgGoal getGoal() {
    return getTarget().getGoal();
  }

  @JsonIgnore
  @Override
  default SdgLink.Kind getKind() {
    return SdgLink.Kind.TARGET;
  }

  @JsonIgnore
  @Override
  default String getCode() {
    return getTarget().toString();
  }
}
