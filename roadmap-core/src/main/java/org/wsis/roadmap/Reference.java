package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.wsis.roadmap.internal.ReferenceReader;
import org.wsis.roadmap.internal.ReferenceWriter;

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
   * Reads every citation of an {@code ITU Strategic Goals and Relevant Resolutions} cell, leniently:
   * text that is no citation becomes a {@link TextRef}, so nothing is lost.
   *
   * <p>Forms read: strategic goals ({@code ITU Strategic Goal 1 (Target 1.6)}); resolutions with
   * their numbers and revision ({@code Resolutions 71, 130, 140, 179 (Rev. Bucharest, 2022) of the
   * Plenipotentiary Conference}, {@code WTDC Resolutions 45, 2, 67, 69 (Rev. Kigali, 2022)}, {@code
   * Council Resolution 1306}, {@code Resolution 70/1}, {@code PP-14 Resolution 123}, {@code WTSA-20
   * Resolution 44}, {@code Kigali Resolution (2022)}, {@code Res. 73}, {@code A/RES/70/1}, {@code
   * Resolution ITU-R 1-5}, {@code Resolution 76 (Rev.WRC-23)}, {@code Resolution 1334 (Modified
   * 2013)}); instruments ({@code ITRs (Rev. Dubai, 2012)}, {@code Radio Regulations}, {@code ITU
   * Constitution}); documents ({@code Council Documents C15/18, C16/18}, bare {@code C20/18}).
   * Citations follow each other with or without separators; HTML markup is removed first.
   *
   * <p>A list whose numbers carry different revisions ({@code Resolution 174 (Rev. Dubai, 2018), 181
   * (Guadalajara, 2010) of the Plenipotentiary Conference}) gives one {@link ResolutionRef} per
   * revision, each with its part of the text as raw. The body of a resolution is taken, in this
   * order, from the citation ({@code WTDC}, {@code PP-14}, {@code Council}, {@code of the ...}), from
   * the venue and year of a known ITU conference ({@code Rev. Dubai, 2018} is PP-18), from the number
   * ({@code 70/1} is the UN General Assembly, a four-digit number the Council), or from the sentence
   * around it ({@code Several WTDC resolutions ... (Res. 37, Res. 40)}); otherwise it is empty. Runs
   * in time linear in the input length.
   *
   * <pre>{@code
   * List<Reference> refs = Reference.readAll("Council Resolution 1306 WTDC Resolutions 45, 2 (Rev. Kigali, 2022)");
   * ResolutionRef wtdc = (ResolutionRef) refs.get(1);
   * wtdc.getBody();    // Optional[WTDC]
   * wtdc.getNumbers(); // ["45", "2"]
   * wtdc.getPlace();   // Optional["Kigali"]
   * }</pre>
   *
   * @param cell the cell text, possibly with HTML
   * @return the references in document order; empty for a blank cell
   * @throws RoadmapParseException when the cell is null
   */
  static List<Reference> readAll(CharSequence cell) {
    return ReferenceReader.readAll(cell);
  }

  /**
   * Reads exactly one citation, strictly.
   *
   * <pre>{@code
   * ResolutionRef ref = (ResolutionRef) Reference.parse("Resolution 174 (Rev. Dubai, 2018)");
   * ref.getBody(); // Optional[PP]: the Plenipotentiary Conference met in Dubai in 2018
   * Reference.parse(ref.toCitation()).equals(Reference.parse(ref.toCitation())); // true
   * }</pre>
   *
   * @param citation one citation, in any form {@link #readAll} reads
   * @return the reference, never a {@link TextRef}
   * @throws RoadmapParseException when the text is null, blank or longer than {@link
   *     RoadmapParseException#MAX_PARSE_LENGTH}, holds text that is no citation (the message quotes it
   *     and the error index points at it), holds more than one citation, or cites a resolution without
   *     its number ({@code "Kigali Resolution (2022)"}, which {@link #readAll} keeps)
   */
  static Reference parse(CharSequence citation) {
    return ReferenceReader.parse(citation);
  }

  /**
   * Returns this reference as a canonical citation that {@link #parse} reads back: for a reference
   * whose raw text is its canonical citation, {@code Reference.parse(r.toCitation()).equals(r)} (a
   * resolution without its number excepted: only {@link #readAll} reads it).
   *
   * <pre>{@code
   * Reference.parse("WTSA-20 Resolution 44").toCitation();
   * // "Resolution 44 (2022) of the World Telecommunication Standardization Assembly"
   * }</pre>
   *
   * @return such as {@code "Resolutions 71, 130 (Rev. Bucharest, 2022) of the Plenipotentiary
   *     Conference"}; the raw text for a {@link TextRef}
   */
  default String toCitation() {
    return ReferenceWriter.render(this);
  }

  /**
   * Returns the text this reference was read from, white space normalised.
   *
   * @return the citation as printed
   */
  @NotBlank(message = "{org.wsis.roadmap.constraints.text}")
  String getRaw();

  /**
   * Returns which variant this is.
   *
   * @return the kind
   */
  @JsonIgnore
  Kind getKind();
}
