package org.wsis.roadmap.io.table;

import java.util.Locale;

/**
 * The headings that divide the cell {@code Expected and Achieved results and targets to be
 * achieved}: an item that is nothing but one of these headings (a trailing colon allowed) opens a
 * part of the cell.
 *
 * <ul>
 *   <li>{@code Expected Result}, {@code Expected Results}: expected results;
 *   <li>{@code ITU Activities}, also with a qualifier such as {@code (Aligned with SDGs)}: ITU activities;
 *   <li>{@code Results of activities in this area include}, {@code Achieved Results}, {@code Achievements}: achievements;
 *   <li>{@code Targets}, {@code Targets to be achieved}: targets.
 * </ul>
 */
enum ResultsHeading {
  EXPECTED,
  ACTIVITIES,
  ACHIEVEMENTS,
  TARGETS;

  /**
   * Returns the heading an item consists of.
   *
   * @param item the text of an item
   * @return the heading, or null when the item is no heading
   */
  static ResultsHeading of(String item) {
    if (item.length() > 60) {
      return null;
    }
    String t = item.strip();
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    t = t.toLowerCase(Locale.ROOT);
    if (t.equals("expected result") || t.equals("expected results")) {
      return EXPECTED;
    }
    if (t.equals("itu activities") || t.startsWith("itu activities (")) {
      return ACTIVITIES;
    }
    if (t.equals("results of activities in this area include") || t.equals("achieved results") || t.equals("achievements")) {
      return ACHIEVEMENTS;
    }
    if (t.equals("targets") || t.equals("targets to be achieved")) {
      return TARGETS;
    }
    return null;
  }
}
