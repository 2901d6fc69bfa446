package org.wsis.roadmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.internal.Documents;
import org.wsis.roadmap.io.internal.Factories;

/**
 * Where JSON pointers into a roadmap's canonical JSON start in a roadmap file: the line and column
 * of the property name of an object member, or of the first character of an array item, so that a
 * validation finding about {@code /actionLines/0/outcomes/3/statement} can be shown on the line of
 * the file where that statement is written.
 *
 * <pre>{@code
 * PointerLocations where = PointerLocations.ofYaml(Path.of("draft.yaml"), List.of("/actionLines/0/title"));
 * where.nearest("/actionLines/0/title");     // Optional[Location[pointer=/actionLines/0/title, line=5, column=5]]
 * where.nearest("/actionLines/0/facilitator"); // absent from the file: the location of /actionLines/0
 * }</pre>
 *
 * <p>Pointers are those of the canonical JSON ({@link RoadmapJson}), which JSON and YAML files share;
 * for JSON Lines ({@link RoadmapJsonLines}) they are translated: {@code /actionLines/2/outcomes/5/x}
 * is {@code /outcome/x} on the sixth item line of action line 2, {@code /actionLines/2/title} is
 * {@code /actionLine/title} on the first item line of action line 2, {@code /title} is {@code
 * /roadmap/title} on the header line.
 *
 * <p>The file is read once, as a stream, with the limits of the readers ({@link ReadLimits}); only the
 * pointers asked for and their ancestors are kept, so memory grows with the number of pointers asked
 * for, not with the file, and reading stops once all of them are found. Lines count from 1; columns
 * count UTF-16 code units from 1 in JSON and JSON Lines read as UTF-8, code points from 1 in YAML, and
 * are 0 (unknown) in JSON files in UTF-16 or UTF-32.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PointerLocations {
  /** A JSON Lines stream is one document here: its whole length is bounded by the JSON Lines total limit. */
  private static final JsonFactory JSON_LINES = Factories.json(ReadLimits.defaults().toBuilder()
      .maxDocumentLength(ReadLimits.defaults().getMaxJsonLinesLength())
      .build());

  private final Map<String, Location> locations;

  private PointerLocations(Map<String, Location> locations) {
    this.locations = Map.copyOf(locations);
  }

  /**
   * Where a JSON pointer starts in a file.
   *
   * @param pointer the JSON pointer, such as {@code "/actionLines/0/outcomes/3"}
   * @param line the line, from 1
   * @param column the column, from 1, or 0 when unknown
   */
  public record Location(String pointer, int line, int column) {
    /**
     * Checks the values.
     *
     * @param pointer the JSON pointer
     * @param line the line, from 1
     * @param column the column, from 1, or 0 when unknown
     * @throws IllegalArgumentException when the line is below 1 or the column below 0
     */
    public Location {
      Objects.requireNonNull(pointer, "pointer");
      if (line < 1 || column < 0) {
        throw new IllegalArgumentException("a location must have a line from 1 and a column from 0, but was: line "
            + line + ", column " + column);
      }
    }
  }

  /**
   * Finds pointers in a roadmap file of a format: JSON, YAML and JSON Lines have pointers; the CSV table
   * and formats provided by other modules have none.
   *
   * <pre>{@code
   * Optional<PointerLocations> where = PointerLocations.of(RoadmapFormat.byPath(file).orElseThrow(), file, pointers);
   * }</pre>
   *
   * @param format the format of the file
   * @param file the file
   * @param pointers the JSON pointers wanted
   * @return the locations, or empty when the format has no JSON pointers
   * @throws RoadmapIoException when the file cannot be read
   * @throws RoadmapReadException when the file is not well-formed
   */
  public static java.util.Optional<PointerLocations> of(RoadmapFormat format, Path file, Collection<String> pointers) {
    Objects.requireNonNull(format, "format");
    if (format.equals(RoadmapFormat.json())) {
      return java.util.Optional.of(ofJson(file, pointers));
    }
    if (format.equals(RoadmapFormat.yaml())) {
      return java.util.Optional.of(ofYaml(file, pointers));
    }
    if (format.equals(RoadmapFormat.jsonLines())) {
      return java.util.Optional.of(ofJsonLines(file, pointers));
    }
    return java.util.Optional.empty();
  }

  /**
   * Finds pointers in a JSON roadmap file.
   *
   * @param file the file, UTF-8 (or UTF-16/32, detected, then without columns)
   * @param pointers the JSON pointers to find
   * @return the locations of the pointers found and of their ancestors
   * @throws RoadmapReadException when the file is not well-formed JSON or exceeds a read limit
   * @throws RoadmapIoException when the file cannot be read
   */
  public static PointerLocations ofJson(Path file, Collection<String> pointers) {
    Objects.requireNonNull(file, "file");
    Wanted wanted = new Wanted(pointers);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      if (isUtf8(in)) {
        try (Reader reader = Documents.utf8Reader(in)) {
          return walk(Factories.json().createParser(reader), wanted, new Direct(wanted, true));
        }
      }
      return walk(Factories.json().createParser(in), wanted, new Direct(wanted, false));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", file, e);
    }
  }

  /**
   * Finds pointers in a JSON roadmap text.
   *
   * @param json the text
   * @param pointers the JSON pointers to find
   * @return the locations of the pointers found and of their ancestors
   * @throws RoadmapReadException when the text is not well-formed JSON or exceeds a read limit
   */
  public static PointerLocations ofJson(String json, Collection<String> pointers) {
    Objects.requireNonNull(json, "json");
    Wanted wanted = new Wanted(pointers);
    try {
      return walk(Factories.json().createParser(new StringReader(json)), wanted, new Direct(wanted, true));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", null, e);
    }
  }

  /**
   * Finds pointers in a YAML roadmap file.
   *
   * @param file the file, UTF-8 unless a byte order mark says otherwise
   * @param pointers the JSON pointers to find
   * @return the locations of the pointers found and of their ancestors
   * @throws RoadmapReadException when the file is not well-formed YAML or exceeds a read limit
   * @throws RoadmapIoException when the file cannot be read
   */
  public static PointerLocations ofYaml(Path file, Collection<String> pointers) {
    Objects.requireNonNull(file, "file");
    Wanted wanted = new Wanted(pointers);
    try {
      return walk(Documents.ofYaml(file, ReadLimits.defaults()).open(Factories.yaml()), wanted, new Direct(wanted, true));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", file, e);
    }
  }

  /**
   * Finds pointers in a YAML roadmap text.
   *
   * @param yaml the text
   * @param pointers the JSON pointers to find
   * @return the locations of the pointers found and of their ancestors
   * @throws RoadmapReadException when the text is not well-formed YAML or exceeds a read limit
   */
  public static PointerLocations ofYaml(String yaml, Collection<String> pointers) {
    Objects.requireNonNull(yaml, "yaml");
    Wanted wanted = new Wanted(pointers);
    try {
      return walk(Documents.ofYaml(yaml, ReadLimits.defaults()).open(Factories.yaml()), wanted, new Direct(wanted, true));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", null, e);
    }
  }

  /**
   * Finds pointers of the canonical JSON in a JSON Lines roadmap file.
   *
   * @param file the file, UTF-8
   * @param pointers the JSON pointers of the canonical JSON to find
   * @return the locations of the pointers found and of their ancestors
   * @throws RoadmapReadException when a line is not well-formed JSON or exceeds a read limit
   * @throws RoadmapIoException when the file cannot be read
   */
  public static PointerLocations ofJsonLines(Path file, Collection<String> pointers) {
    Objects.requireNonNull(file, "file");
    Wanted wanted = new Wanted(pointers);
    try (InputStream in = Files.newInputStream(file); Reader reader = Documents.utf8Reader(in)) {
      return walk(JSON_LINES.createParser(reader), wanted, new Lines(wanted));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", file, e);
    }
  }

  /**
   * Finds pointers of the canonical JSON in a JSON Lines roadmap text.
   *
   * @param jsonLines the text
   * @param pointers the JSON pointers of the canonical JSON to find
   * @return the locations of the pointers found and of their ancestors
   * @throws RoadmapReadException when a line is not well-formed JSON or exceeds a read limit
   */
  public static PointerLocations ofJsonLines(String jsonLines, Collection<String> pointers) {
    Objects.requireNonNull(jsonLines, "jsonLines");
    Wanted wanted = new Wanted(pointers);
    try {
      return walk(JSON_LINES.createParser(new StringReader(jsonLines)), wanted, new Lines(wanted));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", null, e);
    }
  }

  /**
   * Returns where a pointer starts, when the file has it.
   *
   * @param pointer the JSON pointer
   * @return the location, or empty when the file does not have the pointer or it was not asked for
   */
  public Optional<Location> get(String pointer) {
    return Optional.ofNullable(locations.get(Objects.requireNonNull(pointer, "pointer")));
  }

  /**
   * Returns where a pointer starts or, when the file does not have it (a finding about a missing
   * property, for example), where its nearest ancestor that the file has starts.
   *
   * @param pointer the JSON pointer, one of those asked for
   * @return the location, or empty when not even the root was found (an empty file)
   */
  public Optional<Location> nearest(String pointer) {
    String at = Objects.requireNonNull(pointer, "pointer");
    while (true) {
      Location found = locations.get(at);
      if (found != null || at.isEmpty()) {
        return Optional.ofNullable(found);
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  /**
   * Returns every location found.
   *
   * @return the locations by pointer
   */
  public Map<String, Location> asMap() {
    return locations;
  }

  // ---------------------------------------------------------------- reading

  /** Tells, without consuming them, whether the first bytes of a stream look like UTF-8 (or ASCII). */
  private static boolean isUtf8(InputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return false;
    }
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return true;
  }

  /** The pointers asked for and all their ancestors. */
  private static final class Wanted {
    private static final Pattern IN_OUTCOME = Pattern.compile("/actionLines/[^/]*/outcomes/[^/]*(.*)", Pattern.DOTALL);
    private static final Pattern IN_ACTION_LINE = Pattern.compile("/actionLines/[^/]*(.*)", Pattern.DOTALL);

    final Set<String> pointers = new HashSet<>();
    /** What follows {@code /actionLines/i/outcomes/j} in the pointers. */
    final Set<String> outcomeRests = new HashSet<>();
    /** What follows {@code /actionLines/i} in the pointers. */
    final Set<String> actionLineRests = new HashSet<>();
    final int asked;

    Wanted(Collection<String> asked) {
      Objects.requireNonNull(asked, "pointers");
      for (String pointer : asked) {
        String at = Objects.requireNonNull(pointer, "pointer");
        while (pointers.add(at) && !at.isEmpty()) {
          int slash = at.lastIndexOf('/');
          at = slash < 0 ? "" : at.substring(0, slash);
        }
      }
      this.asked = pointers.size();
      for (String pointer : pointers) {
        Matcher outcome = IN_OUTCOME.matcher(pointer);
        if (outcome.matches()) {
          outcomeRests.add(outcome.group(1));
        }
        Matcher actionLine = IN_ACTION_LINE.matcher(pointer);
        if (actionLine.matches()) {
          actionLineRests.add(actionLine.group(1));
        }
      }
    }
  }

  /** Receives what the walk meets. */
  private interface Visitor {
    /** A value starts: an object member (at its name), an array item, or a root value ({@code ""}). */
    void start(String pointer, JsonLocation at);

    /** A scalar value at a pointer. */
    default void scalar(String pointer, JsonParser parser) throws IOException {}

    /** A root value ended. */
    default void rootEnd() {}

    /** Tells whether to read on after a root value. */
    boolean more();

    /** Returns what was found. */
    Map<String, Location> found();
  }

  private static PointerLocations walk(JsonParser opened, Wanted wanted, Visitor visitor) throws IOException {
    try (JsonParser parser = opened) {
      return Documents.guarded(parser, 1, () -> {
        try {
          walk(parser, visitor, wanted);
          return new PointerLocations(visitor.found());
        } catch (JsonProcessingException e) {
          throw Documents.located(e, parser, 1);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /**
   * Streams the tokens once, keeping the current pointer in one buffer: each container remembers
   * where its own pointer ends, each member or item appends its segment there.
   */
  private static void walk(JsonParser parser, Visitor visitor, Wanted wanted) throws IOException {
    StringBuilder path = new StringBuilder();
    List<int[]> frames = new ArrayList<>(); // {pointer length, next index or -1 for an object}
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.FIELD_NAME) {
        int[] top = frames.get(frames.size() - 1);
        path.setLength(top[0]);
        appendSegment(path, parser.currentName());
        visitor.start(path.toString(), parser.currentTokenLocation());
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        int[] top = frames.remove(frames.size() - 1);
        path.setLength(top[0]);
        if (frames.isEmpty()) {
          visitor.rootEnd();
          if (!visitor.more() || visitor.found().size() == wanted.asked) {
            return;
          }
        }
        continue;
      }
      if (frames.isEmpty()) {
        path.setLength(0);
        visitor.start("", parser.currentTokenLocation());
      } else {
        int[] top = frames.get(frames.size() - 1);
        if (top[1] >= 0) {
          path.setLength(top[0]);
          path.append('/').append(top[1]++);
          visitor.start(path.toString(), parser.currentTokenLocation());
        }
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        frames.add(new int[] {path.length(), token == JsonToken.START_ARRAY ? 0 : -1});
      } else {
        visitor.scalar(path.toString(), parser);
        if (frames.isEmpty()) {
          visitor.rootEnd();
          if (!visitor.more()) {
            return;
          }
        }
      }
    }
  }

  private static void appendSegment(StringBuilder path, String name) {
    path.append('/');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        path.append("~0");
      } else if (c == '/') {
        path.append("~1");
      } else {
        path.append(c);
      }
    }
  }

  private static Location location(String pointer, JsonLocation at, boolean withColumn) {
    return new Location(pointer, Math.max(1, at.getLineNr()), withColumn ? Math.max(0, at.getColumnNr()) : 0);
  }

  /** JSON and YAML: the file's pointers are the canonical ones. */
  private static final class Direct implements Visitor {
    private final Wanted wanted;
    private final boolean withColumn;
    private final Map<String, Location> found = new HashMap<>();

    Direct(Wanted wanted, boolean withColumn) {
      this.wanted = wanted;
      this.withColumn = withColumn;
    }

    @Override
    public void start(String pointer, JsonLocation at) {
      if (wanted.pointers.contains(pointer)) {
        found.putIfAbsent(pointer, location(pointer, at, withColumn));
      }
    }

    @Override
    public boolean more() {
      return false;
    }

    @Override
    public Map<String, Location> found() {
      return found;
    }
  }

  /** JSON Lines: each line's pointers translated to the canonical ones once the line is read. */
  private static final class Lines implements Visitor {
    private static final String ACTION_LINE = "/actionLine";
    private static final String OUTCOME = "/outcome";
    private static final String HEADER = "/roadmap";

    private final Wanted wanted;
    private final Map<String, Location> found = new HashMap<>();
    /** The starts met on the current line: pointer in the line, location. */
    private final List<Map.Entry<String, JsonLocation>> line = new ArrayList<>();
    private int lineIndex = -1;
    private int actionLineIndex = -1;
    private boolean hasOutcome;
    private int currentActionLine = -1;
    private int outcomeIndex = -1;

    Lines(Wanted wanted) {
      this.wanted = wanted;
    }

    @Override
    public void start(String pointer, JsonLocation at) {
      if (pointer.isEmpty()) {
        lineIndex++;
        actionLineIndex = -1;
        hasOutcome = false;
        line.clear();
      }
      if (lineIndex > 0 && pointer.equals(OUTCOME)) {
        hasOutcome = true;
      }
      if (pointer.isEmpty() || (lineIndex == 0 ? inHeader(pointer) : inItem(pointer))) {
        line.add(Map.entry(pointer, at));
      }
    }

    /** Tells whether a pointer of the header line stands for one asked for. */
    private boolean inHeader(String pointer) {
      return pointer.startsWith(HEADER) ? wanted.pointers.contains(pointer.substring(HEADER.length()))
          : wanted.pointers.contains(pointer);
    }

    /** Tells whether a pointer of an item line may stand for one asked for, whatever the line's indexes. */
    private boolean inItem(String pointer) {
      if (pointer.startsWith(ACTION_LINE + "/")) {
        return wanted.actionLineRests.contains(pointer.substring(ACTION_LINE.length()));
      }
      return pointer.startsWith(OUTCOME + "/") && wanted.outcomeRests.contains(pointer.substring(OUTCOME.length()));
    }

    @Override
    public void scalar(String pointer, JsonParser parser) throws IOException {
      if (lineIndex > 0 && pointer.equals("/actionLineIndex") && parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        actionLineIndex = parser.getIntValue();
      }
    }

    @Override
    public void rootEnd() {
      if (lineIndex == 0) {
        for (Map.Entry<String, JsonLocation> start : line) {
          String pointer = start.getKey();
          if (pointer.isEmpty() || pointer.equals(HEADER)) {
            put("", start.getValue());
          } else if (pointer.startsWith(HEADER + "/")) {
            put(pointer.substring(HEADER.length()), start.getValue());
          } else if (!pointer.startsWith(HEADER)) {
            put(pointer, start.getValue());
          }
        }
      } else if (actionLineIndex >= 0) {
        if (actionLineIndex != currentActionLine) {
          currentActionLine = actionLineIndex;
          outcomeIndex = -1;
        }
        if (hasOutcome) {
          outcomeIndex++;
        }
        String lineBase = "/actionLines/" + actionLineIndex;
        String outcomeBase = lineBase + "/outcomes/" + outcomeIndex;
        for (Map.Entry<String, JsonLocation> start : line) {
          String pointer = start.getKey();
          JsonLocation at = start.getValue();
          if (pointer.isEmpty()) {
            put("/actionLines", at);
            put(lineBase, at);
            if (hasOutcome) {
              put(lineBase + "/outcomes", at);
              put(outcomeBase, at);
            }
          } else if (pointer.startsWith(ACTION_LINE + "/")) {
            put(lineBase + pointer.substring(ACTION_LINE.length()), at);
          } else if (hasOutcome && pointer.startsWith(OUTCOME + "/")) {
            put(outcomeBase + pointer.substring(OUTCOME.length()), at);
          }
        }
      }
      line.clear();
    }

    private void put(String pointer, JsonLocation at) {
      if (wanted.pointers.contains(pointer)) {
        found.putIfAbsent(pointer, location(pointer, at, true));
      }
    }

    @Override
    public boolean more() {
      return true;
    }

    @Override
    public Map<String, Location> found() {
      return found;
    }
  }
}
