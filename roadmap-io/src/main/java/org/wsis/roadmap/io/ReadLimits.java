package org.wsis.roadmap.io;

import java.util.Objects;

/**
 * The limits a reader applies to its input, so that hostile or broken input ends with a {@link
 * RoadmapReadException} naming the place, never with an {@code OutOfMemoryError}, a {@code
 * StackOverflowError} or a read that does not end.
 *
 * <p>Every reader of this package, the table importer ({@link
 * org.wsis.roadmap.io.table.RoadmapTableImporter}) and the errata reader apply {@link #defaults()}
 * unless they are given other limits. Every input is read as a stream and counted as it arrives: an
 * endless input (such as {@code /dev/zero}) fails as soon as it passes the total limit, in memory
 * bounded by the limits. The defaults leave ample room for real documents (a roadmap edition is a few
 * megabytes); an application may lower them for untrusted input, or raise them for very large
 * collections.
 *
 * <pre>{@code
 * ReadLimits small = ReadLimits.builder().maxDocumentLength(1 << 20).build();
 * try {
 *   RoadmapJson.read(untrusted, small);
 * } catch (RoadmapReadException e) {
 *   e.getProblem(); // for example: the input exceeds a read limit (see ReadLimits) ..., with its line
 * }
 * }</pre>
 *
 * <p>The {@code MAX_*} constants are the default values. Instances are immutable and thread-safe;
 * this is a value-based class: compare with {@link #equals(Object)}.
 */
public final class ReadLimits {
  /** The default deepest nesting of objects and arrays: 64 (the model itself is 8 deep). */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The default longest string value, in characters: 1,000,000. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The default longest property name, in characters: 1,000. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The default longest number, in characters: 100. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * The default largest document (JSON, YAML, CSV, errata, waiver file, imported table text), in bytes
   * (characters when the input is given as characters): 64 MiB.
   */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The default longest line of a JSON Lines stream, in characters: 16 Mi. */
  public static final int MAX_JSON_LINE_LENGTH = 16 * 1024 * 1024;

  /** The default largest JSON Lines stream, in characters: 64 Mi. */
  public static final long MAX_JSON_LINES_LENGTH = 64L * 1024 * 1024;

  /** The default most lines of a JSON Lines stream, header included: 100,000. */
  public static final int MAX_JSON_LINES = 100_000;

  /** The default most lines of a table text the importer reads: 1,000,000 (an edition has a few hundred). */
  public static final int MAX_TEXT_LINES = 1_000_000;

  /**
   * Formerly the most YAML aliases in one document. The readers refuse every YAML alias ({@code *name})
   * at its location, so no count applies.
   *
   * @deprecated YAML aliases are refused outright; this value is not used
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static final int MAX_YAML_ALIASES = 50;

  /** The default most code points in one YAML document: 16 Mi. */
  public static final int MAX_YAML_CODE_POINTS = 16 * 1024 * 1024;

  /**
   * The default longest run of characters without white space in a YAML document: 20,000. SnakeYAML
   * scans such a run in time that grows with the square of its length; prose and codes never come near
   * this.
   */
  public static final int MAX_YAML_RUN_LENGTH = 20_000;

  private static final ReadLimits DEFAULTS = new Builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxJsonLineLength;
  private final long maxJsonLinesLength;
  private final int maxJsonLines;
  private final int maxYamlCodePoints;
  private final int maxYamlRunLength;
  private final int maxTextLines;

  private ReadLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxJsonLineLength = b.maxJsonLineLength;
    this.maxJsonLinesLength = b.maxJsonLinesLength;
    this.maxJsonLines = b.maxJsonLines;
    this.maxYamlCodePoints = b.maxYamlCodePoints;
    this.maxYamlRunLength = b.maxYamlRunLength;
    this.maxTextLines = b.maxTextLines;
  }

  /**
   * Returns the default limits, the values of the {@code MAX_*} constants.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder starting from these limits.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength)
        .maxDocumentLength(maxDocumentLength)
        .maxJsonLineLength(maxJsonLineLength)
        .maxJsonLinesLength(maxJsonLinesLength)
        .maxJsonLines(maxJsonLines)
        .maxYamlCodePoints(maxYamlCodePoints)
        .maxYamlRunLength(maxYamlRunLength)
        .maxTextLines(maxTextLines);
  }

  /**
   * Returns the deepest nesting of objects and arrays.
   *
   * @return the depth; default {@value #MAX_NESTING_DEPTH}
   */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value, in characters.
   *
   * @return the length; default {@value #MAX_STRING_LENGTH}
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest property name, in characters.
   *
   * @return the length; default {@value #MAX_NAME_LENGTH}
   */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the longest number, in characters.
   *
   * @return the length; default {@value #MAX_NUMBER_LENGTH}
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the largest document (JSON, YAML, CSV, errata, waiver file, imported table text), in bytes,
   * or in characters when the input is given as characters. The table importer also refuses a document
   * whose canonical JSON would be longer, so that it never writes what the readers refuse.
   *
   * @return the length; default {@value #MAX_DOCUMENT_LENGTH}
   */
  public long getMaxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the longest line of a JSON Lines stream, in characters.
   *
   * @return the length; default {@value #MAX_JSON_LINE_LENGTH}
   */
  public int getMaxJsonLineLength() {
    return maxJsonLineLength;
  }

  /**
   * Returns the largest JSON Lines stream, in characters, for whole reads and streaming reads alike.
   *
   * @return the length; default {@value #MAX_JSON_LINES_LENGTH}
   */
  public long getMaxJsonLinesLength() {
    return maxJsonLinesLength;
  }

  /**
   * Returns the most lines of a JSON Lines stream, its header included.
   *
   * @return the count; default {@value #MAX_JSON_LINES}
   */
  public int getMaxJsonLines() {
    return maxJsonLines;
  }

  /**
   * Returns the most code points in one YAML document.
   *
   * @return the count; default {@value #MAX_YAML_CODE_POINTS}
   */
  public int getMaxYamlCodePoints() {
    return maxYamlCodePoints;
  }

  /**
   * Returns the longest run of characters without white space in a YAML document.
   *
   * @return the length; default {@value #MAX_YAML_RUN_LENGTH}
   */
  public int getMaxYamlRunLength() {
    return maxYamlRunLength;
  }

  /**
   * Returns the most lines of a table text the importer reads; with the document limit it bounds the
   * memory an import takes, whatever the length of the lines.
   *
   * @return the count; default {@value #MAX_TEXT_LINES}
   */
  public int getMaxTextLines() {
    return maxTextLines;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof ReadLimits o
        && maxNestingDepth == o.maxNestingDepth
        && maxStringLength == o.maxStringLength
        && maxNameLength == o.maxNameLength
        && maxNumberLength == o.maxNumberLength
        && maxDocumentLength == o.maxDocumentLength
        && maxJsonLineLength == o.maxJsonLineLength
        && maxJsonLinesLength == o.maxJsonLinesLength
        && maxJsonLines == o.maxJsonLines
        && maxYamlCodePoints == o.maxYamlCodePoints
        && maxYamlRunLength == o.maxYamlRunLength
        && maxTextLines == o.maxTextLines;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
        maxJsonLineLength, maxJsonLinesLength, maxJsonLines, maxYamlCodePoints, maxYamlRunLength, maxTextLines);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
        + ", maxNameLength=" + maxNameLength + ", maxNumberLength=" + maxNumberLength
        + ", maxDocumentLength=" + maxDocumentLength + ", maxJsonLineLength=" + maxJsonLineLength
        + ", maxJsonLinesLength=" + maxJsonLinesLength + ", maxJsonLines=" + maxJsonLines
        + ", maxYamlCodePoints=" + maxYamlCodePoints + ", maxYamlRunLength=" + maxYamlRunLength
        + ", maxTextLines=" + maxTextLines + "}";
  }

  /**
   * Builds {@link ReadLimits}, starting from the defaults. Every limit must be at least 1.
   *
   * <pre>{@code
   * ReadLimits limits = ReadLimits.builder().maxJsonLinesLength(8L << 30).maxJsonLines(50_000_000).build();
   * }</pre>
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private int maxNestingDepth = MAX_NESTING_DEPTH;
    private int maxStringLength = MAX_STRING_LENGTH;
    private int maxNameLength = MAX_NAME_LENGTH;
    private int maxNumberLength = MAX_NUMBER_LENGTH;
    private long maxDocumentLength = MAX_DOCUMENT_LENGTH;
    private int maxJsonLineLength = MAX_JSON_LINE_LENGTH;
    private long maxJsonLinesLength = MAX_JSON_LINES_LENGTH;
    private int maxJsonLines = MAX_JSON_LINES;
    private int maxYamlCodePoints = MAX_YAML_CODE_POINTS;
    private int maxYamlRunLength = MAX_YAML_RUN_LENGTH;
    private int maxTextLines = MAX_TEXT_LINES;

    private Builder() {}

    /**
     * Sets the deepest nesting of objects and arrays.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxNestingDepth(int value) {
      maxNestingDepth = (int) positive("maxNestingDepth", value);
      return this;
    }

    /**
     * Sets the longest string value, in characters.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxStringLength(int value) {
      maxStringLength = (int) positive("maxStringLength", value);
      return this;
    }

    /**
     * Sets the longest property name, in characters.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxNameLength(int value) {
      maxNameLength = (int) positive("maxNameLength", value);
      return this;
    }

    /**
     * Sets the longest number, in characters.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxNumberLength(int value) {
      maxNumberLength = (int) positive("maxNumberLength", value);
      return this;
    }

    /**
     * Sets the largest document, in bytes (characters when the input is characters).
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxDocumentLength(long value) {
      maxDocumentLength = positive("maxDocumentLength", value);
      return this;
    }

    /**
     * Sets the longest line of a JSON Lines stream, in characters.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxJsonLineLength(int value) {
      maxJsonLineLength = (int) positive("maxJsonLineLength", value);
      return this;
    }

    /**
     * Sets the largest JSON Lines stream, in characters.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxJsonLinesLength(long value) {
      maxJsonLinesLength = positive("maxJsonLinesLength", value);
      return this;
    }

    /**
     * Sets the most lines of a JSON Lines stream, its header included.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxJsonLines(int value) {
      maxJsonLines = (int) positive("maxJsonLines", value);
      return this;
    }

    /**
     * Sets the most code points in one YAML document.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxYamlCodePoints(int value) {
      maxYamlCodePoints = (int) positive("maxYamlCodePoints", value);
      return this;
    }

    /**
     * Sets the longest run of characters without white space in a YAML document.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxYamlRunLength(int value) {
      maxYamlRunLength = (int) positive("maxYamlRunLength", value);
      return this;
    }

    /**
     * Sets the most lines of a table text the importer reads.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when the value is below 1
     */
    public Builder maxTextLines(int value) {
      maxTextLines = (int) positive("maxTextLines", value);
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, but was " + value);
      }
      return value;
    }
  }
}
