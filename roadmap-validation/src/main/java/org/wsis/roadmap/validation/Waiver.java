package org.wsis.roadmap.validation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.RoadmapException;

/**
 * A decision to accept one known finding: the rule id, a location pattern, the reason and an
 * optional expiry date. A waived finding is still reported, marked as waived; an expired waiver
 * silences nothing and is itself a finding ({@code WSIS-VAL-001}); {@code FATAL} findings cannot
 * be waived.
 *
 * <p>The location is matched against the finding's outcome id ({@code C2.GT.D}) and its JSON
 * pointer ({@code /actionLines/0/outcomes/3/statement}). It is a glob that must match the whole id
 * or the whole pointer: {@code *} stands for any characters but {@code /} (so it stays within one
 * pointer segment), {@code **} for any characters (across segments); everything else, a backslash
 * and the pointer escapes {@code ~0} and {@code ~1} included, matches itself. Matching takes time
 * proportional to the pointer's length times the pattern's, whatever the number of stars.
 *
 * <pre>{@code
 * Waiver waiver = Waiver.builder()
 *     .ruleId("WSIS-TEXT-002")
 *     .location("C5.GT.*")
 *     .reason("The ITU draft repeats these statements on purpose")
 *     .expires(LocalDate.of(2025, 6, 30))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Waiver {
  Waiver() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Waiver} instances; obtain one with {@link Waiver#builder()}. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the rule whose finding is waived.
   *
   * @return such as {@code "WSIS-TEXT-002"}
   */
  public abstract String getRuleId();

  /**
   * Returns the location pattern, matched against outcome id and JSON pointer.
   *
   * @return such as {@code "C5.GT.B3"} or {@code "/actionLines/0/outcomes/*\/timing"}
   */
  public abstract String getLocation();

  /**
   * Returns why the finding is accepted.
   *
   * @return the reason
   */
  public abstract String getReason();

  /**
   * Returns the last day the waiver applies.
   *
   * @return the date, or empty when the waiver does not expire
   */
  public abstract Optional<LocalDate> getExpires();

  /**
   * Tells whether the waiver has expired on a day.
   *
   * @param today the day
   * @return true when the waiver has an expiry date before {@code today}
   */
  public final boolean isExpired(LocalDate today) {
    return getExpires().map(day -> day.isBefore(today)).orElse(false);
  }

  /**
   * Tells whether the waiver's rule and location match a finding.
   *
   * @param finding the finding
   * @return true when the rule id is the finding's and the location matches its outcome id or pointer
   */
  public final boolean matches(Finding finding) {
    if (!getRuleId().equals(finding.getRuleId())) {
      return false;
    }
    LocationGlob glob = locationGlob();
    return finding.getOutcomeId().map(OutcomeId::toString).map(glob::matches).orElse(false)
        || glob.matches(finding.getPointer());
  }

  @Value.Lazy
  LocationGlob locationGlob() {
    return LocationGlob.of(getLocation());
  }

  @Value.Check
  void check() {
    if (Rule.byId(getRuleId()).isEmpty() && !CustomRule.isCustomId(getRuleId())) {
      throw new RoadmapException("waiver rule id must name a rule of the catalogue or a custom rule such as 'ACME-LINK-001', but was: '" + getRuleId() + "'");
    }
    if (getLocation().isBlank()) {
      throw new RoadmapException("waiver location must not be blank, but was: '" + getLocation() + "'");
    }
    if (getReason().isBlank()) {
      throw new RoadmapException("waiver reason must not be blank, but was: '" + getReason() + "'");
    }
  }
}
