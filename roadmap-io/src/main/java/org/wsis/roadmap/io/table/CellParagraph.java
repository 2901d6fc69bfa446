package org.wsis.roadmap.io.table;

import java.util.Objects;
import org.wsis.roadmap.markup.MarkupTokenizer;

/**
 * One paragraph or list item of a table cell, as a reader of a document format gives it to the
 * {@link TablePipeline}: its text with white space runs collapsed to one space, and whether a bullet,
 * dash or list number opened it.
 *
 * <pre>{@code
 * CellParagraph item = new CellParagraph("  Expected  Results ", false);
 * item.text(); // "Expected Results"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param text the words of the paragraph, without markup; white space is normalised on construction
 * @param bullet whether the paragraph is an item of a bulleted or numbered list
 */
public record CellParagraph(String text, boolean bullet) {
  /**
   * Normalises the white space of the text.
   *
   * @throws NullPointerException when the text is null
   */
  public CellParagraph {
    text = MarkupTokenizer.normalise(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns a paragraph that is no list item.
   *
   * @param text the words
   * @return the paragraph
   */
  public static CellParagraph of(String text) {
    return new CellParagraph(text, false);
  }
}
