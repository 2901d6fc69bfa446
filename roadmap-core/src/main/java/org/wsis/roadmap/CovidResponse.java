package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The cell {@code COVID-19 Response}: the document symbols and initiatives it names, and its text.
 *
 * <pre>{@code
 * CovidResponse covid = CovidResponse.builder()
 *     .addDocument("C20/18")
 *     .addInitiative("REG4COVID")
 *     .addText("Council Documents C20/18, C21/18; REG4COVID platform")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCovidResponse.class)
@JsonDeserialize(as = ImmutableCovidResponse.class)
@JsonPropertyOrder({"documents", "initiatives", "text"})
public abstract class CovidResponse implements WithCovidResponse {
  CovidResponse() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CovidResponse} instances; obtain one with {@link CovidResponse#builder()}. */
  public static final class Builder extends ImmutableCovidResponse.Builder {
    Builder() {}
  }

  /**
   * Returns the document symbols the cell names, in document order.
   *
   * @return such as {@code ["C20/18", "C21/18"]}
   */
  public abstract List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getDocuments();

  /**
   * Returns the initiatives the cell names, in document order.
   *
   * @return such as {@code ["REG4COVID"]}
   */
  public abstract List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getInitiatives();

  /**
   * Returns the text items of the cell, verbatim but for white space.
   *
   * @return the items in document order
   */
  public abstract List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getText();
}
