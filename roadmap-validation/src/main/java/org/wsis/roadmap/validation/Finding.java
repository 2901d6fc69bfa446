package org.wsis.roadmap.validation;

import java.util.Optional;
import org.immutables.value.Value;
import org.wsis.roadmap.OutcomeId;

/**
 * One finding of a validation run: the rule, its severity in the profile used, a message, and
 * where: a JSON pointer into the roadmap's canonical JSON, the outcome id and the source line.
 *
 * <pre>{@code
 * for (Finding finding : report.getFindings()) {
 *   finding.getRuleId();  // "WSIS-TEXT-001"
 *   finding.getPointer(); // "/actionLines/0/outcomes/3/statement"
 *   finding.getOutcomeId().map(OutcomeId::toString); // "C2.GT.D"
 *   finding.getLine();    // Optional[120] when the roadmap was read from a document
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} instances; obtain one with {@link Finding#builder()}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Returns the rule that found this.
   *
   * @return the rule
   */
  public abstract RuleDefinition getRule();

  /**
   * Returns the stable id of the rule.
   *
   * @return such as {@code "WSIS-TEXT-001"}
   */
  public final String getRuleId() {
    return getRule().getId();
  }

  /**
   * Returns the severity, as the profile of the run sets it.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * Returns the message: the property violated, then the value quoted.
   *
   * @return such as {@code "timing span must not end before it starts, but was: '2025-2020'"}
   */
  public abstract String getMessage();

  /**
   * Returns the JSON pointer (RFC 6901) of the value in the roadmap's canonical JSON.
   *
   * @return such as {@code "/actionLines/0/outcomes/3/timing/entries/1"}; {@code ""} for the whole roadmap
   */
  public abstract String getPointer();

  /**
   * Returns the outcome the finding is about.
   *
   * @return the outcome id, or empty when the finding is not about one outcome
   */
  public abstract Optional<OutcomeId> getOutcomeId();

  /**
   * Returns the first line of the source document the value came from.
   *
   * @return the line, or empty when the roadmap was not read from a document
   */
  public abstract Optional<Integer> getLine();

  /**
   * Returns the waiver that silences this finding.
   *
   * @return the waiver, or empty when the finding is active
   */
  public abstract Optional<Waiver> getWaiver();

  /**
   * Tells whether a waiver silences this finding.
   *
   * @return true when waived
   */
  public final boolean isWaived() {
    return getWaiver().isPresent();
  }

  /**
   * Tells whether this finding makes the roadmap invalid: not waived, and {@code ERROR} or {@code FATAL}.
   *
   * @return true when the finding fails validation
   */
  public final boolean isFailure() {
    return !isWaived() && getSeverity().isFailure();
  }

  /**
   * Returns where the finding is, for people: outcome id (or pointer) and line.
   *
   * @return such as {@code "C2.GT.D (line 120)"} or {@code "/actionLines/1"}
   */
  public final String getLocationText() {
    String where = getOutcomeId().map(OutcomeId::toString).orElse(getPointer().isEmpty() ? "/" : getPointer());
    return getLine().map(line -> where + " (line " + line + ")").orElse(where);
  }
}
