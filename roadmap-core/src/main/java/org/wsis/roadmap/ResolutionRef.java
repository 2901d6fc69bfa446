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
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of one or more resolutions of one body: {@code Resolutions 71, 130, 140, 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference}, {@code Council Resolution 1306}, {@code Resolution 70/1}.
 *
 * <pre>{@code
 * ResolutionRef ref = ResolutionRef.builder()
 *     .raw("WTDC Resolutions 45, 2, 67, 69 (Rev. Kigali, 2022)")
 *     .body(ResolutionBody.WTDC)
 *     .addNumbers("45", "2", "67", "69")
 *     .revised(true)
 *     .place("Kigali")
 *     .year(2022)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("resolution")
@JsonSerialize(as = ImmutableResolutionRef.class)
@JsonDeserialize(as = ImmutableResolutionRef.class)
@JsonPropertyOrder({"kind", "raw", "body", "numbers", "revised", "place", "year"})
public non-sealed interface ResolutionRef extends Reference {

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResolutionRef} instances; obtain one with {@link ResolutionRef#builder()}. */
  final class Builder extends ImmutableResolutionRef.Builder {
    Builder() {}
  }

  @JsonIgnore
  @Override
  default Reference.Kind getKind() {
    return Reference.Kind.RESOLUTION;
  }

  /**
   * Returns the body that adopted the resolutions, when the citation or its venue tells it.
   *
   * @return the body, or empty when the citation does not say
   */
  Optional<ResolutionBody> getBody();

  /**
   * Returns the resolution numbers, in citation order.
   *
   * @return such as {@code ["71", "130"]} or {@code ["70/1"]}
   */
  List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getNumbers();

  /**
   * Tells whether the citation names a revision ({@code Rev.}).
   *
   * @return true for {@code (Rev. Kigali, 2022)}
   */
  @Value.Default
  default boolean isRevised() {
    return false;
  }

  /**
   * Returns the venue of the conference that adopted or last revised the resolutions.
   *
   * @return such as {@code "Kigali"}, or empty
   */
  Optional<@Pattern(regexp = ".*\\S.*", message = "{org.wsis.roadmap.constraints.optionalText}") String> getPlace();

  /**
   * Returns the year of that conference.
   *
   * @return such as {@code 2022}, or empty
   */
  Optional<@Min(value = 1800, message = "{org.wsis.roadmap.constraints.year}") @Max(value = 2200, message = "{org.wsis.roadmap.constraints.year}") Integer> getYear();

  /**
   * Returns the UN General Assembly resolutions this citation names, typed: every number of the form
   * {@code <session>/<number>} of a citation of body {@link ResolutionBody#UNGA}.
   *
   * <pre>{@code
   * ResolutionRef ref = (ResolutionRef) Reference.parse("A/RES/80/173");
   * ref.getUngaResolutions(); // [A/RES/80/173]
   * }</pre>
   *
   * @return the resolutions in citation order; empty for another body or numbers of another form
   */
  @JsonIgnore
  default List<UngaResolution> getUngaResolutions() {
    if (getBody().orElse(null) != ResolutionBody.UNGA) {
      return List.of();
    }
    List<UngaResolution> out = new java.util.ArrayList<>();
    for (String number : getNumbers()) {
      try {
        out.add(UngaResolution.parse(number));
      } catch (RoadmapParseException e) {
        // a number of another form ("1-5") names no General Assembly resolution
      }
    }
    return List.copyOf(out);
  }
}
