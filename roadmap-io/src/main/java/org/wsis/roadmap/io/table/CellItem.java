package org.wsis.roadmap.io.table;

import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.markup.PlainText;

/**
 * One text item of a table cell in the table pipeline: a paragraph or list item, white space
 * normalised, with the line (and, for documents without lines, the table location) it was read from,
 * and the label it opens with, found once when the item is made.
 *
 * @param text the words of the item, white space normalised, markup and bullet removed
 * @param marked whether the item was opened by a bullet ({@code •}, a list dash) or a list number
 * @param line the source line of the item's first words
 * @param location the table, row and cell of the item's first words, or null for a text export
 * @param label the label the text starts with, or null
 */
record CellItem(String text, boolean marked, int line, @Nullable TableLocation location, Labels.@Nullable Match label) {
  static CellItem of(String text, boolean marked, int line, @Nullable TableLocation location) {
    return new CellItem(text, marked, line, location, Labels.leading(text));
  }

  /** Returns this item with more words appended: a paragraph a page break had cut. Its label stays. */
  CellItem joined(String longer) {
    return new CellItem(longer, marked, line, location, label);
  }

  /** Returns the text after the label, or the whole text when the item has no label. */
  String rest() {
    return label == null ? text : label.rest(text);
  }

  /** Returns the text as plain text, which the cell readers of roadmap-core do not tokenise again. */
  PlainText plain() {
    return PlainText.of(text);
  }

  @Override
  public String toString() {
    return (marked ? "* " : "") + text + " @" + line;
  }
}
