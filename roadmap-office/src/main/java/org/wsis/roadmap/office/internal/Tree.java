package org.wsis.roadmap.office.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that keeps every scalar as its exact text (a number such as {@code 2.50} stays {@code
 * "2.50"}): objects are {@link LinkedHashMap}s, arrays {@link List}s, scalars {@link Scalar}s.
 */
public final class Tree {
  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * A scalar value and its exact text.
   *
   * @param text the text: the string's value, the number as written, {@code true}, {@code false}
   * @param string whether the value is a JSON string
   */
  public record Scalar(String text, boolean string) {}

  private Tree() {}

  /**
   * Parses a JSON text written by the library.
   *
   * @param json the text
   * @return the tree: a map, a list or a scalar; null for JSON {@code null}
   */
  public static Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return value(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.put(name, value(p));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(p));
        }
        return array;
      }
      case VALUE_STRING:
        return new Scalar(p.getText(), true);
      case VALUE_NULL:
        return new Scalar("null", false);
      default:
        return new Scalar(p.getText(), false);
    }
  }
}
