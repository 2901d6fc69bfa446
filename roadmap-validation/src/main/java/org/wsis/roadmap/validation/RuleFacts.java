package org.wsis.roadmap.validation;

/**
 * Facts the rules of the catalogue rest on, written down once: the rules read them from here, and
 * so do generators of roadmaps that must satisfy the rules (the test kit's).
 *
 * <pre>{@code
 * int year = RuleFacts.HORIZON_LAST_YEAR; // 2030: WSIS-TIME-002 reports a later year
 * String label = RuleFacts.roman(4);      // "iv": the fourth sub-item of a roman sequence (WSIS-ID-004)
 * }</pre>
 */
public final class RuleFacts {
  /** The first year of the roadmap horizon: the Geneva phase of WSIS (rule {@code WSIS-TIME-002}). */
  public static final int HORIZON_FIRST_YEAR = 2003;

  /** The last year of the roadmap horizon: the 2030 Agenda (rule {@code WSIS-TIME-002}). */
  public static final int HORIZON_LAST_YEAR = 2030;

  private static final String[] TENS = {"", "x", "xx", "xxx", "xl", "l"};
  private static final String[] UNITS = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

  /** The largest number {@link #roman} writes. */
  public static final int MAX_ROMAN = 59;

  private RuleFacts() {}

  /**
   * Returns a number as a lower-case roman numeral, as sub-item labels use them (rule {@code WSIS-ID-004}).
   *
   * @param number from 0 to {@link #MAX_ROMAN}
   * @return such as {@code "iv"}; {@code ""} for 0
   * @throws IllegalArgumentException when the number is out of range
   */
  public static String roman(int number) {
    if (number < 0 || number > MAX_ROMAN) {
      throw new IllegalArgumentException("a roman numeral must be from 0 to " + MAX_ROMAN + ", but was: " + number);
    }
    return TENS[number / 10] + UNITS[number % 10];
  }
}
