package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into words and compares word sets; shared by the index and the diff. */
final class Words {
  private Words() {}

  /**
   * Returns the words of a text, lower-cased: maximal runs of letters and digits.
   *
   * @param text the text
   * @return the words in text order, repeats kept
   */
  static List<String> of(CharSequence text) {
    List<String> words = new ArrayList<>();
    int length = text.length();
    int start = -1;
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(text, i);
      boolean wordChar = Character.isLetterOrDigit(cp);
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.subSequence(start, length).toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * Returns the distinct words of a text, lower-cased, in order of first appearance.
   *
   * @param text the text
   * @return the word set
   */
  static Set<String> setOf(CharSequence text) {
    return new LinkedHashSet<>(of(text));
  }

  /**
   * Returns the text normalised for matching: its words, lower-cased, joined by single spaces.
   *
   * @param text the text
   * @return the normalised text; empty when the text has no word
   */
  static String normalise(CharSequence text) {
    return String.join(" ", of(text));
  }

  /**
   * Returns the Jaccard similarity of two word sets: shared words over all words.
   *
   * @param a one set
   * @param b another set
   * @return 0 to 1; 0 when both sets are empty
   */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String word : small) {
      if (large.contains(word)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
