package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.wsis.roadmap.IncompleteValueException;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.io.internal.Names.Property;
import org.wsis.roadmap.io.internal.Names.Table;

/**
 * Walks the JSON (or YAML) tokens of one document for {@link ModelReader}: objects with their known
 * properties, lists, scalars of each type, and every problem with its line, column and JSON pointer.
 *
 * <p>Strict: the first problem throws {@link RoadmapReadException}. Lenient: problems are collected
 * and a value the model cannot hold is left out. Extensions are properties whose names start with
 * {@value #EXTENSION_PREFIX}.
 */
abstract class JsonWalker {
  /** The prefix of extension names, as in OpenAPI: {@value}. */
  static final String EXTENSION_PREFIX = "x-";

  final JsonParser p;
  final boolean strict;
  private final int firstLine;
  private final boolean skipUnknown;
  final List<ReadProblem> problems = new ArrayList<>();

  JsonWalker(JsonParser parser, boolean strict, int firstLine, boolean skipUnknown) {
    this.p = parser;
    this.strict = strict;
    this.firstLine = firstLine;
    this.skipUnknown = skipUnknown;
  }

  /**
   * Returns the problems met so far (lenient reads).
   *
   * @return the problems, in input order
   */
  public List<ReadProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The line of the parser's first line in the whole input. */
  int firstLine() {
    return firstLine;
  }

  // ---------------------------------------------------------------- structure

  /**
   * Reads the value of one property of an object: a switch over the object's property enum, with a
   * case for each constant and no default, so that a property added to the enum must be read.
   *
   * @param <P> the property enum
   */
  interface FieldReader<P> {
    /**
     * Reads the value of the property, the current token.
     *
     * @return whatever the switch gives; the value is not used
     */
    boolean read(P property) throws IOException;
  }

  /** Reads one value, the current token, leaving the parser on its last token. */
  interface ValueReader<T> {
    T read() throws IOException;
  }

  /**
   * Walks the properties of the object whose {@code START_OBJECT} is the current token, up to its
   * {@code END_OBJECT}: duplicates and unknown properties are problems; unknown properties go to
   * {@code extensions} when it is not null. An optional property whose value is {@code null} is absent.
   */
  final <P extends Enum<P> & Property> void fields(Mark start, Table<P> known, Map<String, String> extensions,
      String what, FieldReader<P> reader) throws IOException {
    // the known properties seen, by ordinal (the model's objects have fewer than 64), and the other names
    long seenKnown = 0;
    Set<String> seenOthers = null;
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      P property = known.get(name);
      boolean first;
      if (property != null) {
        long bit = 1L << property.ordinal();
        first = (seenKnown & bit) == 0;
        seenKnown |= bit;
      } else {
        if (seenOthers == null) {
          seenOthers = new HashSet<>();
        }
        first = seenOthers.add(name);
      }
      push(name);
      try {
        property(known, extensions, what, reader, first, property, name, value);
      } finally {
        pop();
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw fatal(mark(), "expected a property name or the end of the " + what + ", but was " + describe(token));
    }
  }

  private <P extends Enum<P> & Property> void property(Table<P> known, Map<String, String> extensions, String what,
      FieldReader<P> reader, boolean first, P property, String name, JsonToken value) throws IOException {
    if (!first) {
      problem(mark(), RoadmapException.quote(name) + " appears more than once in this " + what
          + "; a property may appear once, the first value is kept");
      p.skipChildren();
    } else if (property != null) {
      if (value != JsonToken.VALUE_NULL || !property.optional()) {
        reader.read(property);
      }
    } else if (extensions != null && name.startsWith(EXTENSION_PREFIX)) {
      extensions.put(name, capture());
    } else if (skipUnknown) {
      p.skipChildren();
    } else if (extensions != null) {
      problem(mark(), RoadmapException.quote(name) + " is not a property of " + article(what) + "; known properties are "
          + known.listed() + ", and extensions, whose names start with '" + EXTENSION_PREFIX + "'"
          + (strict ? "" : "; kept as an extension"));
      extensions.put(name, capture());
    } else {
      problem(mark(), RoadmapException.quote(name) + " is not a property of " + article(what) + "; known properties are "
          + known.listed() + " (extensions are allowed on a roadmap, an action line and an outcome)"
          + (strict ? "" : "; the value is left out"));
      p.skipChildren();
    }
  }

  final <T> T object(String what, ValueReader<T> reader) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_OBJECT) {
      problem(mark(), "must be " + article(what) + " object, but was " + describe(token) + leftOut("value"));
      p.skipChildren();
      return null;
    }
    return reader.read();
  }

  final <T> List<T> list(ValueReader<T> element) throws IOException {
    List<T> values = new ArrayList<>();
    return list(element, values::add) ? values : null;
  }

  /**
   * Reads an array, giving each element read to {@code add} (a builder's adder: no list in between).
   *
   * @return false when the value is not an array (a problem)
   */
  final <T> boolean list(ValueReader<T> element, Consumer<T> add) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_ARRAY) {
      problem(mark(), "must be an array, but was " + describe(token) + leftOut("value"));
      p.skipChildren();
      return false;
    }
    int index = 0;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw fatal(mark(), "the input ends inside an array");
      }
      push(index++);
      try {
        T value = element.read();
        if (value != null) {
          add.accept(value);
        }
      } finally {
        pop();
      }
    }
    return true;
  }

  final String text() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (strict && text.isEmpty() && isZeroWidth()) {
        problem(mark(), "has no value: nothing follows the colon (does the document end early?)");
      }
      return text;
    }
    if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
      String text = p.getText();
      problem(mark(), "must be a string, but was " + describe(token) + (strict ? "" : "; read as the string " + RoadmapException.quote(text)));
      return text;
    }
    problem(mark(), "must be a string, but was " + describe(token) + leftOut("value"));
    p.skipChildren();
    return null;
  }

  final Integer integer() throws IOException {
    return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Reads a whole number of a domain; the messages state the domain. */
  final Integer integer(int min, int max) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int value = p.getIntValue();
      if (value >= min && value <= max) {
        return value;
      }
    } else if (token == JsonToken.VALUE_STRING && p.getText().strip().matches("-?[0-9]{1,9}")) {
      int value = Integer.parseInt(p.getText().strip());
      if (value >= min && value <= max) {
        problem(mark(), "must be a whole number, but was " + describe(token) + (strict ? "" : "; read as " + value));
        return value;
      }
    }
    problem(mark(), "must be a whole number from " + min + " to " + max + ", but was " + describe(token) + leftOut("value"));
    p.skipChildren();
    return null;
  }

  final BigDecimal decimal() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = new BigDecimal(p.getText());
      // A short text such as 8e999999999 stands for a number of a billion digits; writing it out
      // (plain, as this library writes numbers) would exhaust memory, so its written length is limited too.
      int maxDigits = p.streamReadConstraints().getMaxNumberLength();
      if (value.precision() - value.scale() > maxDigits || value.scale() > maxDigits) {
        problem(mark(), "must be a number of at most " + maxDigits
            + " digits when written out (see ReadLimits), but was " + number(p.getText()) + leftOut("value"));
        return null;
      }
      return value;
    }
    if (token == JsonToken.VALUE_STRING && p.getText().strip().matches("-?[0-9]{1,40}(\\.[0-9]{1,40})?")) {
      BigDecimal value = new BigDecimal(p.getText().strip());
      problem(mark(), "must be a number, but was " + describe(token) + (strict ? "" : "; read as " + value));
      return value;
    }
    problem(mark(), "must be a number, but was " + describe(token) + leftOut("value"));
    p.skipChildren();
    return null;
  }

  final Boolean bool() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    problem(mark(), "must be true or false, but was " + describe(token) + leftOut("value"));
    p.skipChildren();
    return null;
  }

  final LocalDate date() throws IOException {
    String text = text();
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(mark(), "must be a date written yyyy-mm-dd, such as '2024-10-11', but was: " + RoadmapException.quote(text)
          + leftOut("value"));
      return null;
    }
  }

  final <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    String text = text();
    if (text == null) {
      return null;
    }
    E constant = Names.constant(type, text);
    if (constant != null) {
      return constant;
    }
    problem(mark(), "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()
        + ", but was: " + RoadmapException.quote(text) + leftOut("value"));
    return null;
  }

  final String schemaVersion() throws IOException {
    String version = text();
    if (version != null && !version.matches("1\\.[0-9]{1,4}")) {
      problem(mark(), "'schemaVersion' must be '1.' and a minor version (this library reads 1.x and writes '"
          + Names.CURRENT_SCHEMA_VERSION + "'), but was: " + RoadmapException.quote(version));
    }
    return version;
  }

  final <T> T parsed(Function<String, T> parser) throws IOException {
    // the parser stays on the string's token: a problem is located there
    String text = text();
    if (text == null) {
      return null;
    }
    T value = parsedValue(text, parser);
    // A code is written one way (as the writers write it and the JSON Schema says); the parsers also
    // take other spellings ('c5 ', 'C5.GENEVA_TUNIS.A'), which only a lenient read accepts.
    // An SDG code may also be written as its UN IRI (http or https): the parsers accept only UN SDG
    // IRIs of the right kind, so a value read from a text starting with http is one.
    if (value != null && !value.toString().equals(text) && !text.regionMatches(true, 0, "http", 0, 4)) {
      problem(mark(), "must be written '" + value + "', as this library writes it, but was: '" + Locations.shorten(text) + "'"
          + (strict ? "" : "; read as '" + value + "'"));
    }
    return value;
  }

  final <T> T parsedValue(String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (RoadmapException e) {
      problem(mark(), e.getMessage() + leftOut("value"));
      return null;
    }
  }

  final String capture() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Factories.json().createGenerator(out)) {
      ExactCopy.copy(p, g);
    }
    return out.toString();
  }

  final <T> T build(Mark start, String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IncompleteValueException e) {
      problem(start, "this " + what + " lacks required properties " + e.getMissing() + leftOut(what));
      return null;
    } catch (RoadmapException e) {
      problem(start, e.getMessage() + leftOut(what));
      return null;
    }
  }

  /**
   * Gives a value to a builder when there is one.
   *
   * @return true when the value was set
   */
  static <T> boolean set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- problems and locations

  /** A position in the input: line, column and path. */
  /**
   * A position in the input: line, column, and the depth of the path to the value there. The path
   * itself is copied only when a problem is reported: a mark is used while the walk is still inside
   * the value it was taken at, where the first {@code depth} segments are those of the mark.
   */
  record Mark(int line, int column, int depth) {}

  /**
   * The path to the value being read: a property name for each object and an index for each array
   * entered, kept by {@link #fields} and {@link #list} as they walk, so that a mark (taken for every
   * object read) copies one short array instead of walking the parser's contexts.
   */
  private Object[] path = new Object[16];
  private int depth;

  final void push(Object segment) {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = segment;
  }

  final void pop() {
    path[--depth] = null;
  }

  final Mark mark() {
    JsonLocation location = p.currentTokenLocation();
    int line = location.getLineNr() < 1 ? 0 : location.getLineNr() + firstLine - 1;
    int column = Math.max(location.getColumnNr(), 0);
    return new Mark(line, column, depth);
  }

  final void problem(Mark at, String message) {
    ReadProblem problem = toProblem(at, message);
    if (strict) {
      throw new RoadmapReadException(problem);
    }
    problems.add(problem);
  }

  final RoadmapReadException fatal(Mark at, String message) {
    return new RoadmapReadException(toProblem(at, message));
  }

  final String lastProblem() {
    return problems.isEmpty() ? "" : problems.get(problems.size() - 1).getMessage();
  }

  private ReadProblem toProblem(Mark at, String message) {
    List<Object> segments = Arrays.asList(Arrays.copyOf(path, at.depth()));
    return new ReadProblem(Locations.dotted(segments) + ": " + message, at.line(), at.column(), Locations.pointer(segments));
  }

  final String describe(JsonToken token) throws IOException {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + RoadmapException.quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + number(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "the property name " + RoadmapException.quote(p.currentName());
      default -> // a token of a later Jackson version too
          token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }


  /** The lenient reader's note that a value was dropped; a strict read throws, so says nothing of it. */
  final String leftOut(String what) {
    return strict ? "" : "; the " + what + " is left out";
  }

  /**
   * Tells whether the current token takes no characters of the input: a YAML key with nothing after
   * its colon, as at the end of a truncated file ({@code ""} in JSON or YAML takes two).
   */
  private boolean isZeroWidth() {
    long from = p.currentTokenLocation().getCharOffset();
    long to = p.currentLocation().getCharOffset();
    return from >= 0 && from == to;
  }

  /** A number as written, quoted and cut only when it is long. */
  private static String number(String text) {
    return text.length() <= RoadmapException.QUOTE_LENGTH ? text : RoadmapException.quote(text);
  }

  static String article(String what) {
    return "aeiou".indexOf(Character.toLowerCase(what.charAt(0))) >= 0 ? "an " + what : "a " + what;
  }
}
