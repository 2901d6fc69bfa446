package org.wsis.roadmap.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.markup.MarkupTokenizer;
import org.wsis.roadmap.markup.PlainText;

/**
 * The text of one table cell as printed: HTML markup removed, character references decoded, white
 * space collapsed, with a map from every character back to its index in the input.
 *
 * <p>The markup is read by {@link MarkupTokenizer}, the one tokenizer of the library: block-level
 * tags ({@code <p>}, {@code <li>}, {@code <br>}, ...) become a paragraph break ({@code '\n'} in
 * {@link #paragraphs()}, a space in {@link #text()}); inline tags ({@code <i>}, {@code <b>}, ...) are
 * removed. Only known HTML tag names count as markup: {@code <5 years>}, {@code <blink>} or a
 * {@code <} that opens no tag is kept as text. Runs in time linear in the input length.
 *
 * <pre>{@code
 * CellText cell = CellText.of("<p><i>SDG 8,9</i></p>");
 * cell.text(); // "SDG 8,9"
 * }</pre>
 *
 * <p>Not API: see the package documentation. Instances are immutable and thread-safe.
 */
public final class CellText {
  private final String paragraphs;
  private final String text;
  private final int @Nullable [] offsets;
  private final String input;

  private CellText(String input, String paragraphs, int @Nullable [] offsets) {
    this.input = input;
    this.paragraphs = paragraphs;
    this.text = paragraphs.replace('\n', ' ');
    this.offsets = offsets;
  }

  /**
   * Reads a cell with {@link MarkupTokenizer}; {@link PlainText} is taken as it is, every index
   * mapping to itself.
   *
   * @param cell the cell as exported, possibly with HTML
   * @return the normalised cell
   */
  public static CellText of(CharSequence cell) {
    if (cell instanceof PlainText plain) {
      String text = plain.toString();
      return new CellText(text, text, null);
    }
    MarkupTokenizer tokens = MarkupTokenizer.of(cell);
    String input = tokens.input();
    StringBuilder out = new StringBuilder(input.length());
    int[] map = new int[input.length() + 1];
    int n = 0;
    boolean pendingSpace = false;
    boolean pendingBreak = false;
    int pendingAt = 0;
    while (tokens.next()) {
      int i = tokens.start();
      switch (tokens.token()) {
        case BLOCK_TAG, INLINE_TAG -> {
          if (!pendingSpace && !pendingBreak) {
            pendingAt = i; // the break or space that this tag makes maps to the tag
          }
          pendingBreak |= tokens.token() == MarkupTokenizer.Token.BLOCK_TAG;
        }
        case SPACE -> {
          if (!pendingSpace && !pendingBreak) {
            pendingAt = i;
          }
          pendingSpace = true;
        }
        case TEXT, UNKNOWN_TAG -> {
          if ((pendingSpace || pendingBreak) && n > 0) {
            map[n] = pendingAt;
            out.append(pendingBreak ? '\n' : ' ');
            n++;
          }
          pendingSpace = false;
          pendingBreak = false;
          // a tag of an unknown name is text: its '<' here, the rest as the next tokens
          int decoded = tokens.token() == MarkupTokenizer.Token.TEXT ? tokens.codePoint() : '<';
          if (tokens.token() == MarkupTokenizer.Token.UNKNOWN_TAG) {
            tokens.resume(i + 1);
          }
          map[n] = i;
          if (Character.isSupplementaryCodePoint(decoded)) {
            out.appendCodePoint(decoded);
            map[n + 1] = i;
            n += 2;
          } else {
            out.append((char) decoded);
            n++;
          }
        }
      }
    }
    map[n] = input.length();
    return new CellText(input, out.toString(), Arrays.copyOf(map, n + 1));
  }

  /**
   * Returns the text with every paragraph break as a space.
   *
   * @return the normalised text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the text with paragraph breaks as {@code '\n'}.
   *
   * @return the normalised text with breaks
   */
  public String paragraphs() {
    return paragraphs;
  }

  /**
   * Returns the input this cell was read from.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Maps an index in {@link #text()} to the index in the input.
   *
   * @param index 0 to {@code text().length()}
   * @return the input index of that character
   */
  public int inputIndex(int index) {
    if (offsets == null) {
      return Math.max(0, Math.min(index, text.length()));
    }
    return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
  }
}
