package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.io.internal.Names.AchievementProperty;
import org.wsis.roadmap.io.internal.Names.ActionLineProperty;
import org.wsis.roadmap.io.internal.Names.CovidResponseProperty;
import org.wsis.roadmap.io.internal.Names.GlossaryEntryProperty;
import org.wsis.roadmap.io.internal.Names.LineProperty;
import org.wsis.roadmap.io.internal.Names.MetricProperty;
import org.wsis.roadmap.io.internal.Names.OutcomeProperty;
import org.wsis.roadmap.io.internal.Names.ReferenceProperty;
import org.wsis.roadmap.io.internal.Names.ResultTargetProperty;
import org.wsis.roadmap.io.internal.Names.ResultsProperty;
import org.wsis.roadmap.io.internal.Names.RoadmapProperty;
import org.wsis.roadmap.io.internal.Names.SdgLinkProperty;
import org.wsis.roadmap.io.internal.Names.SourceRangeProperty;
import org.wsis.roadmap.io.internal.Names.SubItemProperty;
import org.wsis.roadmap.io.internal.Names.Table;
import org.wsis.roadmap.io.internal.Names.TimingEntryProperty;
import org.wsis.roadmap.io.internal.Names.TimingProperty;

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
public final class ModelReader extends JsonWalker {
  /** The prefix of extension names, as in OpenAPI: {@value}. */
  public static final String EXTENSION_PREFIX = JsonWalker.EXTENSION_PREFIX;

  // The properties each object may have, looked up by name; built once.
  private static final Table<LineProperty> LINE = Table.of(LineProperty.class);
  private static final Table<RoadmapProperty> DOCUMENT = Table.of(RoadmapProperty.class);
  /** A roadmap in a JSON Lines header: no version (the line has it), no action lines (the items are). */
  private static final Table<RoadmapProperty> HEADER =
      Table.of(EnumSet.range(RoadmapProperty.ID, RoadmapProperty.GLOSSARY));
  private static final Table<ActionLineProperty> ACTION_LINE = Table.of(ActionLineProperty.class);
  private static final Table<OutcomeProperty> OUTCOME = Table.of(OutcomeProperty.class);
  private static final Table<SubItemProperty> SUB_ITEM = Table.of(SubItemProperty.class);
  private static final Table<GlossaryEntryProperty> GLOSSARY_ENTRY = Table.of(GlossaryEntryProperty.class);
  private static final Table<TimingProperty> TIMING = Table.of(TimingProperty.class);
  private static final Table<TimingEntryProperty> TIMING_ENTRY = Table.of(TimingEntryProperty.class);
  private static final Table<ReferenceProperty> REFERENCE = Table.of(ReferenceProperty.class);
  private static final Table<SdgLinkProperty> SDG_LINK = Table.of(SdgLinkProperty.class);
  private static final Table<ResultsProperty> RESULTS = Table.of(ResultsProperty.class);
  private static final Table<AchievementProperty> ACHIEVEMENT = Table.of(AchievementProperty.class);
  private static final Table<ResultTargetProperty> RESULT_TARGET = Table.of(ResultTargetProperty.class);
  private static final Table<MetricProperty> METRIC = Table.of(MetricProperty.class);
  private static final Table<CovidResponseProperty> COVID_RESPONSE = Table.of(CovidResponseProperty.class);
  private static final Table<SourceRangeProperty> SOURCE_RANGE = Table.of(SourceRangeProperty.class);

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
    super(parser, strict, firstLine, skipUnknown);
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
    Roadmap roadmap = readRoadmap(DOCUMENT, true);
    if (roadmap == null) {
      throw fatal(new Mark(firstLine(), 1, 0), "the document holds no readable roadmap: " + lastProblem());
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
    Object[] values = new Object[LineProperty.values().length];
    fields(start, LINE, null, "JSON Lines line", property -> {
      values[property.ordinal()] = switch (property) {
        case SCHEMA_VERSION -> schemaVersion();
        case ROADMAP -> object("roadmap", () -> readRoadmap(HEADER, false));
        case ACTION_LINE_INDEX -> integer();
        case ACTION_LINE -> object("action line", this::readActionLine);
        case OUTCOME -> object("outcome", this::readOutcome);
      };
      return true;
    });
    LineRecord record = new LineRecord((String) values[LineProperty.SCHEMA_VERSION.ordinal()],
        (Roadmap) values[LineProperty.ROADMAP.ordinal()], (Integer) values[LineProperty.ACTION_LINE_INDEX.ordinal()],
        (ActionLineRoadmap) values[LineProperty.ACTION_LINE.ordinal()], (Outcome) values[LineProperty.OUTCOME.ordinal()]);
    JsonToken after = p.nextToken();
    if (after != null) {
      throw fatal(mark(), "a JSON Lines line must hold exactly one object, but continues with " + describe(after));
    }
    boolean header = record.roadmap() != null || record.schemaVersion() != null;
    boolean item = record.actionLine() != null || record.outcome() != null || record.actionLineIndex() != null;
    if (header == item || (item && (record.actionLine() == null || record.actionLineIndex() == null))) {
      throw fatal(start, "a JSON Lines line must be either a header {\"schemaVersion\", \"roadmap\"} or an item "
          + "{\"actionLineIndex\", \"actionLine\", \"outcome\"}" + (problems.isEmpty() ? "" : "; " + lastProblem()));
    }
    return record;
  }

  /**
   * The content of one JSON Lines line: a header (schema version and roadmap) or an item (index,
   * action line and, unless the action line has none, an outcome); what the line lacks is null.
   *
   * @param schemaVersion the schema version of a header line
   * @param roadmap the roadmap metadata of a header line
   * @param actionLineIndex the index of the action line of an item line
   * @param actionLine the action line (without outcomes) of an item line
   * @param outcome the outcome of an item line
   */
  public record LineRecord(String schemaVersion, Roadmap roadmap, Integer actionLineIndex, ActionLineRoadmap actionLine,
      Outcome outcome) {}

  /**
   * Reads a roadmap whose {@code START_OBJECT} is the current token; {@code schemaVersion} may be present.
   *
   * @return the roadmap
   * @throws IOException when the parser fails
   * @throws RoadmapReadException on a problem (strict) or when the roadmap cannot be built
   */
  public Roadmap readRoadmapValue() throws IOException {
    return required(object("roadmap", () -> readRoadmap(DOCUMENT, false)));
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

  private Roadmap readRoadmap(Table<RoadmapProperty> known, boolean requireVersion) throws IOException {
    Mark start = mark();
    Roadmap.Builder b = Roadmap.builder();
    Map<String, String> extensions = new LinkedHashMap<>();
    boolean[] versioned = {false};
    fields(start, known, extensions, "roadmap", property -> switch (property) {
      case SCHEMA_VERSION -> {
        versioned[0] = true;
        schemaVersion();
        yield true;
      }
      case ID -> set(text(), b::id);
      case TITLE -> set(text(), b::title);
      case STATUS -> set(enumValue(RoadmapStatus.class), b::status);
      case AS_OF -> set(date(), b::asOf);
      case FACILITATOR -> set(text(), b::facilitator);
      case INTRODUCTION -> list(this::text, b::addIntroduction);
      case MANDATE_REFERENCES -> list(this::reference, b::addMandateReference);
      case GLOSSARY -> list(this::glossaryEntry, b::addGlossary);
      case ACTION_LINES -> list(() -> object("action line", this::readActionLine), b::addActionLine);
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
    fields(start, ACTION_LINE, extensions, "action line", property -> switch (property) {
      case ACTION_LINE -> set(parsed(ActionLine::parse), b::actionLine);
      case TITLE -> set(text(), b::title);
      case NOTES -> list(this::text, b::addNote);
      case OUTCOMES -> list(() -> object("outcome", this::readOutcome), b::addOutcome);
      case SOURCE -> set(object("source range", this::sourceRange), b::source);
    });
    b.extensions(extensions);
    return build(start, "action line", b::build);
  }

  private Outcome readOutcome() throws IOException {
    Mark start = mark();
    Outcome.Builder b = Outcome.builder();
    Map<String, String> extensions = new LinkedHashMap<>();
    fields(start, OUTCOME, extensions, "outcome", property -> switch (property) {
      case ID -> set(parsed(OutcomeId::parse), b::id);
      case SECTION -> set(enumValue(OutcomeSection.class), b::section);
      case LABEL -> set(text(), b::label);
      case STATEMENT -> set(text(), b::statement);
      case SUB_ITEMS -> list(() -> object("sub-item", this::subItem), b::addSubItem);
      case TIMING -> set(object("timing", this::timing), b::timing);
      case REFERENCES -> list(this::reference, b::addReference);
      case SDG_LINKS -> list(() -> object("SDG link", this::sdgLink), b::addSdgLink);
      case SDG_RAW -> set(text(), b::sdgRaw);
      case SDG_NOTE -> set(text(), b::sdgNote);
      case GDC_LINKS -> list(this::gdcObjective, b::addGdcLink);
      case EVIDENCE -> list(this::text, b::addEvidence);
      case RESULTS -> set(object("results", this::results), b::results);
      case COVID_RESPONSE -> set(object("COVID-19 response", this::covidResponse), b::covidResponse);
      case SOURCE -> set(object("source range", this::sourceRange), b::source);
    });
    b.extensions(extensions);
    return build(start, "outcome", b::build);
  }

  private SubItem subItem() throws IOException {
    Mark start = mark();
    SubItem.Builder b = SubItem.builder();
    fields(start, SUB_ITEM, null, "sub-item", property -> switch (property) {
      case LABEL -> set(text(), b::label);
      case TEXT -> set(text(), b::text);
    });
    return build(start, "sub-item", b::build);
  }

  private GlossaryEntry glossaryEntry() throws IOException {
    return object("glossary entry", () -> {
      Mark start = mark();
      GlossaryEntry.Builder b = GlossaryEntry.builder();
      fields(start, GLOSSARY_ENTRY, null, "glossary entry", property -> switch (property) {
        case TERM -> set(text(), b::term);
        case MEANING -> set(text(), b::meaning);
      });
      return build(start, "glossary entry", b::build);
    });
  }

  private Timing timing() throws IOException {
    Mark start = mark();
    Timing.Builder b = Timing.builder();
    fields(start, TIMING, null, "timing", property -> switch (property) {
      case RAW -> set(text(), b::raw);
      case ENTRIES -> list(() -> object("timing entry", this::timingEntry), b::addEntry);
    });
    return build(start, "timing", b::build);
  }

  private TimingEntry timingEntry() throws IOException {
    Mark start = mark();
    TimingEntry.Builder b = TimingEntry.builder();
    fields(start, TIMING_ENTRY, null, "timing entry", property -> switch (property) {
      case RAW -> set(text(), b::raw);
      case KIND -> set(enumValue(TimingEntry.Kind.class), b::kind);
      case FROM -> set(integer(), b::from);
      case TO -> set(integer(), b::to);
    });
    return build(start, "timing entry", b::build);
  }

  private Reference reference() throws IOException {
    return object("reference", () -> {
      Mark start = mark();
      // the values by property, and the properties in input order for the messages
      Object[] values = new Object[ReferenceProperty.values().length];
      List<ReferenceProperty> given = new ArrayList<>(4);
      fields(start, REFERENCE, null, "reference", property -> {
        Object value = switch (property) {
          case GOAL, YEAR -> integer();
          case REVISED -> bool();
          case NUMBERS, SYMBOLS -> list(this::text);
          case BODY -> enumValue(ResolutionBody.class);
          case KIND, RAW, TARGET, PLACE, NAME, ISSUER -> text();
        };
        values[property.ordinal()] = value;
        return value != null && given.add(property);
      });
      Object kindValue = values[ReferenceProperty.KIND.ordinal()];
      if (kindValue == null) {
        problem(start, "reference must have 'kind', one of " + Names.REFERENCE_KINDS.keySet().stream().sorted().toList());
        return null;
      }
      String kind = (String) kindValue;
      List<ReferenceProperty> allowed = Names.REFERENCE_KINDS.get(kind);
      if (allowed == null) {
        problem(start, "reference 'kind' must be one of " + String.join(", ", new TreeSet<>(Names.REFERENCE_KINDS.keySet()))
            + ", but was: " + RoadmapException.quote(kind));
        return null;
      }
      for (ReferenceProperty property : given) {
        if (!allowed.contains(property)) {
          problem(start, "a reference of kind '" + kind + "' has no property " + RoadmapException.quote(property.json())
              + "; its properties are " + String.join(", ", new TreeSet<>(Names.json(allowed))) + leftOut("value"));
        }
      }
      return build(start, "reference", () -> buildReference(kind, values));
    });
  }

  @SuppressWarnings("unchecked")
  private static Reference buildReference(String kind, Object[] v) {
    String raw = (String) v[ReferenceProperty.RAW.ordinal()];
    switch (kind) {
      case "strategicGoal" -> {
        StrategicGoalRef.Builder b = StrategicGoalRef.builder();
        set(raw, b::raw);
        set((Integer) v[ReferenceProperty.GOAL.ordinal()], b::goal);
        set((String) v[ReferenceProperty.TARGET.ordinal()], b::target);
        return b.build();
      }
      case "resolution" -> {
        ResolutionRef.Builder b = ResolutionRef.builder();
        set(raw, b::raw);
        set((ResolutionBody) v[ReferenceProperty.BODY.ordinal()], b::body);
        set((List<String>) v[ReferenceProperty.NUMBERS.ordinal()], b::numbers);
        set((Boolean) v[ReferenceProperty.REVISED.ordinal()], b::revised);
        set((String) v[ReferenceProperty.PLACE.ordinal()], b::place);
        set((Integer) v[ReferenceProperty.YEAR.ordinal()], b::year);
        return b.build();
      }
      case "instrument" -> {
        InstrumentRef.Builder b = InstrumentRef.builder();
        set(raw, b::raw);
        set((String) v[ReferenceProperty.NAME.ordinal()], b::name);
        set((String) v[ReferenceProperty.PLACE.ordinal()], b::place);
        set((Integer) v[ReferenceProperty.YEAR.ordinal()], b::year);
        return b.build();
      }
      case "document" -> {
        DocumentRef.Builder b = DocumentRef.builder();
        set(raw, b::raw);
        set((String) v[ReferenceProperty.ISSUER.ordinal()], b::issuer);
        set((List<String>) v[ReferenceProperty.SYMBOLS.ordinal()], b::symbols);
        return b.build();
      }
      case "text" -> {
        TextRef.Builder b = TextRef.builder();
        set(raw, b::raw);
        return b.build();
      }
      default -> throw new IllegalArgumentException("not a reference kind: " + kind); // checked by the caller
    }
  }

  /** A Global Digital Compact objective: its number; one the Compact lacks is read, and validation reports it. */
  private GdcObjective gdcObjective() throws IOException {
    Integer number = integer(1, GdcObjective.MAX_NUMBER);
    return number == null ? null : GdcObjective.of(number);
  }

  private SdgLink sdgLink() throws IOException {
    Mark start = mark();
    SdgLink[] link = {null};
    boolean[] named = {false};
    fields(start, SDG_LINK, null, "SDG link", property -> {
      if (named[0]) {
        problem(mark(), "an SDG link is either {\"goal\": 9} or {\"target\": \"9.c\"}, not both"
            + (strict ? "" : "; " + RoadmapException.quote(property.json()) + " is left out"));
        p.skipChildren();
        return false;
      }
      named[0] = true;
      link[0] = switch (property) {
        case GOAL -> goalLink();
        case TARGET -> targetLink();
      };
      return link[0] != null;
    });
    if (!named[0]) {
      problem(start, "an SDG link must be {\"goal\": 9} or {\"target\": \"9.c\"}, but has neither");
    }
    return link[0];
  }

  /** The link of each goal, and of each target of the UN catalogue by its code: read once, shared. */
  private static final SdgLink[] GOAL_LINKS = new SdgLink[18];
  private static final Map<String, SdgLink> TARGET_LINKS;

  static {
    Map<String, SdgLink> targets = new java.util.HashMap<>();
    for (SdgGoal goal : SdgGoal.values()) {
      GOAL_LINKS[goal.getNumber()] = SdgLink.of(goal);
      goal.getTargets().forEach(target -> targets.put(target.toString(), SdgLink.of(target)));
    }
    TARGET_LINKS = Map.copyOf(targets);
  }

  private SdgLink goalLink() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().indexOf(':') >= 0) {
      // a goal may also be named by its UN IRI, "http://metadata.un.org/sdg/9"
      SdgGoal goal = parsed(SdgGoal::parse);
      return goal == null ? null : SdgLink.of(goal);
    }
    Integer number = integer(1, 17);
    return number == null ? null : GOAL_LINKS[number];
  }

  private SdgLink targetLink() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      SdgLink known = TARGET_LINKS.get(p.getText());
      if (known != null) {
        return known; // a target of the catalogue written as this library writes it
      }
    }
    SdgTarget target = parsed(SdgTarget::read);
    if (target == null) {
      return null;
    }
    if (!target.isKnown()) {
      // the strict parse says why, so the reader and SdgTarget.parse cannot disagree
      try {
        SdgTarget.parse(target.toString());
      } catch (RoadmapParseException e) {
        problem(mark(), e.getMessage()); // still on the target's token
      }
    }
    return SdgLink.of(target);
  }

  private Results results() throws IOException {
    Mark start = mark();
    Results.Builder b = Results.builder();
    fields(start, RESULTS, null, "results", property -> switch (property) {
      case EXPECTED -> list(this::text, b::addExpected);
      case ACTIVITIES -> list(this::text, b::addActivity);
      case ACHIEVEMENTS -> list(() -> object("achievement", this::achievement), b::addAchievement);
      case TARGETS -> list(() -> object("result target", this::resultTarget), b::addTarget);
      case TEXT -> list(this::text, b::addText);
    });
    return build(start, "results", b::build);
  }

  private Achievement achievement() throws IOException {
    Mark start = mark();
    Achievement.Builder b = Achievement.builder();
    fields(start, ACHIEVEMENT, null, "achievement", property -> switch (property) {
      case TEXT -> set(text(), b::text);
      case METRIC -> set(object("metric", this::metric), b::metric);
    });
    return build(start, "achievement", b::build);
  }

  private ResultTarget resultTarget() throws IOException {
    Mark start = mark();
    ResultTarget.Builder b = ResultTarget.builder();
    fields(start, RESULT_TARGET, null, "result target", property -> switch (property) {
      case TEXT -> set(text(), b::text);
      case METRIC -> set(object("metric", this::metric), b::metric);
      case BY_YEAR -> set(integer(), b::byYear);
    });
    return build(start, "result target", b::build);
  }

  private Metric metric() throws IOException {
    Mark start = mark();
    Metric.Builder b = Metric.builder();
    fields(start, METRIC, null, "metric", property -> switch (property) {
      case RAW -> set(text(), b::raw);
      case COMPARATOR -> set(enumValue(Metric.Comparison.class), b::comparator);
      case VALUE -> set(decimal(), b::value);
      case UNIT -> set(text(), b::unit);
      case AS_OF_YEAR -> set(integer(), b::asOfYear);
    });
    return build(start, "metric", b::build);
  }

  private CovidResponse covidResponse() throws IOException {
    Mark start = mark();
    CovidResponse.Builder b = CovidResponse.builder();
    fields(start, COVID_RESPONSE, null, "COVID-19 response", property -> switch (property) {
      case DOCUMENTS -> list(this::text, b::addDocument);
      case INITIATIVES -> list(this::text, b::addInitiative);
      case TEXT -> list(this::text, b::addText);
    });
    return build(start, "COVID-19 response", b::build);
  }

  private SourceRange sourceRange() throws IOException {
    Mark start = mark();
    SourceRange.Builder b = SourceRange.builder();
    fields(start, SOURCE_RANGE, null, "source range", property -> switch (property) {
      case FROM_LINE -> set(integer(), b::fromLine);
      case TO_LINE -> set(integer(), b::toLine);
    });
    return build(start, "source range", b::build);
  }
}
