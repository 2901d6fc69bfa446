package org.wsis.roadmap.io;

/**
 * The limits every reader of this package applies to its input, so that hostile or broken input
 * ends with a {@link RoadmapReadException} naming the place, never with an {@code OutOfMemoryError}
 * or a {@code StackOverflowError}.
 *
 * <p>The limits are fixed: a roadmap edition is a few megabytes, so they leave ample room for real
 * documents while bounding the memory a read can take.
 *
 * <pre>{@code
 * try {
 *   RoadmapJson.read(untrusted);
 * } catch (RoadmapReadException e) {
 *   // for example: a string longer than ReadLimits.MAX_STRING_LENGTH
 * }
 * }</pre>
 */
public final class ReadLimits {
  /** Deepest nesting of objects and arrays: 64 (the model itself is 8 deep). */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest string value, in characters: 1,000,000. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest property name, in characters: 1,000. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** Longest number, in characters: 100. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Largest document (JSON, YAML, CSV), in bytes or characters: 64 MiB. A JSON Lines stream has no
   * total limit; each of its lines is limited to {@link #MAX_JSON_LINE_LENGTH}.
   */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Longest line of a JSON Lines stream, in characters: 16 Mi. The stream itself may be of any length. */
  public static final int MAX_JSON_LINE_LENGTH = 16 * 1024 * 1024;

  /** Most YAML aliases in one document: 50. */
  public static final int MAX_YAML_ALIASES = 50;

  /** Most code points in one YAML document: 16 Mi. */
  public static final int MAX_YAML_CODE_POINTS = 16 * 1024 * 1024;

  /**
   * Longest run of characters without white space in a YAML document: 20,000. SnakeYAML scans such a
   * run in time that grows with the square of its length; prose and codes never come near this.
   */
  public static final int MAX_YAML_RUN_LENGTH = 20_000;

  private ReadLimits() {}
}
