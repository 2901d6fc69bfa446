package org.wsis.roadmap.io.table;

import java.util.List;

/**
 * One cell of a table row: its paragraphs and list items in document order. A cell without
 * paragraphs, or with blank ones only, is empty.
 *
 * <pre>{@code
 * TableCell results = TableCell.of(CellParagraph.of("Expected Results"), new CellParagraph("More access", true));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param paragraphs the paragraphs, copied
 */
public record TableCell(List<CellParagraph> paragraphs) {
  /** A cell with no paragraph. */
  public static final TableCell EMPTY = new TableCell(List.of());

  /**
   * Copies the paragraphs.
   *
   * @throws NullPointerException when the list or one of its paragraphs is null
   */
  public TableCell {
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * Returns a cell of some paragraphs.
   *
   * @param paragraphs the paragraphs in document order
   * @return the cell
   */
  public static TableCell of(CellParagraph... paragraphs) {
    return new TableCell(List.of(paragraphs));
  }

  /**
   * Returns a cell of one paragraph, or an empty cell for blank text.
   *
   * @param text the words of the cell
   * @return the cell
   */
  public static TableCell of(String text) {
    CellParagraph paragraph = CellParagraph.of(text);
    return paragraph.text().isEmpty() ? EMPTY : of(paragraph);
  }

  /**
   * Tells whether the cell has no words.
   *
   * @return true when every paragraph is blank
   */
  public boolean isEmpty() {
    return paragraphs.stream().allMatch(p -> p.text().isEmpty());
  }

  /**
   * Returns the words of the cell, paragraphs joined by a space.
   *
   * @return the text
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (CellParagraph paragraph : paragraphs) {
      if (!paragraph.text().isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(paragraph.text());
      }
    }
    return out.toString();
  }
}
