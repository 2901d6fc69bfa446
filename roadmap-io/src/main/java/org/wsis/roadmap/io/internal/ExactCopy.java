package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Copies the value at the parser's current token to a generator, keeping every decimal number as
 * written ({@code 2.50} stays {@code 2.50}): what {@code JsonGenerator.copyCurrentStructureExact} does
 * from Jackson 2.21 on, written here so that the library runs on the older Jackson 2.x versions it
 * supports (see README, "Jackson versions").
 */
public final class ExactCopy {
  private ExactCopy() {}

  /**
   * Copies the current value (a scalar, or an object or array with everything inside it), leaving the
   * parser on its last token.
   *
   * @param p the parser, on the first token of the value
   * @param g the generator
   * @throws IOException when the parser or the generator fails
   */
  public static void copy(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    JsonToken token = p.currentToken();
    while (token != null) {
      switch (token) {
        case START_OBJECT:
        case START_ARRAY:
          depth++;
          g.copyCurrentEvent(p);
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          g.copyCurrentEvent(p);
          break;
        case VALUE_NUMBER_FLOAT:
          Object deferred = p.getNumberValueDeferred();
          if (deferred instanceof String) {
            g.writeNumber((String) deferred);
          } else {
            g.writeNumber(p.getDecimalValue());
          }
          break;
        default:
          g.copyCurrentEvent(p);
          break;
      }
      if (depth == 0 && token != JsonToken.FIELD_NAME) {
        return;
      }
      token = p.nextToken();
    }
  }
}
