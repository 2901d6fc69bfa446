package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The word-level difference between two texts, such as a statement and its rewording: the longest
 * common subsequence of their words, with the words deleted and inserted around it.
 *
 * <pre>{@code
 * WordDiff diff = WordDiff.of("Governments should take action", "Governments must take urgent action");
 * diff.toString(); // "Governments [-should-] {+must+} take {+urgent+} action"
 * }</pre>
 *
 * <p>Words are runs of non-white-space characters; white space is normalised to single spaces. The
 * common prefix and suffix cost linear time; the rest costs the product of the lengths of the two
 * differing middles, up to four million word pairs, beyond which the middles are reported as one
 * deletion and one insertion.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WordDiff {
  private static final long MAX_CELLS = 4_000_000L;

  /** What a segment of the diff does. */
  public enum Operation {
    /** Words both texts have. */
    EQUAL,
    /** Words only the first text has. */
    DELETE,
    /** Words only the second text has. */
    INSERT
  }

  /** A run of words with one operation. Instances are immutable and thread-safe. */
  public static final class Segment {
    private final Operation operation;
    private final String text;

    private Segment(Operation operation, String text) {
      this.operation = operation;
      this.text = text;
    }

    /**
     * Returns what the segment does.
     *
     * @return the operation
     */
    public Operation getOperation() {
      return operation;
    }

    /**
     * Returns the words of the segment, joined by single spaces.
     *
     * @return the text
     */
    public String getText() {
      return text;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Segment && ((Segment) o).operation == operation && ((Segment) o).text.equals(text);
    }

    @Override
    public int hashCode() {
      return operation.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
      return switch (operation) {
        case DELETE -> "[-" + text + "-]";
        case INSERT -> "{+" + text + "+}";
        case EQUAL -> text;
      };
    }
  }

  private final List<Segment> segments;

  private WordDiff(List<Segment> segments) {
    this.segments = segments;
  }

  /**
   * Computes the word-level difference of two texts.
   *
   * @param before the first text
   * @param after the second text
   * @return the difference
   * @throws NullPointerException when a text is null
   */
  public static WordDiff of(String before, String after) {
    String[] a = split(Objects.requireNonNull(before, "before"));
    String[] b = split(Objects.requireNonNull(after, "after"));
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    List<Operation> ops = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      ops.add(Operation.EQUAL);
      words.add(a[i]);
    }
    middle(Arrays.copyOfRange(a, prefix, a.length - suffix), Arrays.copyOfRange(b, prefix, b.length - suffix), ops, words);
    for (int i = a.length - suffix; i < a.length; i++) {
      ops.add(Operation.EQUAL);
      words.add(a[i]);
    }
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < ops.size()) {
      Operation op = ops.get(i);
      StringBuilder text = new StringBuilder(words.get(i));
      int j = i + 1;
      while (j < ops.size() && ops.get(j) == op) {
        text.append(' ').append(words.get(j));
        j++;
      }
      segments.add(new Segment(op, text.toString()));
      i = j;
    }
    return new WordDiff(List.copyOf(segments));
  }

  private static void middle(String[] a, String[] b, List<Operation> ops, List<String> words) {
    if ((long) a.length * b.length > MAX_CELLS) {
      for (String word : a) {
        ops.add(Operation.DELETE);
        words.add(word);
      }
      for (String word : b) {
        ops.add(Operation.INSERT);
        words.add(word);
      }
      return;
    }
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        ops.add(Operation.EQUAL);
        words.add(a[i]);
        i++;
        j++;
      } else if (j == b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(Operation.DELETE);
        words.add(a[i]);
        i++;
      } else {
        ops.add(Operation.INSERT);
        words.add(b[j]);
        j++;
      }
    }
  }

  private static String[] split(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
  }

  /**
   * Returns the segments in text order; adjacent segments differ in operation.
   *
   * @return the segments
   */
  public List<Segment> getSegments() {
    return segments;
  }

  /**
   * Tells whether the two texts have the same words.
   *
   * @return true when every segment is {@link Operation#EQUAL}
   */
  public boolean isEmpty() {
    return segments.stream().allMatch(s -> s.getOperation() == Operation.EQUAL);
  }

  /**
   * Returns the difference in the notation of {@code git diff --word-diff}: deleted words in {@code
   * [-...-]}, inserted words in <code>{+...+}</code>.
   *
   * @return such as {@code "Governments [-should-] {+must+} take action"}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(segment);
    }
    return out.toString();
  }
}
