package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of a treaty instrument, optionally with its revision: {@code ITRs (Rev. Dubai, 2012)}.
 *
 * <pre>{@code
 * InstrumentRef ref = InstrumentRef.builder()
 *     .raw("ITRs (Rev. Dubai, 2012)")
 *     .name("ITRs")
 *     .place("Dubai")
 *     .year(2012)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("instrument")
@JsonSerialize(as = ImmutableInstrumentRef.class)
@JsonDeserialize(as = ImmutableInstrumentRef.class)
@JsonPropertyOrder({"kind", "raw", "name", "place", "year"})
public non-sealed interface InstrumentRef extends Reference {

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InstrumentRef} instances; obtain one with {@link InstrumentRef#builder()}. */
  final class Builder extends ImmutableInstrumentRef.Builder {
    Builder() {}
  }

  @JsonIgnore
  @Override
  default Reference.Kind getKind() {
    return Reference.Kind.INSTRUMENT;
  }

  /**
   * Returns the name of the instrument as cited.
   *
   * @return such as {@code "ITRs"}
   */
  @NotBlank(message = "{org.wsis.roadmap.constraints.text}")
  String getName();

  /**
   * Returns the venue of its latest revision.
   *
   * @return such as {@code "Dubai"}, or empty
   */
  Optional<@Pattern(regexp = ".*\\S.*", message = "{org.wsis.roadmap.constraints.optionalText}") String> getPlace();

  /**
   * Returns the year of its latest revision.
   *
   * @return such as {@code 2012}, or empty
   */
  Optional<@Min(value = 1800, message = "{org.wsis.roadmap.constraints.year}") @Max(value = 2200, message = "{org.wsis.roadmap.constraints.year}") Integer> getYear();
}
