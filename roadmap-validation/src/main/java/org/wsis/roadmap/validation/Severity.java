package org.wsis.roadmap.validation;

/**
 * How much a finding matters, from {@link #FATAL} down to {@link #INFO}.
 *
 * <pre>{@code
 * Severity.ERROR.isFailure(); // true: the roadmap is not valid
 * Severity.WARNING.getSarifLevel(); // "warning"
 * }</pre>
 */
public enum Severity {
  /** The roadmap cannot be used reliably (ambiguous ids); cannot be waived. */
  FATAL("error"),
  /** The roadmap states something wrong; it is not valid. */
  ERROR("error"),
  /** Probably wrong or incomplete; the roadmap is still valid. */
  WARNING("warning"),
  /** Worth a look; the roadmap is valid. */
  INFO("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /**
   * Tells whether a finding of this severity makes a roadmap invalid.
   *
   * @return true for {@link #FATAL} and {@link #ERROR}
   */
  public boolean isFailure() {
    return this == FATAL || this == ERROR;
  }

  /**
   * Returns the SARIF 2.1.0 {@code level} of this severity.
   *
   * @return {@code "error"}, {@code "warning"} or {@code "note"}
   */
  public String getSarifLevel() {
    return sarifLevel;
  }
}
