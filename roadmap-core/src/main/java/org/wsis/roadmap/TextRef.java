package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.immutables.value.Value;

/**
 * Text of the references cell that names no strategic goal, resolution, instrument or document, kept verbatim so that nothing is lost.
 *
 * <pre>{@code
 * TextRef ref = TextRef.builder().raw("(Transforming our world: the 2030 Agenda for Sustainable Development)").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("text")
@JsonSerialize(as = ImmutableTextRef.class)
@JsonDeserialize(as = ImmutableTextRef.class)
@JsonPropertyOrder({"kind", "raw"})
public non-sealed interface TextRef extends Reference {

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TextRef} instances; obtain one with {@link TextRef#builder()}. */
  final class Builder extends ImmutableTextRef.Builder {
    Builder() {}
  }

  @JsonIgnore
  @Override
  default Reference.Kind getKind() {
    return Reference.Kind.TEXT;
  }

}
