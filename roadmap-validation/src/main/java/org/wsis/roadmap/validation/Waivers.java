package org.wsis.roadmap.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.wsis.roadmap.RoadmapException;

/**
 * Reads waiver files, YAML or JSON:
 *
 * <pre>{@code
 * waivers:
 *   - rule: WSIS-TEXT-002
 *     location: "C5.GT.*"
 *     reason: The ITU draft repeats this statement in two sections on purpose
 *     expires: 2025-06-30
 * }</pre>
 *
 * <p>{@code rule}, {@code location} and {@code reason} are required, {@code expires} (an ISO date)
 * is optional; any other field is an error. A file holding only the list, without the {@code
 * waivers} key, is accepted too. A JSON file has the same shape.
 *
 * <pre>{@code
 * List<Waiver> waivers = Waivers.read(Path.of("waivers.yaml"));
 * }</pre>
 */
public final class Waivers {
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  /**
   * The longest waiver file {@link #read(Path)} reads, in bytes: 4 MiB, some ten thousand waivers. A
   * longer file, or an endless one, fails at that length without being read further; a binary one
   * such as {@code /dev/zero} fails at its first control character.
   */
  public static final int MAX_FILE_LENGTH = 4 * 1024 * 1024;

  private Waivers() {}

  /**
   * Reads a waiver file; a name ending in {@code .json} is read as JSON, any other as YAML.
   *
   * @param file the file
   * @return the waivers in file order
   * @throws WaiverFileException when the file is not a well-formed waiver file, holds a control
   *     character or a byte that is not UTF-8, or is longer than {@link #MAX_FILE_LENGTH}, with line and
   *     column
   * @throws org.wsis.roadmap.RoadmapIoException when the file cannot be read, naming it
   */
  public static List<Waiver> read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_LENGTH + 1);
    } catch (IOException e) {
      throw org.wsis.roadmap.RoadmapIoException.of("read", file, e);
    }
    return parse(text(bytes, source), source);
  }

  /**
   * Decodes a waiver file strictly, in the order a reader meets its problems: a control character
   * (a binary file), a byte that is not UTF-8, then the length limit; each fails at its line and column.
   */
  private static String text(byte[] bytes, String source) {
    boolean tooLong = bytes.length > MAX_FILE_LENGTH;
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, MAX_FILE_LENGTH));
    CharBuffer out = CharBuffer.allocate(in.remaining());
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, !tooLong);
    if (!result.isError() && !tooLong) {
      result = decoder.flush(out);
    }
    out.flip();
    int line = 1;
    int column = 0;
    for (int i = 0; i < out.limit(); i++) {
      char c = out.get(i);
      if (c == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        throw new WaiverFileException(String.format(Locale.ROOT,
            "must be YAML or JSON text, but holds the control character U+%04X (binary file?)", (int) c), source, line, column, null);
      }
    }
    if (result.isError()) {
      throw new WaiverFileException("must be UTF-8 text, but byte " + (in.position() + 1) + " is not UTF-8 (binary file?)",
          source, line, column + 1, null);
    }
    if (tooLong) {
      throw new WaiverFileException("exceeds a read limit: a waiver file may be at most " + MAX_FILE_LENGTH + " bytes long",
          source, line, column, null);
    }
    return out.toString();
  }

  /**
   * Reads waivers from text; text whose first character other than white space is <code>&#123;</code> or
   * {@code [} is read as JSON, any other as YAML.
   *
   * @param text the file content
   * @param source the file name, for error messages
   * @return the waivers in file order
   * @throws WaiverFileException when the text is not a well-formed waiver file, with line and column
   */
  public static List<Waiver> parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    String start = text.stripLeading();
    boolean json = source.endsWith(".json") || start.startsWith("{") || start.startsWith("[");
    try (Reader reader = new StringReader(text);
        JsonParser parser = (json ? JSON : YAML).createParser(reader)) {
      return new Reading(parser, source).waivers();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new WaiverFileException("waiver file must be well-formed " + (json ? "JSON" : "YAML") + ", but: " + e.getOriginalMessage(),
          source, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()), e);
    } catch (IOException e) {
      throw new RoadmapException("waiver text must be readable, but was not: " + RoadmapException.quote(source), e);
    }
  }

  /** One reading of one waiver file. */
  private static final class Reading {
    private final JsonParser parser;
    private final String source;

    Reading(JsonParser parser, String source) {
      this.parser = parser;
      this.source = source;
    }

    private List<Waiver> waivers() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return List.of();
      }
      if (token == JsonToken.START_OBJECT) {
        token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
          return List.of();
        }
        if (token != JsonToken.FIELD_NAME || !"waivers".equals(parser.currentName())) {
          throw error("a waiver file must have one key 'waivers', but has: " + RoadmapException.quote(parser.getText()));
        }
        token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
          expectEnd(JsonToken.END_OBJECT);
          return List.of();
        }
        List<Waiver> result = list(token);
        expectEnd(JsonToken.END_OBJECT);
        return result;
      }
      return list(token);
    }

    private void expectEnd(JsonToken end) throws IOException {
      JsonToken token = parser.nextToken();
      if (token != end) {
        throw error("a waiver file must have one key 'waivers', but has also: " + RoadmapException.quote(parser.getText()));
      }
    }

    private List<Waiver> list(JsonToken token) throws IOException {
      if (token != JsonToken.START_ARRAY) {
        throw error("'waivers' must be a list of waivers, but was: " + RoadmapException.quote(parser.getText()));
      }
      List<Waiver> result = new ArrayList<>();
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw error("a waiver must be a map of rule, location, reason and expires, but was: " + RoadmapException.quote(parser.getText()));
        }
        result.add(waiver());
      }
      return result;
    }

    private Waiver waiver() throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      Map<String, String> values = new HashMap<>();
      Map<String, JsonLocation> where = new HashMap<>();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (!List.of("rule", "location", "reason", "expires").contains(name)) {
          throw error("a waiver's fields are rule, location, reason and expires, but one was: " + RoadmapException.quote(name));
        }
        JsonToken value = parser.nextToken();
        if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) {
          throw error("waiver field '" + name + "' must be a text, but was: " + RoadmapException.quote(parser.getText()));
        }
        if (values.put(name, parser.getText()) != null) {
          throw error("waiver field '" + name + "' must appear once, but appears again");
        }
        where.put(name, parser.currentTokenLocation());
      }
      for (String required : List.of("rule", "location", "reason")) {
        if (!values.containsKey(required)) {
          throw error(start, "a waiver must have a '" + required + "', but this one has none");
        }
      }
      String rule = values.get("rule").strip();
      if (Rule.byId(rule).isEmpty() && !CustomRule.isCustomId(rule)) {
        throw error(where.get("rule"), "waiver rule must be a rule id of the catalogue such as 'WSIS-TEXT-002' or of a custom rule such as 'ACME-LINK-001', but was: " + RoadmapException.quote(rule));
      }
      Waiver.Builder waiver = Waiver.builder().ruleId(rule).location(values.get("location").strip()).reason(values.get("reason").strip());
      if (values.get("location").isBlank() || values.get("reason").isBlank()) {
        String field = values.get("location").isBlank() ? "location" : "reason";
        throw error(where.get(field), "waiver " + field + " must not be blank, but was: " + RoadmapException.quote(values.get(field)));
      }
      if (values.containsKey("expires")) {
        try {
          waiver.expires(LocalDate.parse(values.get("expires").strip()));
        } catch (DateTimeParseException e) {
          throw error(where.get("expires"), "waiver expiry must be a date such as '2025-06-30', but was: " + RoadmapException.quote(values.get("expires")));
        }
      }
      return waiver.build();
    }

    private WaiverFileException error(String message) {
      return error(parser.currentTokenLocation(), message);
    }

    private WaiverFileException error(JsonLocation at, String message) {
      return new WaiverFileException(message, source,
          Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), null);
    }
  }
}
