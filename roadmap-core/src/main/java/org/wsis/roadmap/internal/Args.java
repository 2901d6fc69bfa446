package org.wsis.roadmap.internal;

import org.wsis.roadmap.RoadmapException;

/**
 * Null guards for the public entry points that take no text (texts are guarded by
 * {@link org.wsis.roadmap.RoadmapParseException#requireText}).
 *
 * <pre>{@code
 * Args.notNull(locale, "locale");
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class Args {
  private Args() {}

  /**
   * Returns the value, or throws when it is null.
   *
   * @param value the argument
   * @param what the argument's name, for the message
   * @param <T> the argument's type
   * @return the value
   * @throws RoadmapException when the value is null
   */
  public static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new RoadmapException(what + " must not be null");
    }
    return value;
  }
}
