package org.wsis.roadmap.internal;

import java.util.Locale;

/**
 * Small, allocation-free helpers for the hand-written cell readers: every method looks at a bounded
 * number of characters, so readers built from them run in time linear in the input.
 *
 * <pre>{@code
 * int end = Text.word(text, i, "since"); // index after the word, or -1
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class Text {
  private Text() {}

  /**
   * Matches a word or phrase, ignoring case, that is not preceded or followed by a letter or digit.
   *
   * @param s the text
   * @param at where the word must start
   * @param word the word in lower case; a space in it matches exactly one space
   * @return the index after the word, or -1
   */
  public static int word(String s, int at, String word) {
    int end = at + word.length();
    if (at < 0 || end > s.length() || (at > 0 && isWordChar(s.charAt(at - 1)))) {
      return -1;
    }
    if (!s.regionMatches(true, at, word, 0, word.length())) {
      return -1;
    }
    if (end < s.length() && isWordChar(s.charAt(end)) && isWordChar(word.charAt(word.length() - 1))) {
      return -1;
    }
    return end;
  }

  /**
   * Matches the first of several words.
   *
   * @param s the text
   * @param at where the word must start
   * @param words candidates in lower case, longest first where one is a prefix of another
   * @return the index after the matched word, or -1
   */
  public static int anyWord(String s, int at, String... words) {
    for (String w : words) {
      int end = word(s, at, w);
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  /**
   * Skips at most one space.
   *
   * @param s the text
   * @param at an index
   * @return {@code at}, or {@code at + 1} when a space is there
   */
  public static int space(String s, int at) {
    return at < s.length() && s.charAt(at) == ' ' ? at + 1 : at;
  }

  /**
   * Counts ASCII digits from an index.
   *
   * @param s the text
   * @param at an index
   * @return the index after the run of digits
   */
  public static int digits(String s, int at) {
    int i = at;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Reads a year: four digits from 1900 to 2099 that are not part of a longer number.
   *
   * @param s the text
   * @param at where the year must start
   * @return the index after the year, or -1
   */
  public static int year(String s, int at) {
    if (at < 0 || at + 4 > s.length() || (at > 0 && isDigitOrLetter(s.charAt(at - 1)))) {
      return -1;
    }
    int end = digits(s, at);
    if (end != at + 4 || (end < s.length() && Character.isLetter(s.charAt(end)))) {
      return -1;
    }
    char c0 = s.charAt(at);
    char c1 = s.charAt(at + 1);
    return (c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0') ? end : -1;
  }

  /**
   * Tells whether a character is a dash used between years: hyphen-minus, hyphen, en dash, em dash,
   * minus sign.
   *
   * @param c a character
   * @return true for a dash
   */
  public static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
  }

  /**
   * Tells whether a character belongs to a word: a letter or a digit.
   *
   * @param c a character
   * @return true for letters and digits
   */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isDigitOrLetter(char c) {
    return Character.isLetterOrDigit(c);
  }

  /**
   * Strips separators (space, comma, semicolon, colon, full stop) from both ends of a span.
   *
   * @param s the text
   * @param from start, inclusive
   * @param to end, exclusive
   * @return {from, to} narrowed
   */
  public static int[] trimSeparators(String s, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && isSeparator(s.charAt(a))) {
      a++;
    }
    while (b > a && isSeparator(s.charAt(b - 1))) {
      b--;
    }
    return new int[] {a, b};
  }

  /**
   * Tells whether a character separates values in a cell.
   *
   * @param c a character
   * @return true for space, comma, semicolon, colon and full stop
   */
  public static boolean isSeparator(char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.';
  }

  /**
   * Lower-cases with the root locale.
   *
   * @param s text
   * @return lower case
   */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
