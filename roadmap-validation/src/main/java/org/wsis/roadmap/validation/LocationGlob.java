package org.wsis.roadmap.validation;

/**
 * A waiver location pattern, matched without backtracking: {@code *} stands for any characters but
 * {@code /} (within one JSON pointer segment), {@code **} for any characters (across segments),
 * every other character for itself; the pattern must match the whole text.
 *
 * <p>The pattern is read once into a small automaton (one state per literal or star); matching
 * follows every possible position in the pattern at once, one character of the text at a time, so
 * it takes time proportional to the text's length times the pattern's, whatever the stars. A
 * regular expression with one {@code [^/]*} per star backtracks instead, in time exponential in the
 * number of stars on a text that does not match.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class LocationGlob {
  private static final char LITERAL = 'L';
  private static final char STAR = '*';
  private static final char ANY = 'A';

  /** The kind of each step: {@link #LITERAL}, {@link #STAR} or {@link #ANY}. */
  private final char[] kinds;
  /** The character of each literal step. */
  private final char[] chars;

  private LocationGlob(char[] kinds, char[] chars) {
    this.kinds = kinds;
    this.chars = chars;
  }

  /**
   * Reads a pattern.
   *
   * @param glob such as {@code "/actionLines/*\/outcomes/**"}
   * @return the compiled pattern
   */
  static LocationGlob of(String glob) {
    char[] kinds = new char[glob.length()];
    char[] chars = new char[glob.length()];
    int n = 0;
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        kinds[n++] = ANY;
        i += 2;
      } else {
        kinds[n] = c == '*' ? STAR : LITERAL;
        chars[n++] = c;
        i++;
      }
    }
    return new LocationGlob(java.util.Arrays.copyOf(kinds, n), java.util.Arrays.copyOf(chars, n));
  }

  /**
   * Tells whether the pattern matches the whole of a text.
   *
   * @param text such as {@code "/actionLines/0/outcomes/3/statement"}
   * @return true when it matches
   */
  boolean matches(CharSequence text) {
    int steps = kinds.length;
    // active[s]: the text read so far can be matched by the first s steps of the pattern.
    boolean[] active = new boolean[steps + 1];
    boolean[] next = new boolean[steps + 1];
    active[0] = true;
    close(active);
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      java.util.Arrays.fill(next, false);
      boolean any = false;
      for (int s = 0; s < steps; s++) {
        if (!active[s]) {
          continue;
        }
        switch (kinds[s]) {
          case LITERAL -> {
            if (chars[s] == c) {
              next[s + 1] = true;
              any = true;
            }
          }
          case STAR -> {
            if (c != '/') {
              next[s] = true;
              any = true;
            }
          }
          default -> {
            next[s] = true;
            any = true;
          }
        }
      }
      if (!any) {
        return false;
      }
      close(next);
      boolean[] swap = active;
      active = next;
      next = swap;
    }
    return active[steps];
  }

  /** Adds the states reached by letting stars match nothing. */
  private void close(boolean[] states) {
    for (int s = 0; s < kinds.length; s++) {
      if (states[s] && kinds[s] != LITERAL) {
        states[s + 1] = true;
      }
    }
  }
}
