package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One citation of the cell {@code ITU Strategic Goals and Relevant Resolutions}: a strategic goal,
 * a resolution, an instrument, a document, or text that is not a citation of those kinds.
 *
 * <p>Every reference keeps the text it was read from in {@link #getRaw()}. Java 17 has no pattern
 * switch, so {@link #getKind()} tells the variant:
 *
 * <pre>{@code
 * for (Reference reference : outcome.getReferences()) {
 *   if (reference.getKind() == Reference.Kind.RESOLUTION) {
 *     ResolutionRef resolution = (ResolutionRef) reference;
 *     resolution.getNumbers(); // ["71", "130", "140", "179"]
 *   }
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(StrategicGoalRef.class),
  @JsonSubTypes.Type(ResolutionRef.class),
  @JsonSubTypes.Type(InstrumentRef.class),
  @JsonSubTypes.Type(DocumentRef.class),
  @JsonSubTypes.Type(TextRef.class)
})
public sealed interface Reference permits StrategicGoalRef, ResolutionRef, InstrumentRef, DocumentRef, TextRef {

  /** The variants of {@link Reference}. */
  enum Kind {
    /** {@link StrategicGoalRef}: {@code ITU Strategic Goal 1 (Target 1.6)}. */
    STRATEGIC_GOAL,
    /** {@link ResolutionRef}: {@code WTDC Resolutions 45, 2, 67, 69 (Rev. Kigali, 2022)}. */
    RESOLUTION,
    /** {@link InstrumentRef}: {@code ITRs (Rev. Dubai, 2012)}. */
    INSTRUMENT,
    /** {@link DocumentRef}: {@code Council Documents C15/18, C16/18}. */
    DOCUMENT,
    /** {@link TextRef}: text that names none of the above. */
    TEXT
  }

  /**
   * Returns the text this reference was read from, white space normalised.
   *
   * @return the citation as printed
   */
  @NotBlank
  String getRaw();

  /**
   * Returns which variant this is.
   *
   * @return the kind
   */
  @JsonIgnore
  Kind getKind();
}
