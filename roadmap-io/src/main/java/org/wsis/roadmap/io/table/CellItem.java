package org.wsis.roadmap.io.table;

/**
 * One text item of a table cell: a paragraph, a list item or a run of plain text, white space
 * normalised, with the line it was read from.
 */
final class CellItem {
  private final String text;
  private final boolean marked;
  private final int line;

  CellItem(String text, boolean marked, int line) {
    this.text = text;
    this.marked = marked;
    this.line = line;
  }

  /** The words of the item, white space normalised, markup and bullet removed. */
  String text() {
    return text;
  }

  /** Whether the item was opened by a bullet ({@code •}, a list dash) or a list number. */
  boolean marked() {
    return marked;
  }

  /** The source line of the item's first words. */
  int line() {
    return line;
  }

  @Override
  public String toString() {
    return (marked ? "* " : "") + text + " @" + line;
  }
}
