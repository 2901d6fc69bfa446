package org.wsis.roadmap.io.table;

import org.jspecify.annotations.Nullable;

/**
 * Recognises the labels of outcomes and sub-items at the start of a text, and tells whether one
 * label follows another.
 *
 * <p>A label is one or two upper-case letters, or one lower-case letter, optionally followed by one
 * or two digits ({@code A}, {@code B3}, {@code a}, {@code D1}), or a lower-case Roman numeral of up to
 * five letters ({@code i}, {@code iv}); it is printed with a full stop or a colon and then a space
 * or the end of the text ({@code "B3: "}, {@code "a. "}, {@code "iv. "}).
 */
final class Labels {
  private Labels() {}

  /**
   * A label found at the start of a text.
   *
   * @param label the label, such as {@code "B3"}
   * @param end the index in the text after the label's full stop or colon
   */
  record Match(String label, int end) {
    /** Returns the text after the label, stripped. */
    String rest(String text) {
      return text.substring(Math.min(text.length(), end)).strip();
    }
  }

  /**
   * Reads a label at the start of a text.
   *
   * @param text an item of a cell
   * @return the label and the rest of the text, or null when the text starts with no label
   */
  static @Nullable Match leading(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && i < 5 && isLetter(text.charAt(i))) {
      i++;
    }
    int letters = i;
    if (letters == 0) {
      return null;
    }
    while (i < n && i - letters < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i >= n || (text.charAt(i) != '.' && text.charAt(i) != ':')) {
      return null;
    }
    if (i + 1 < n && !CellMarkup.isSpace(text.charAt(i + 1))) {
      return null;
    }
    String label = text.substring(0, i);
    if (!isLabel(label, letters)) {
      return null;
    }
    return new Match(label, i + 1);
  }

  private static boolean isLabel(String label, int letters) {
    String head = label.substring(0, letters);
    boolean digits = letters < label.length();
    if (allUpper(head) && letters <= 2) {
      return true;
    }
    if (letters == 1 && Character.isLowerCase(head.charAt(0))) {
      return true;
    }
    return !digits && roman(head) > 0;
  }

  /**
   * Tells whether {@code next} is a label that may follow {@code previous} in one sequence:
   * {@code A} then {@code B}, {@code B2} then {@code B3} or {@code C}, {@code ii} then {@code iii};
   * a null {@code previous} accepts the first label of a sequence ({@code A}, {@code A1}, {@code a},
   * {@code i}).
   */
  static boolean follows(String previous, String next) {
    String nextLetters = letters(next);
    Integer nextNumber = number(next);
    if (previous == null) {
      return (nextLetters.equals("A") || nextLetters.equals("a") || nextLetters.equals("i"))
          && (nextNumber == null || nextNumber == 1);
    }
    int pr = roman(previous);
    int nr = roman(next);
    if (pr > 0 && nr == pr + 1 && Character.isLowerCase(previous.charAt(0)) == Character.isLowerCase(next.charAt(0))) {
      return true;
    }
    String prevLetters = letters(previous);
    Integer prevNumber = number(previous);
    if (prevLetters.equals(nextLetters)) {
      return prevNumber != null && nextNumber != null && nextNumber == prevNumber + 1;
    }
    if (prevLetters.length() != 1 || nextLetters.length() != 1) {
      return false;
    }
    char p = prevLetters.charAt(0);
    char q = nextLetters.charAt(0);
    return q == p + 1 && Character.isUpperCase(p) == Character.isUpperCase(q) && (nextNumber == null || nextNumber == 1);
  }

  /** Tells whether the label carries a number ({@code D1}) or is a Roman numeral of more than one letter ({@code ii}). */
  static boolean isSubItemLike(String label) {
    return number(label) != null || (label.length() > 1 && roman(label) > 0);
  }

  private static String letters(String label) {
    int i = 0;
    while (i < label.length() && isLetter(label.charAt(i))) {
      i++;
    }
    return label.substring(0, i);
  }

  private static Integer number(String label) {
    String letters = letters(label);
    return letters.length() == label.length() ? null : Integer.valueOf(label.substring(letters.length()));
  }

  /** Returns the value of a lower-case Roman numeral of up to five letters, or 0. */
  static int roman(String text) {
    if (text.isEmpty() || text.length() > 5) {
      return 0;
    }
    int total = 0;
    int previous = Integer.MAX_VALUE;
    for (int i = 0; i < text.length(); i++) {
      int value = switch (text.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        default -> 0;
      };
      if (value == 0) {
        return 0;
      }
      total += value > previous ? value - 2 * previous : value;
      previous = value;
    }
    return total;
  }

  private static boolean allUpper(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
