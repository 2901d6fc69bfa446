package org.wsis.roadmap.markup;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the HTML markup of one table cell as a sequence of tokens: characters (character references
 * decoded), white space, and tags of three kinds. It is the one definition of markup for every cell
 * reader of the library and for the importer of roadmap documents.
 *
 * <ul>
 *   <li>{@link Token#BLOCK_TAG}: {@code p}, {@code br}, {@code li}, {@code ul}, {@code ol}, {@code div},
 *       table and heading tags and a few more; they end a paragraph;
 *   <li>{@link Token#INLINE_TAG}: {@code i}, {@code b}, {@code em}, {@code span}, {@code a}, {@code o:p}
 *       and a few more; they are no text;
 *   <li>{@link Token#UNKNOWN_TAG}: a tag of another name, such as {@code <blink>}; the caller decides
 *       whether it is text (the cell readers keep it) or dropped markup (the importer reports it);
 *   <li>{@link Token#SPACE}: one white-space character, including no-break spaces and {@code &nbsp;};
 *   <li>{@link Token#TEXT}: one character; a character reference ({@code &amp;}, {@code &#x2013;})
 *       gives the character it names.
 * </ul>
 *
 * <p>A tag is {@code <}, an optional {@code /}, a name of ASCII letters, digits and colons starting
 * with a letter, then white space and attributes or {@code >}, the {@code >} at most {@value
 * #MAX_TAG_LENGTH} characters after the {@code <} and before any other {@code <}. Anything else that
 * starts with {@code <}, such as {@code <5 years>} or {@code <A/RES/70/1>}, is text. Each call of
 * {@link #next()} looks at a bounded number of characters, so reading a cell is linear in its length.
 *
 * <pre>{@code
 * MarkupTokenizer tokens = MarkupTokenizer.of("<p>SDG&nbsp;8</p>");
 * StringBuilder text = new StringBuilder();
 * while (tokens.next()) {
 *   switch (tokens.token()) {
 *     case TEXT -> text.appendCodePoint(tokens.codePoint());
 *     case SPACE -> text.append(' ');
 *     case BLOCK_TAG, INLINE_TAG, UNKNOWN_TAG -> { }
 *   }
 * }
 * // text is "SDG 8"
 * }</pre>
 *
 * <p>Instances are mutable cursors over one input: not thread-safe.
 */
public final class MarkupTokenizer {
  /** The longest tag read as markup, from its {@code <} to its {@code >}. */
  public static final int MAX_TAG_LENGTH = 200;
  private static final int MAX_ENTITY = 12;
  private static final Set<String> INLINE_TAGS = Set.of(
      "i", "b", "u", "s", "em", "strong", "span", "a", "sup", "sub", "font", "small", "big", "code", "mark", "abbr",
      "cite", "q", "ins", "del", "img", "o:p");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "br", "li", "ul", "ol", "div", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3",
      "h4", "h5", "h6", "blockquote", "hr", "dl", "dt", "dd");

  /** What a token is. */
  public enum Token {
    /** One character of text. */
    TEXT,
    /** One white-space character. */
    SPACE,
    /** A tag that ends a paragraph, such as {@code <p>} or {@code </li>}. */
    BLOCK_TAG,
    /** A tag inside a paragraph, such as {@code <i>}. */
    INLINE_TAG,
    /** A tag of a name this tokenizer does not know. */
    UNKNOWN_TAG
  }

  private final String input;
  private int position;
  private Token token = Token.TEXT;
  private int start;
  private int end;
  private int codePoint;
  private String tagName = "";
  private boolean closing;

  private MarkupTokenizer(String input) {
    this.input = input;
  }

  /**
   * Returns a tokenizer positioned before the first token of a cell.
   *
   * @param cell the cell as exported, possibly with HTML
   * @return the tokenizer
   */
  public static MarkupTokenizer of(CharSequence cell) {
    return new MarkupTokenizer(Objects.requireNonNull(cell, "cell").toString());
  }

  /**
   * Moves to the next token.
   *
   * @return false at the end of the input
   */
  public boolean next() {
    if (position >= input.length()) {
      return false;
    }
    start = position;
    char c = input.charAt(position);
    if (c == '<') {
      int gt = tagEnd(input, position);
      String name = gt > 0 ? tagName(input, position, gt) : "";
      if (!name.isEmpty()) {
        tagName = name;
        closing = input.charAt(position + 1) == '/';
        token = BLOCK_TAGS.contains(name) ? Token.BLOCK_TAG
            : INLINE_TAGS.contains(name) ? Token.INLINE_TAG : Token.UNKNOWN_TAG;
        codePoint = -1;
        end = gt + 1;
        position = end;
        return true;
      }
    }
    int next = position + 1;
    int decoded = c;
    if (c == '&') {
      int[] entity = entity(input, position);
      if (entity != null) {
        decoded = entity[0];
        next = entity[1];
      }
    }
    token = isSpace(decoded) ? Token.SPACE : Token.TEXT;
    codePoint = decoded;
    tagName = "";
    closing = false;
    end = next;
    position = next;
    return true;
  }

  /**
   * Continues after a part of the input the caller has read itself, such as a list number.
   *
   * <p>An unknown tag that the caller takes as text can be resumed after its {@code <}: the rest is
   * then read as tokens.
   *
   * @param index where the next token starts, after the start of the current token
   * @throws IllegalArgumentException when the index is not after the current token's start, or after
   *     the end of the input
   */
  public void resume(int index) {
    if (index <= start || index > input.length()) {
      throw new IllegalArgumentException(
          "resume index must be from " + (start + 1) + " to " + input.length() + ", but was: " + index);
    }
    position = index;
  }

  /**
   * Returns the kind of the current token.
   *
   * @return the kind
   */
  public Token token() {
    return token;
  }

  /**
   * Returns where the current token starts in the input.
   *
   * @return the index of its first character
   */
  public int start() {
    return start;
  }

  /**
   * Returns where the current token ends in the input.
   *
   * @return the index after its last character
   */
  public int end() {
    return end;
  }

  /**
   * Returns the character of a {@link Token#TEXT} or {@link Token#SPACE} token.
   *
   * @return the code point, decoded from a character reference where there is one; -1 for a tag
   */
  public int codePoint() {
    return codePoint;
  }

  /**
   * Returns the name of a tag.
   *
   * @return the lower-case name, such as {@code "p"}; empty for a character
   */
  public String tagName() {
    return tagName;
  }

  /**
   * Tells whether a tag closes an element, such as {@code </p>}.
   *
   * @return true for a closing tag
   */
  public boolean isClosing() {
    return closing;
  }

  /**
   * Returns the input.
   *
   * @return the cell as given
   */
  public String input() {
    return input;
  }

  /**
   * Tells whether a character is white space in a cell: Java's white space and the no-break spaces
   * U+00A0, U+2007 and U+202F.
   *
   * @param c a code point
   * @return true for white space
   */
  public static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Collapses white-space runs to one space and strips both ends; reads no markup.
   *
   * @param text any text
   * @return the text with normalised white space
   */
  public static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int tagEnd(String s, int start) {
    int i = start + 1;
    if (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '!')) {
      i++;
    }
    if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
      return -1;
    }
    int limit = Math.min(s.length(), start + MAX_TAG_LENGTH);
    for (int j = i; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return j;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static String tagName(String s, int start, int end) {
    int i = start + 1;
    if (s.charAt(i) == '/') {
      i++;
    }
    int j = i;
    while (j < end && (isAsciiLetter(s.charAt(j)) || (s.charAt(j) >= '0' && s.charAt(j) <= '9') || s.charAt(j) == ':')) {
      j++;
    }
    // A tag name ends at white space, '>' or a closing "/>": "<A/RES/70/1>" is text, not an <a> tag.
    boolean ended = j == end || Character.isWhitespace(s.charAt(j)) || (s.charAt(j) == '/' && j + 1 == end);
    return ended && j > i ? s.substring(i, j).toLowerCase(Locale.ROOT) : "";
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Decodes a character reference at {@code start}: returns {code point, index after it}, or null. */
  private static int[] entity(String s, int start) {
    int limit = Math.min(s.length(), start + MAX_ENTITY);
    int semi = -1;
    for (int j = start + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        semi = j;
        break;
      }
      if (!(Character.isLetterOrDigit(c) || c == '#')) {
        return null;
      }
    }
    if (semi < 0) {
      return null;
    }
    String name = s.substring(start + 1, semi);
    int code = switch (name) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos" -> '\'';
      case "nbsp" -> ' ';
      case "ndash" -> '\u2013';
      case "mdash" -> '\u2014';
      case "rsquo" -> '\u2019';
      case "lsquo" -> '\u2018';
      case "ldquo" -> '\u201C';
      case "rdquo" -> '\u201D';
      default -> numericEntity(name);
    };
    return code < 0 ? null : new int[] {code, semi + 1};
  }

  private static int numericEntity(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return valid(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return valid(Integer.parseInt(name.substring(1)));
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static int valid(int code) {
    return code > 0 && code <= Character.MAX_CODE_POINT && !(code >= 0xD800 && code <= 0xDFFF) ? code : -1;
  }
}
