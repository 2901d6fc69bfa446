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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.IncompleteValueException;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapParseException;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.RoadmapReadException;

/**
 * Reads the model from a Jackson parser (JSON or YAML), strictly or leniently, with the location
 * of every problem.
 *
 * <p>Strict: the first problem throws {@link RoadmapReadException}. Lenient: problems are
 * collected; a value the model cannot hold is left out; unknown properties of roadmaps, action
 * lines and outcomes are kept as extensions. Problems that leave nothing to read (malformed text,
 * a limit exceeded, no roadmap object) throw in both modes.
 *
 * <p>Extensions: a property of a roadmap, an action line or an outcome whose name starts with
 * {@value #EXTENSION_PREFIX} is an extension, kept verbatim in every mode with no problem. Another
 * unknown name is a problem: strict reads throw, lenient reads keep it as an extension and report it,
 * and a reader made to skip unknown properties (a Jackson mapper with {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} disabled) skips it silently, as Jackson does.
 */
public final class ModelReader {
  /** The prefix of extension names, as in OpenAPI: {@value}. */
  public static final String EXTENSION_PREFIX = "x-";

  // Property sets of each object, built once (a Set.of(...) in a call builds a new set on every call).
  private static final Set<String> JSON_LINES_LINE = Set.of(Names.SCHEMA_VERSION, "roadmap", "actionLineIndex", "actionLine", "outcome");
  private static final Set<String> SUB_ITEM = Set.of("label", "text");
  private static final Set<String> GLOSSARY_ENTRY = Set.of("term", "meaning");
  private static final Set<String> TIMING = Set.of("raw", "entries");
  private static final Set<String> TIMING_ENTRY = Set.of("raw", "kind", "from", "to");
  private static final Set<String> TIMING_ENTRY_OPTIONAL = Set.of("from", "to");
  private static final Set<String> REFERENCE_OPTIONAL = Set.of("target", "body", "place", "year", "issuer");
  private static final Set<String> SDG_LINK = Set.of("goal", "target");
  private static final Set<String> RESULTS = Set.of("expected", "activities", "achievements", "targets", "text");
  private static final Set<String> ACHIEVEMENT = Set.of("text", "metric");
  private static final Set<String> ACHIEVEMENT_OPTIONAL = Set.of("metric");
  private static final Set<String> RESULT_TARGET = Set.of("text", "metric", "byYear");
  private static final Set<String> RESULT_TARGET_OPTIONAL = Set.of("metric", "byYear");
  private static final Set<String> METRIC = Set.of("raw", "comparator", "value", "unit", "asOfYear");
  private static final Set<String> METRIC_OPTIONAL = Set.of("asOfYear");
  private static final Set<String> COVID_RESPONSE = Set.of("documents", "initiatives", "text");
  private static final Set<String> SOURCE_RANGE = Set.of("fromLine", "toLine");
  private static final Set<String> ROADMAP_OPTIONAL = Set.of("asOf", "facilitator");
  private static final Set<String> ACTION_LINE_OPTIONAL = Set.of("source");
  private static final Set<String> OUTCOME_OPTIONAL =
      Set.of("timing", "sdgRaw", "sdgNote", "gdcLinks", "covidResponse", "source", "results");
  private static final Set<String> REFERENCE_PROPERTIES = Set.of(
      "kind", "raw", "goal", "target", "body", "numbers", "revised", "place", "year", "name", "issuer", "symbols");
  private static final Map<String, Set<String>> REFERENCE_KIND_PROPERTIES = Map.of(
      "strategicGoal", Set.of("kind", "raw", "goal", "target"),
      "resolution", Set.of("kind", "raw", "body", "numbers", "revised", "place", "year"),
      "instrument", Set.of("kind", "raw", "name", "place", "year"),
      "document", Set.of("kind", "raw", "issuer", "symbols"),
      "text", Set.of("kind", "raw"));

  private final JsonParser p;
  private final boolean strict;
  private final int firstLine;
  private final boolean skipUnknown;
  private final List<ReadProblem> problems = new ArrayList<>();

  /**
   * Creates a reader.
   *
   * @param parser the parser, before its first token
   * @param strict whether the first problem throws
   * @param firstLine the line number of the parser's first line in the whole input (1 for a document)
   */
  public ModelReader(JsonParser parser, boolean strict, int firstLine) {
    this(parser, strict, firstLine, false);
  }

  /**
   * Creates a reader that may skip unknown properties.
   *
   * @param parser the parser, before its first token
   * @param strict whether the first problem throws
   * @param firstLine the line number of the parser's first line in the whole input (1 for a document)
   * @param skipUnknown whether an unknown property that is not an extension is skipped without a
   *     problem (extensions named {@value #EXTENSION_PREFIX} are still kept)
   */
  public ModelReader(JsonParser parser, boolean strict, int firstLine, boolean skipUnknown) {
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

  /**
   * Reads a whole document: one object with {@code schemaVersion} and the roadmap.
   *
   * @return the roadmap
   * @throws IOException when the parser fails
   * @throws RoadmapReadException on a problem (strict) or when nothing can be read
   */
  public Roadmap readDocument() throws IOException {
    JsonToken token = p.nextToken();
    if (token != JsonToken.START_OBJECT) {
      throw fatal(mark(), token == null
          ? "the input is empty; a roadmap document is one object with 'schemaVersion', 'id', 'title', 'status' and 'actionLines'"
          : "a roadmap document must be an object, but was " + describe(token));
    }
    Roadmap roadmap = readRoadmap(true, true);
    if (roadmap == null) {
      throw fatal(new Mark(firstLine, 1, List.of()), "the document holds no readable roadmap: " + lastProblem());
    }
    JsonToken after = p.nextToken();
    if (after != null) {
      problem(mark(), "the document must end after the roadmap object, but continues with " + describe(after));
    }
    return roadmap;
  }

  /**
   * Reads one line of a JSON Lines stream: a header with {@code schemaVersion} and {@code roadmap}, or an
   * item with {@code actionLineIndex}, {@code actionLine} and optionally {@code outcome}.
   *
   * @return the line's content
   * @throws IOException when the parser fails
   * @throws RoadmapReadException on a problem (strict) or when the line holds nothing readable
   */
  public LineRecord readLine() throws IOException {
    JsonToken token = p.nextToken();
    Mark start = mark();
    if (token != JsonToken.START_OBJECT) {
      throw fatal(start, "a JSON Lines line must be one object, but was " + describe(token));
    }
    LineRecord record = new LineRecord();
    fields(start, JSON_LINES_LINE, Set.of(), null,
        "JSON Lines line", name -> {
          switch (name) {
            case Names.SCHEMA_VERSION:
              record.schemaVersion = schemaVersion();
              break;
            case "roadmap":
              record.roadmap = object("roadmap", () -> readRoadmap(false, false));
              break;
            case "actionLineIndex":
              record.actionLineIndex = integer();
              break;
            case "actionLine":
              record.actionLine = object("action line", this::readActionLine);
              break;
            default:
              record.outcome = object("outcome", this::readOutcome);
              break;
          }
        });
    JsonToken after = p.nextToken();
    if (after != null) {
      throw fatal(mark(), "a JSON Lines line must hold exactly one object, but continues with " + describe(after));
    }
    boolean header = record.roadmap != null || record.schemaVersion != null;
    boolean item = record.actionLine != null || record.outcome != null || record.actionLineIndex != null;
    if (header == item || (item && (record.actionLine == null || record.actionLineIndex == null))) {
      throw fatal(start, "a JSON Lines line must be either a header {\"schemaVersion\", \"roadmap\"} or an item "
          + "{\"actionLineIndex\", \"actionLine\", \"outcome\"}" + (problems.isEmpty() ? "" : "; " + lastProblem()));
    }
    return record;
  }

  /** The content of one JSON Lines line. */
  public static final class LineRecord {
    /** The schema version of a header line, or null. */
    public String schemaVersion;
    /** The roadmap metadata of a header line, or null. */
    public Roadmap roadmap;
    /** The index of the action line of an item line, or null. */
    public Integer actionLineIndex;
    /** The action line (without outcomes) of an item line, or null. */
    public ActionLineRoadmap actionLine;
    /** The outcome of an item line, or null when the action line has no outcomes. */
    public Outcome outcome;
  }

  /**
   * Reads a roadmap whose {@code START_OBJECT} is the current token; {@code schemaVersion} may be present.
   *
   * @return the roadmap
   * @throws IOException when the parser fails
   * @throws RoadmapReadException on a problem (strict) or when the roadmap cannot be built
   */
  public Roadmap readRoadmapValue() throws IOException {
    return required(object("roadmap", () -> readRoadmap(true, false)));
  }

  /**
   * Reads an action line roadmap whose {@code START_OBJECT} is the current token.
   *
   * @return the action line roadmap
   * @throws IOException when the parser fails
   * @throws RoadmapReadException on a problem (strict) or when it cannot be built
   */
  public ActionLineRoadmap readActionLineValue() throws IOException {
    return required(object("action line", this::readActionLine));
  }

  /**
   * Reads an outcome whose {@code START_OBJECT} is the current token.
   *
   * @return the outcome
   * @throws IOException when the parser fails
   * @throws RoadmapReadException on a problem (strict) or when it cannot be built
   */
  public Outcome readOutcomeValue() throws IOException {
    return required(object("outcome", this::readOutcome));
  }

  private <T> T required(T value) {
    if (value == null) {
      throw fatal(mark(), "nothing readable: " + lastProblem());
    }
    return value;
  }

  // ---------------------------------------------------------------- model types

  private Roadmap readRoadmap(boolean document, boolean requireVersion) throws IOException {
    Mark start = mark();
    Roadmap.Builder b = Roadmap.builder();
    Map<String, String> extensions = new LinkedHashMap<>();
    Set<String> known = new HashSet<>(Names.ROADMAP);
    boolean[] versioned = {false};
    if (document) {
      known.add(Names.SCHEMA_VERSION);
    } else {
      known.remove("actionLines");
    }
    fields(start, known, ROADMAP_OPTIONAL, extensions, "roadmap", name -> {
      switch (name) {
        case Names.SCHEMA_VERSION:
          versioned[0] = true;
          schemaVersion();
          break;
        case "id":
          set(text(), b::id);
          break;
        case "title":
          set(text(), b::title);
          break;
        case "status":
          set(enumValue(RoadmapStatus.class), b::status);
          break;
        case "asOf":
          set(date(), b::asOf);
          break;
        case "facilitator":
          set(text(), b::facilitator);
          break;
        case "introduction":
          set(list(this::text), b::introduction);
          break;
        case "mandateReferences":
          set(list(this::reference), b::mandateReferences);
          break;
        case "glossary":
          set(list(this::glossaryEntry), b::glossary);
          break;
        default:
          set(list(() -> object("action line", this::readActionLine)), b::actionLines);
          break;
      }
    });
    if (requireVersion && !versioned[0]) {
      problem(start, "the document must have 'schemaVersion' (this library writes '" + Names.CURRENT_SCHEMA_VERSION + "')");
    }
    b.extensions(extensions);
    return build(start, "roadmap", b::build);
  }

  private ActionLineRoadmap readActionLine() throws IOException {
    Mark start = mark();
    ActionLineRoadmap.Builder b = ActionLineRoadmap.builder();
    Map<String, String> extensions = new LinkedHashMap<>();
    fields(start, Names.ACTION_LINE, ACTION_LINE_OPTIONAL, extensions, "action line", name -> {
      switch (name) {
        case "actionLine":
          set(parsed(ActionLine::parse), b::actionLine);
          break;
        case "title":
          set(text(), b::title);
          break;
        case "notes":
          set(list(this::text), b::notes);
          break;
        case "outcomes":
          set(list(() -> object("outcome", this::readOutcome)), b::outcomes);
          break;
        default:
          set(object("source range", this::sourceRange), b::source);
          break;
      }
    });
    b.extensions(extensions);
    return build(start, "action line", b::build);
  }

  private Outcome readOutcome() throws IOException {
    Mark start = mark();
    Outcome.Builder b = Outcome.builder();
    Map<String, String> extensions = new LinkedHashMap<>();
    fields(start, Names.OUTCOME, OUTCOME_OPTIONAL, extensions, "outcome", name -> {
      switch (name) {
        case "id":
          set(parsed(OutcomeId::parse), b::id);
          break;
        case "section":
          set(enumValue(OutcomeSection.class), b::section);
          break;
        case "label":
          set(text(), b::label);
          break;
        case "statement":
          set(text(), b::statement);
          break;
        case "subItems":
          set(list(() -> object("sub-item", this::subItem)), b::subItems);
          break;
        case "timing":
          set(object("timing", this::timing), b::timing);
          break;
        case "references":
          set(list(this::reference), b::references);
          break;
        case "sdgLinks":
          set(list(() -> object("SDG link", this::sdgLink)), b::sdgLinks);
          break;
        case "sdgRaw":
          set(text(), b::sdgRaw);
          break;
        case "sdgNote":
          set(text(), b::sdgNote);
          break;
        case "gdcLinks":
          set(list(this::gdcObjective), b::gdcLinks);
          break;
        case "evidence":
          set(list(this::text), b::evidence);
          break;
        case "results":
          set(object("results", this::results), b::results);
          break;
        case "covidResponse":
          set(object("COVID-19 response", this::covidResponse), b::covidResponse);
          break;
        default:
          set(object("source range", this::sourceRange), b::source);
          break;
      }
    });
    b.extensions(extensions);
    return build(start, "outcome", b::build);
  }

  private SubItem subItem() throws IOException {
    Mark start = mark();
    SubItem.Builder b = SubItem.builder();
    fields(start, SUB_ITEM, Set.of(), null, "sub-item", name -> {
      if (name.equals("label")) {
        set(text(), b::label);
      } else {
        set(text(), b::text);
      }
    });
    return build(start, "sub-item", b::build);
  }

  private GlossaryEntry glossaryEntry() throws IOException {
    return object("glossary entry", () -> {
      Mark start = mark();
      GlossaryEntry.Builder b = GlossaryEntry.builder();
      fields(start, GLOSSARY_ENTRY, Set.of(), null, "glossary entry", name -> {
        if (name.equals("term")) {
          set(text(), b::term);
        } else {
          set(text(), b::meaning);
        }
      });
      return build(start, "glossary entry", b::build);
    });
  }

  private Timing timing() throws IOException {
    Mark start = mark();
    Timing.Builder b = Timing.builder();
    fields(start, TIMING, Set.of(), null, "timing", name -> {
      if (name.equals("raw")) {
        set(text(), b::raw);
      } else {
        set(list(() -> object("timing entry", this::timingEntry)), b::entries);
      }
    });
    return build(start, "timing", b::build);
  }

  private TimingEntry timingEntry() throws IOException {
    Mark start = mark();
    TimingEntry.Builder b = TimingEntry.builder();
    fields(start, TIMING_ENTRY, TIMING_ENTRY_OPTIONAL, null, "timing entry", name -> {
      switch (name) {
        case "raw":
          set(text(), b::raw);
          break;
        case "kind":
          set(enumValue(TimingEntry.Kind.class), b::kind);
          break;
        case "from":
          set(integer(), b::from);
          break;
        default:
          set(integer(), b::to);
          break;
      }
    });
    return build(start, "timing entry", b::build);
  }

  private Reference reference() throws IOException {
    return object("reference", () -> {
      Mark start = mark();
      Map<String, Object> values = new LinkedHashMap<>();
      fields(start, REFERENCE_PROPERTIES, REFERENCE_OPTIONAL, null, "reference", name -> {
        Object value;
        switch (name) {
          case "goal":
          case "year":
            value = integer();
            break;
          case "revised":
            value = bool();
            break;
          case "numbers":
          case "symbols":
            value = list(this::text);
            break;
          case "body":
            value = enumValue(ResolutionBody.class);
            break;
          default:
            value = text();
            break;
        }
        if (value != null) {
          values.put(name, value);
        }
      });
      Object kindValue = values.get("kind");
      if (kindValue == null) {
        problem(start, "reference must have 'kind', one of " + REFERENCE_KIND_PROPERTIES.keySet().stream().sorted().toList());
        return null;
      }
      String kind = (String) kindValue;
      Set<String> allowed = REFERENCE_KIND_PROPERTIES.get(kind);
      if (allowed == null) {
        problem(start, "reference 'kind' must be one of "
            + String.join(", ", new TreeSet<>(REFERENCE_KIND_PROPERTIES.keySet())) + ", but was: " + RoadmapException.quote(kind));
        return null;
      }
      for (String name : values.keySet()) {
        if (!allowed.contains(name)) {
          problem(start, "a reference of kind '" + kind + "' has no property " + RoadmapException.quote(name)
              + "; its properties are " + String.join(", ", new TreeSet<>(allowed)) + leftOut("value"));
        }
      }
      return build(start, "reference", () -> buildReference(kind, values));
    });
  }

  @SuppressWarnings("unchecked")
  private static Reference buildReference(String kind, Map<String, Object> v) {
    String raw = (String) v.get("raw");
    switch (kind) {
      case "strategicGoal": {
        StrategicGoalRef.Builder b = StrategicGoalRef.builder();
        setIf(raw, b::raw);
        setIf((Integer) v.get("goal"), b::goal);
        setIf((String) v.get("target"), b::target);
        return b.build();
      }
      case "resolution": {
        ResolutionRef.Builder b = ResolutionRef.builder();
        setIf(raw, b::raw);
        setIf((ResolutionBody) v.get("body"), b::body);
        setIf((List<String>) v.get("numbers"), b::numbers);
        setIf((Boolean) v.get("revised"), b::revised);
        setIf((String) v.get("place"), b::place);
        setIf((Integer) v.get("year"), b::year);
        return b.build();
      }
      case "instrument": {
        InstrumentRef.Builder b = InstrumentRef.builder();
        setIf(raw, b::raw);
        setIf((String) v.get("name"), b::name);
        setIf((String) v.get("place"), b::place);
        setIf((Integer) v.get("year"), b::year);
        return b.build();
      }
      case "document": {
        DocumentRef.Builder b = DocumentRef.builder();
        setIf(raw, b::raw);
        setIf((String) v.get("issuer"), b::issuer);
        setIf((List<String>) v.get("symbols"), b::symbols);
        return b.build();
      }
      default: {
        TextRef.Builder b = TextRef.builder();
        setIf(raw, b::raw);
        return b.build();
      }
    }
  }

  /** A Global Digital Compact objective: its number; one the Compact lacks is read, and validation reports it. */
  private GdcObjective gdcObjective() throws IOException {
    Integer number = integer(1, GdcObjective.MAX_NUMBER);
    return number == null ? null : GdcObjective.of(number);
  }

  private SdgLink sdgLink() throws IOException {
    Mark start = mark();
    Object[] link = {null};
    boolean[] named = {false};
    fields(start, SDG_LINK, Set.of(), null, "SDG link", name -> {
      if (named[0]) {
        problem(mark(), "an SDG link is either {\"goal\": 9} or {\"target\": \"9.c\"}, not both"
            + (strict ? "" : "; " + RoadmapException.quote(name) + " is left out"));
        p.skipChildren();
        return;
      }
      named[0] = true;
      if (name.equals("goal")) {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().indexOf(':') >= 0) {
          // a goal may also be named by its UN IRI, "http://metadata.un.org/sdg/9"
          SdgGoal goal = parsed(SdgGoal::parse);
          if (goal != null) {
            link[0] = SdgLink.of(goal);
          }
        } else {
          Integer number = integer(1, 17);
          if (number != null) {
            link[0] = parsedValue(Integer.toString(number), text -> SdgLink.of(SdgGoal.of(Integer.parseInt(text))));
          }
        }
      } else {
        Mark at = mark();
        SdgTarget target = parsed(SdgTarget::read);
        if (target != null) {
          if (!target.isKnown()) {
            // the strict parse says why, so the reader and SdgTarget.parse cannot disagree
            try {
              SdgTarget.parse(target.toString());
            } catch (RoadmapParseException e) {
              problem(at, e.getMessage());
            }
          }
          link[0] = SdgLink.of(target);
        }
      }
    });
    if (!named[0]) {
      problem(start, "an SDG link must be {\"goal\": 9} or {\"target\": \"9.c\"}, but has neither");
    }
    return (SdgLink) link[0];
  }

  private Results results() throws IOException {
    Mark start = mark();
    Results.Builder b = Results.builder();
    fields(start, RESULTS, Set.of(), null, "results", name -> {
      switch (name) {
        case "expected":
          set(list(this::text), b::expected);
          break;
        case "activities":
          set(list(this::text), b::activities);
          break;
        case "achievements":
          set(list(() -> object("achievement", this::achievement)), b::achievements);
          break;
        case "targets":
          set(list(() -> object("result target", this::resultTarget)), b::targets);
          break;
        default:
          set(list(this::text), b::text);
          break;
      }
    });
    return build(start, "results", b::build);
  }

  private Achievement achievement() throws IOException {
    Mark start = mark();
    Achievement.Builder b = Achievement.builder();
    fields(start, ACHIEVEMENT, ACHIEVEMENT_OPTIONAL, null, "achievement", name -> {
      if (name.equals("text")) {
        set(text(), b::text);
      } else {
        set(object("metric", this::metric), b::metric);
      }
    });
    return build(start, "achievement", b::build);
  }

  private ResultTarget resultTarget() throws IOException {
    Mark start = mark();
    ResultTarget.Builder b = ResultTarget.builder();
    fields(start, RESULT_TARGET, RESULT_TARGET_OPTIONAL, null, "result target", name -> {
      switch (name) {
        case "text":
          set(text(), b::text);
          break;
        case "metric":
          set(object("metric", this::metric), b::metric);
          break;
        default:
          set(integer(), b::byYear);
          break;
      }
    });
    return build(start, "result target", b::build);
  }

  private Metric metric() throws IOException {
    Mark start = mark();
    Metric.Builder b = Metric.builder();
    fields(start, METRIC, METRIC_OPTIONAL, null, "metric", name -> {
      switch (name) {
        case "raw":
          set(text(), b::raw);
          break;
        case "comparator":
          set(enumValue(Metric.Comparison.class), b::comparator);
          break;
        case "value":
          set(decimal(), b::value);
          break;
        case "unit":
          set(text(), b::unit);
          break;
        default:
          set(integer(), b::asOfYear);
          break;
      }
    });
    return build(start, "metric", b::build);
  }

  private CovidResponse covidResponse() throws IOException {
    Mark start = mark();
    CovidResponse.Builder b = CovidResponse.builder();
    fields(start, COVID_RESPONSE, Set.of(), null, "COVID-19 response", name -> {
      switch (name) {
        case "documents":
          set(list(this::text), b::documents);
          break;
        case "initiatives":
          set(list(this::text), b::initiatives);
          break;
        default:
          set(list(this::text), b::text);
          break;
      }
    });
    return build(start, "COVID-19 response", b::build);
  }

  private SourceRange sourceRange() throws IOException {
    Mark start = mark();
    SourceRange.Builder b = SourceRange.builder();
    fields(start, SOURCE_RANGE, Set.of(), null, "source range", name -> {
      if (name.equals("fromLine")) {
        set(integer(), b::fromLine);
      } else {
        set(integer(), b::toLine);
      }
    });
    return build(start, "source range", b::build);
  }

  // ---------------------------------------------------------------- structure

  /** Reads the property values of one object. */
  private interface FieldReader {
    void read(String name) throws IOException;
  }

  /** Reads one value, the current token, leaving the parser on its last token. */
  private interface ValueReader<T> {
    T read() throws IOException;
  }

  /**
   * Walks the properties of the object whose {@code START_OBJECT} is the current token, up to its
   * {@code END_OBJECT}: duplicates and unknown properties are problems; unknown properties go to
   * {@code extensions} when it is not null.
   */
  private void fields(Mark start, Set<String> known, Set<String> optional, Map<String, String> extensions,
      String what, FieldReader reader) throws IOException {
    SeenNames seen = new SeenNames();
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      push(name);
      try {
        property(known, optional, extensions, what, reader, seen, name, value);
      } finally {
        pop();
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw fatal(mark(), "expected a property name or the end of the " + what + ", but was " + describe(token));
    }
  }

  private void property(Set<String> known, Set<String> optional, Map<String, String> extensions, String what,
      FieldReader reader, SeenNames seen, String name, JsonToken value) throws IOException {
    if (!seen.add(name)) {
      problem(mark(), RoadmapException.quote(name) + " appears more than once in this " + what
          + "; a property may appear once, the first value is kept");
      p.skipChildren();
    } else if (known.contains(name)) {
      if (value == JsonToken.VALUE_NULL && optional.contains(name)) {
        return;
      }
      reader.read(name);
    } else if (extensions != null && name.startsWith(EXTENSION_PREFIX)) {
      extensions.put(name, capture());
    } else if (skipUnknown) {
      p.skipChildren();
    } else if (extensions != null) {
      problem(mark(), RoadmapException.quote(name) + " is not a property of " + article(what) + "; known properties are "
          + String.join(", ", new TreeSet<>(known)) + ", and extensions, whose names start with '" + EXTENSION_PREFIX + "'"
          + (strict ? "" : "; kept as an extension"));
      extensions.put(name, capture());
    } else {
      problem(mark(), RoadmapException.quote(name) + " is not a property of " + article(what) + "; known properties are "
          + String.join(", ", new TreeSet<>(known)) + " (extensions are allowed on a roadmap, an action line and an outcome)"
          + (strict ? "" : "; the value is left out"));
      p.skipChildren();
    }
  }

  /**
   * The property names seen in one object: a short array searched in order, as objects of the model
   * have a few properties, and a hash set from the seventeenth name on, so that an object of very
   * many properties stays linear.
   */
  private static final class SeenNames {
    private final String[] few = new String[16];
    private int count;
    private Set<String> many;

    /** Adds a name; false when it was already there. */
    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (few[i].equals(name)) {
          return false;
        }
      }
      if (count < few.length) {
        few[count++] = name;
        return true;
      }
      many = new HashSet<>(Arrays.asList(few));
      return many.add(name);
    }
  }

  private <T> T object(String what, ValueReader<T> reader) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_OBJECT) {
      problem(mark(), "must be " + article(what) + " object, but was " + describe(token) + leftOut("value"));
      p.skipChildren();
      return null;
    }
    return reader.read();
  }

  private <T> List<T> list(ValueReader<T> element) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_ARRAY) {
      problem(mark(), "must be an array, but was " + describe(token) + leftOut("value"));
      p.skipChildren();
      return null;
    }
    List<T> values = new ArrayList<>();
    int index = 0;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw fatal(mark(), "the input ends inside an array");
      }
      push(index++);
      try {
        T value = element.read();
        if (value != null) {
          values.add(value);
        }
      } finally {
        pop();
      }
    }
    return values;
  }

  private String text() throws IOException {
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

  private Integer integer() throws IOException {
    return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Reads a whole number of a domain; the messages state the domain. */
  private Integer integer(int min, int max) throws IOException {
    JsonToken token = p.currentToken();
    String domain = "a whole number from " + min + " to " + max;
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
    problem(mark(), "must be " + domain + ", but was " + describe(token) + leftOut("value"));
    p.skipChildren();
    return null;
  }

  private BigDecimal decimal() throws IOException {
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

  private Boolean bool() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    problem(mark(), "must be true or false, but was " + describe(token) + leftOut("value"));
    p.skipChildren();
    return null;
  }

  private LocalDate date() throws IOException {
    Mark at = mark();
    String text = text();
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(at, "must be a date written yyyy-mm-dd, such as '2024-10-11', but was: " + RoadmapException.quote(text)
          + leftOut("value"));
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    Mark at = mark();
    String text = text();
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    problem(at, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()
        + ", but was: " + RoadmapException.quote(text) + leftOut("value"));
    return null;
  }

  private String schemaVersion() throws IOException {
    Mark at = mark();
    String version = text();
    if (version != null && !version.matches("1\\.[0-9]{1,4}")) {
      problem(at, "'schemaVersion' must be '1.' and a minor version (this library reads 1.x and writes '"
          + Names.CURRENT_SCHEMA_VERSION + "'), but was: " + RoadmapException.quote(version));
    }
    return version;
  }

  private <T> T parsed(Function<String, T> parser) throws IOException {
    Mark at = mark();
    String text = text();
    if (text == null) {
      return null;
    }
    T value = parsedValue(at, text, parser);
    // A code is written one way (as the writers write it and the JSON Schema says); the parsers also
    // take other spellings ('c5 ', 'C5.GENEVA_TUNIS.A'), which only a lenient read accepts.
    // An SDG code may also be written as its UN IRI (http or https): the parsers accept only UN SDG
    // IRIs of the right kind, so a value read from a text starting with http is one.
    if (value != null && !value.toString().equals(text) && !text.regionMatches(true, 0, "http", 0, 4)) {
      problem(at, "must be written '" + value + "', as this library writes it, but was: '" + Locations.shorten(text) + "'"
          + (strict ? "" : "; read as '" + value + "'"));
    }
    return value;
  }

  private <T> T parsedValue(String text, Function<String, T> parser) {
    return parsedValue(mark(), text, parser);
  }

  private <T> T parsedValue(Mark at, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (RoadmapException e) {
      problem(at, e.getMessage() + leftOut("value"));
      return null;
    }
  }

  private String capture() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Factories.json().createGenerator(out)) {
      ExactCopy.copy(p, g);
    }
    return out.toString();
  }

  private <T> T build(Mark start, String what, Supplier<T> builder) {
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

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static <T> void setIf(T value, Consumer<T> setter) {
    set(value, setter);
  }

  // ---------------------------------------------------------------- problems and locations

  /** A position in the input: line, column and path. */
  private static final class Mark {
    final int line;
    final int column;
    final List<Object> path;

    Mark(int line, int column, List<Object> path) {
      this.line = line;
      this.column = column;
      this.path = path;
    }
  }

  /**
   * The path to the value being read: a property name for each object and an index for each array
   * entered, kept by {@link #fields} and {@link #list} as they walk, so that a mark (taken for every
   * object read) copies one short array instead of walking the parser's contexts.
   */
  private Object[] path = new Object[16];
  private int depth;

  private void push(Object segment) {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = segment;
  }

  private void pop() {
    path[--depth] = null;
  }

  private Mark mark() {
    JsonLocation location = p.currentTokenLocation();
    int line = location.getLineNr() < 1 ? 0 : location.getLineNr() + firstLine - 1;
    int column = Math.max(location.getColumnNr(), 0);
    return new Mark(line, column, Arrays.asList(Arrays.copyOf(path, depth)));
  }

  private void problem(Mark at, String message) {
    ReadProblem problem = toProblem(at, message);
    if (strict) {
      throw new RoadmapReadException(problem);
    }
    problems.add(problem);
  }

  private RoadmapReadException fatal(Mark at, String message) {
    return new RoadmapReadException(toProblem(at, message));
  }

  private String lastProblem() {
    return problems.isEmpty() ? "" : problems.get(problems.size() - 1).getMessage();
  }

  private static ReadProblem toProblem(Mark at, String message) {
    return new ReadProblem(Locations.dotted(at.path) + ": " + message, at.line, at.column, Locations.pointer(at.path));
  }

  private String describe(JsonToken token) throws IOException {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + RoadmapException.quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + number(p.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case FIELD_NAME:
        return "the property name " + RoadmapException.quote(p.currentName());
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  /** The lenient reader's note that a value was dropped; a strict read throws, so says nothing of it. */
  private String leftOut(String what) {
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

  private static String article(String what) {
    return "aeiou".indexOf(Character.toLowerCase(what.charAt(0))) >= 0 ? "an " + what : "a " + what;
  }
}
