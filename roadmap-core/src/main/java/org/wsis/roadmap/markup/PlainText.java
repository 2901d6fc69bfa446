package org.wsis.roadmap.markup;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text already read from markup: the cell readers ({@link org.wsis.roadmap.Timing#read(CharSequence)},
 * {@link org.wsis.roadmap.SdgCell#read(CharSequence)}, {@link org.wsis.roadmap.Reference#readAll(CharSequence)},
 * {@link org.wsis.roadmap.Metric#find(CharSequence)} and the others taking a {@link CharSequence})
 * take it as it is, without reading tags, character references or white space again. A {@code <p>}
 * or {@code &amp;} in it is text.
 *
 * <p>The importer of roadmap documents hands the readers the paragraphs it has read from a cell as
 * plain text, so that each cell is tokenised once. Give a reader a plain {@link String} to have its
 * markup read.
 *
 * <pre>{@code
 * Timing.read(PlainText.of("2020-2030")).getRaw(); // "2020-2030"
 * Metric.findAll(PlainText.of("<p>3 regions</p>"));   // the tags are text here
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; two are equal when their texts are.
 */
public final class PlainText implements CharSequence {
  private final String text;

  private PlainText(String text) {
    this.text = text;
  }

  /**
   * Wraps text that holds no markup, with white space already collapsed to single spaces.
   *
   * @param text the text
   * @return the plain text
   */
  public static PlainText of(String text) {
    return new PlainText(Objects.requireNonNull(text, "text"));
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlainText plain && plain.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
