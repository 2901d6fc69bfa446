package org.wsis.roadmap.io.internal;

import java.util.List;

/** Renders paths into the input as dotted paths and JSON pointers. */
public final class Locations {
  private Locations() {}

  /**
   * Returns a path as a person reads it, in back quotes.
   *
   * @param path property names and array indexes
   * @return such as {@code "`actionLines[0].outcomes[3].sdgLinks[2].target`"}, or {@code "the document"} for the root
   */
  public static String dotted(List<Object> path) {
    if (path.isEmpty()) {
      return "the document";
    }
    StringBuilder out = new StringBuilder("`");
    for (Object segment : path) {
      if (segment instanceof Integer) {
        out.append('[').append(segment).append(']');
      } else {
        if (out.length() > 1) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.append('`').toString();
  }

  /**
   * Returns a path as an RFC 6901 JSON pointer.
   *
   * @param path property names and array indexes
   * @return such as {@code "/actionLines/0/outcomes/3"}, {@code ""} for the root
   */
  public static String pointer(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object segment : path) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /**
   * Shortens a quoted value for a message.
   *
   * @param text the value
   * @return the value, cut to 80 characters with an ellipsis
   */
  public static String shorten(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
