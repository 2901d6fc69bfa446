package org.wsis.roadmap.io.table;

import java.util.Optional;
import org.immutables.value.Value;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.RoadmapException;

/**
 * A correction of a printed roadmap edition: where the document itself is wrong, the outcome, the
 * field, the value as printed, the corrected value and the reason. Errata are data (see
 * {@link Errata}); the printed value stays on record here and in the {@link ImportReport}.
 *
 * <pre>{@code
 * Erratum erratum = Erratum.builder()
 *     .outcome(OutcomeId.parse("C6.GT.I"))
 *     .field(Erratum.Field.LABEL)
 *     .printed("I")
 *     .corrected("l")
 *     .line(479)
 *     .reason("the label between 'k.' and 'm.' is printed as a capital I")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Erratum {
  Erratum() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Erratum} instances; obtain one with {@link Erratum#builder()}. */
  public static final class Builder extends ImmutableErratum.Builder {
    Builder() {}
  }

  /** The fields an erratum can correct. */
  public enum Field {
    /** The outcome label; correcting it also corrects the outcome id. */
    LABEL("label"),
    /** A part of the outcome statement: the printed text is replaced where it occurs. */
    STATEMENT("statement"),
    /** One item of the COVID-19 cell kept as text: it is removed and the corrected text read again. */
    COVID_RESPONSE("covidResponse");

    private final String code;

    Field(String code) {
      this.code = code;
    }

    /**
     * Returns the name used in errata files.
     *
     * @return such as {@code "label"}
     */
    public String getCode() {
      return code;
    }

    /**
     * Reads a field name of an errata file.
     *
     * @param code such as {@code "covidResponse"}
     * @return the field
     * @throws org.wsis.roadmap.RoadmapException when no field has that name
     */
    public static Field parse(String code) {
      for (Field field : values()) {
        if (field.code.equals(code)) {
          return field;
        }
      }
      throw new org.wsis.roadmap.RoadmapException(
          "erratum field must be 'label', 'statement' or 'covidResponse', but was: " + RoadmapException.quote(code));
    }
  }

  /**
   * Returns the id of the outcome as imported, before the erratum.
   *
   * @return such as {@code C6.GT.I}
   */
  public abstract OutcomeId getOutcome();

  /**
   * Returns the corrected field.
   *
   * @return the field
   */
  public abstract Field getField();

  /**
   * Returns the value as the document prints it.
   *
   * @return the printed value
   */
  public abstract String getPrinted();

  /**
   * Returns the value the dataset uses instead.
   *
   * @return the corrected value
   */
  public abstract String getCorrected();

  /**
   * Returns the line of the source document that prints the value.
   *
   * @return the line, or empty when not recorded
   */
  public abstract Optional<Integer> getLine();

  /**
   * Returns why the printed value is wrong and how the correction was verified.
   *
   * @return the reason
   */
  public abstract String getReason();
}
