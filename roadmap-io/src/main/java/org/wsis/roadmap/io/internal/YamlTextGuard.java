package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.wsis.roadmap.RoadmapException;

/**
 * Refuses, with its location, text that YAML output cannot carry: an unpaired surrogate code unit.
 * SnakeYAML's emitter would join a lone high surrogate with the next character into another character
 * ({@code "a\uD800b"} becomes {@code "a\u2462"}), a silent change; JSON and JSON Lines keep such text as
 * {@code \\uD800}.
 */
final class YamlTextGuard extends JsonGeneratorDelegate {
  YamlTextGuard(JsonGenerator delegate) {
    super(delegate);
  }

  @Override
  public void writeString(String text) throws IOException {
    check(text, false);
    super.writeString(text);
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    check(name, true);
    super.writeFieldName(name);
  }

  private void check(String text, boolean name) {
    if (text == null) {
      return;
    }
    int at = unpairedSurrogate(text);
    if (at < 0) {
      return;
    }
    Deque<Object> path = new ArrayDeque<>();
    for (JsonStreamContext c = getOutputContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        path.addFirst(Math.max(c.getCurrentIndex(), 0));
      } else if (c.getCurrentName() != null) {
        path.addFirst(c.getCurrentName());
      }
    }
    if (name) {
      path.addLast(text.substring(0, Math.min(text.length(), 40)));
    }
    List<Object> segments = List.copyOf(path);
    throw new RoadmapException(Locations.dotted(segments) + " (" + Locations.pointer(segments) + "): YAML output "
        + "cannot carry an unpaired surrogate, but the " + (name ? "name" : "text") + " has U+"
        + String.format(Locale.ROOT, "%04X", (int) text.charAt(at)) + " at character " + (at + 1)
        + "; write JSON or JSON Lines, which keep it as an escape");
  }

  /**
   * Returns the index of the first surrogate code unit that is not part of a pair.
   *
   * @param text the text
   * @return the index, or -1 when every surrogate is paired
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
