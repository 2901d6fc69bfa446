package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One row of a roadmap table: a WSIS outcome with every column typed.
 *
 * <pre>{@code
 * Outcome outcome = Outcome.builder()
 *     .id(OutcomeId.parse("C2.GT.A"))
 *     .section(OutcomeSection.GENEVA_TUNIS)
 *     .label("A")
 *     .statement("Governments should take action ...")
 *     .addSdgLink(SdgLink.of(SdgGoal.NINE))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
@JsonPropertyOrder({"id", "section", "label", "statement", "subItems", "timing", "references", "sdgLinks", "sdgRaw", "sdgNote", "gdcLinks", "evidence", "results", "covidResponse", "source"})
public abstract class Outcome implements WithOutcome {
  Outcome() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Outcome} instances; obtain one with {@link Outcome#builder()}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }

  /**
   * Returns the id: action line, section and label.
   *
   * @return such as {@code C5.GT.B3}
   */
  public abstract @NotNull OutcomeId getId();

  /**
   * Returns the section of the table the outcome stands in.
   *
   * @return the section
   */
  public abstract @NotNull OutcomeSection getSection();

  /**
   * Returns the label as printed, without trailing punctuation.
   *
   * @return such as {@code "B3"} or {@code "a"}
   */
  public abstract @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,12}", message = "{org.wsis.roadmap.constraints.label}") String getLabel();

  /**
   * Returns the outcome statement, without its label and sub-items, white space normalised.
   *
   * @return the statement; empty when the document printed none
   */
  public abstract @NotNull String getStatement();

  /**
   * Returns the labelled sub-items of the statement ({@code D1:} to {@code D4:}, {@code i.} to {@code iv.}).
   *
   * @return the sub-items in document order
   */
  public abstract List<@Valid @NotNull SubItem> getSubItems();

  /**
   * Returns the cell {@code Proposed Timing}.
   *
   * @return the timing, or empty when the cell is empty
   */
  public abstract Optional<@Valid Timing> getTiming();

  /**
   * Returns the citations of the cell {@code ITU Strategic Goals and Relevant Resolutions}.
   *
   * @return the references in document order
   */
  public abstract List<@Valid @NotNull Reference> getReferences();

  /**
   * Returns the SDG goals and targets of the cell {@code Linkages with SDGs}.
   *
   * @return the links in document order
   */
  public abstract List<@Valid @NotNull SdgLink> getSdgLinks();

  /**
   * Returns the cell {@code Linkages with SDGs} as printed, white space normalised.
   *
   * @return the cell text, or empty when the cell is empty
   */
  public abstract Optional<@Pattern(regexp = ".*\\S.*", message = "{org.wsis.roadmap.constraints.optionalText}") String> getSdgRaw();

  /**
   * Returns the prose of the SDG cell that is not a list of codes: a rationale, goal names.
   *
   * @return the prose, or empty
   */
  public abstract Optional<@Pattern(regexp = ".*\\S.*", message = "{org.wsis.roadmap.constraints.optionalText}") String> getSdgNote();

  /**
   * Returns the objectives of the Global Digital Compact this outcome serves (A/RES/79/1, annex I).
   * The 2024 roadmaps predate the Compact and have none; validation reports a link to an objective the
   * Compact lacks ({@link GdcObjective#isKnown()}).
   *
   * @return the objectives in document order; empty when the outcome names none
   */
  public abstract List<@NotNull GdcObjective> getGdcLinks();

  /**
   * Returns the items of the cell {@code Evidence-based analysis of the current situation}.
   *
   * @return the items in document order
   */
  public abstract List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getEvidence();

  /**
   * Returns the cell {@code Expected and Achieved results and targets to be achieved}.
   *
   * @return the results; empty lists when the cell is empty
   */
  @Valid
  @Value.Default
  public @NotNull Results getResults() {
    return Results.builder().build();
  }

  /**
   * Returns the cell {@code COVID-19 Response}.
   *
   * @return the response, or empty when the cell is empty
   */
  public abstract Optional<@Valid CovidResponse> getCovidResponse();

  /**
   * Returns the lines of the source document the row was read from.
   *
   * @return the range, or empty when the outcome was not read from a document
   */
  public abstract Optional<@Valid SourceRange> getSource();

  /**
   * Returns the extensions: properties that this model does not define, by name, each as its compact
   * JSON text; writers put them back verbatim, so that nothing the input held is lost on a round trip.
   *
   * <p>Extension names start with {@code x-} (as in OpenAPI): every reader keeps those, the strict
   * ones included, and the JSON Schema allows them. A lenient read also keeps other unknown names here
   * (with a problem), so that nothing is lost; a strict read of what is written refuses such a name.
   * The model takes any name, so that lenient reads of older files load.
   *
   * <pre>{@code
   * outcome.withExtensions(Map.of("x-priority", "3", "x-owner", "{\"name\":\"ITU\"}"));
   * }</pre>
   *
   * @return the extensions in input order; empty when there are none
   */
  @JsonIgnore
  public abstract Map<String, String> getExtensions();
}
