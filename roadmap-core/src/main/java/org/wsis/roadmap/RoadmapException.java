package org.wsis.roadmap;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Catching {@code RoadmapException} catches parse errors of typed values ({@link
 * RoadmapParseException}), read errors of serialized roadmaps and every other failure the library
 * reports, and nothing else.
 *
 * <pre>{@code
 * try {
 *   SdgTarget.parse("4-4");
 * } catch (RoadmapException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class RoadmapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, quoting the offending value
   */
  public RoadmapException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, quoting the offending value
   * @param cause the underlying failure
   */
  public RoadmapException(String message, Throwable cause) {
    super(message, cause);
  }
}
