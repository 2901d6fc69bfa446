package org.wsis.roadmap.io.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wsis.roadmap.Reference;

/**
 * The property names of the canonical JSON, the one place they are written down: one enum per object,
 * its constants in the order the writer writes them. The reader and the writer switch over these
 * enums with no {@code default}, so a property added here (say {@code gdcLinks} of an outcome) fails
 * to compile until both read and write it; {@code NamesTest} checks each enum against the model's
 * getters and its {@code @JsonPropertyOrder}.
 */
public final class Names {
  /** The name of the top-level version property. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  /** The schema version this library writes. */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  private Names() {}

  /** A property of an object of the canonical JSON. */
  public interface Property {
    /**
     * Returns the name in JSON.
     *
     * @return such as {@code "sdgLinks"}
     */
    String json();

    /**
     * Tells whether the property is optional: absent or {@code null} in JSON, an empty {@code Optional} in the model.
     *
     * @return true when optional
     */
    boolean optional();
  }

  /** Properties of a roadmap document; {@code schemaVersion} is in the document, not the model. */
  public enum RoadmapProperty implements Property {
    SCHEMA_VERSION(Names.SCHEMA_VERSION, false),
    ID("id", false),
    TITLE("title", false),
    STATUS("status", false),
    AS_OF("asOf", true),
    FACILITATOR("facilitator", true),
    INTRODUCTION("introduction", false),
    MANDATE_REFERENCES("mandateReferences", false),
    GLOSSARY("glossary", false),
    ACTION_LINES("actionLines", false);

    private final String json;
    private final boolean optional;

    RoadmapProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of an action line roadmap. */
  public enum ActionLineProperty implements Property {
    ACTION_LINE("actionLine", false),
    TITLE("title", false),
    NOTES("notes", false),
    OUTCOMES("outcomes", false),
    SOURCE("source", true);

    private final String json;
    private final boolean optional;

    ActionLineProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of an outcome. */
  public enum OutcomeProperty implements Property {
    ID("id", false),
    SECTION("section", false),
    LABEL("label", false),
    STATEMENT("statement", false),
    SUB_ITEMS("subItems", false),
    TIMING("timing", true),
    REFERENCES("references", false),
    SDG_LINKS("sdgLinks", false),
    SDG_RAW("sdgRaw", true),
    SDG_NOTE("sdgNote", true),
    GDC_LINKS("gdcLinks", true),
    EVIDENCE("evidence", false),
    RESULTS("results", true),
    COVID_RESPONSE("covidResponse", true),
    SOURCE("source", true);

    private final String json;
    private final boolean optional;

    OutcomeProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a line of JSON Lines: a header or an item. */
  public enum LineProperty implements Property {
    SCHEMA_VERSION(Names.SCHEMA_VERSION, false),
    ROADMAP("roadmap", false),
    ACTION_LINE_INDEX("actionLineIndex", false),
    ACTION_LINE("actionLine", false),
    OUTCOME("outcome", false);

    private final String json;
    private final boolean optional;

    LineProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a sub-item. */
  public enum SubItemProperty implements Property {
    LABEL("label", false),
    TEXT("text", false);

    private final String json;
    private final boolean optional;

    SubItemProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a glossary entry. */
  public enum GlossaryEntryProperty implements Property {
    TERM("term", false),
    MEANING("meaning", false);

    private final String json;
    private final boolean optional;

    GlossaryEntryProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a timing. */
  public enum TimingProperty implements Property {
    RAW("raw", false),
    ENTRIES("entries", false);

    private final String json;
    private final boolean optional;

    TimingProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a timing entry. */
  public enum TimingEntryProperty implements Property {
    RAW("raw", false),
    KIND("kind", false),
    FROM("from", true),
    TO("to", true);

    private final String json;
    private final boolean optional;

    TimingEntryProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a reference: {@code kind} and {@code raw}, then those of its kind ({@link #REFERENCE_KINDS}); optional here means optional in some kind. */
  public enum ReferenceProperty implements Property {
    KIND("kind", false),
    RAW("raw", false),
    GOAL("goal", false),
    TARGET("target", true),
    BODY("body", true),
    NUMBERS("numbers", false),
    REVISED("revised", false),
    PLACE("place", true),
    YEAR("year", true),
    NAME("name", false),
    ISSUER("issuer", true),
    SYMBOLS("symbols", false);

    private final String json;
    private final boolean optional;

    ReferenceProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of an SDG link: one of the two. */
  public enum SdgLinkProperty implements Property {
    GOAL("goal", false),
    TARGET("target", false);

    private final String json;
    private final boolean optional;

    SdgLinkProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of results. */
  public enum ResultsProperty implements Property {
    EXPECTED("expected", false),
    ACTIVITIES("activities", false),
    ACHIEVEMENTS("achievements", false),
    TARGETS("targets", false),
    TEXT("text", false);

    private final String json;
    private final boolean optional;

    ResultsProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of an achievement. */
  public enum AchievementProperty implements Property {
    TEXT("text", false),
    METRIC("metric", true);

    private final String json;
    private final boolean optional;

    AchievementProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a result target. */
  public enum ResultTargetProperty implements Property {
    TEXT("text", false),
    METRIC("metric", true),
    BY_YEAR("byYear", true);

    private final String json;
    private final boolean optional;

    ResultTargetProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a metric. */
  public enum MetricProperty implements Property {
    RAW("raw", false),
    COMPARATOR("comparator", false),
    VALUE("value", false),
    UNIT("unit", false),
    AS_OF_YEAR("asOfYear", true);

    private final String json;
    private final boolean optional;

    MetricProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a COVID-19 response. */
  public enum CovidResponseProperty implements Property {
    DOCUMENTS("documents", false),
    INITIATIVES("initiatives", false),
    TEXT("text", false);

    private final String json;
    private final boolean optional;

    CovidResponseProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** Properties of a source range. */
  public enum SourceRangeProperty implements Property {
    FROM_LINE("fromLine", false),
    TO_LINE("toLine", false);

    private final String json;
    private final boolean optional;

    SourceRangeProperty(String json, boolean optional) {
      this.json = json;
      this.optional = optional;
    }

    @Override
    public String json() {
      return json;
    }

    @Override
    public boolean optional() {
      return optional;
    }
  }

  /** The properties of each kind of reference, in the order they are written. */
  public static final Map<String, List<ReferenceProperty>> REFERENCE_KINDS = Map.of(
      "strategicGoal", List.of(ReferenceProperty.KIND, ReferenceProperty.RAW, ReferenceProperty.GOAL,
          ReferenceProperty.TARGET),
      "resolution", List.of(ReferenceProperty.KIND, ReferenceProperty.RAW, ReferenceProperty.BODY,
          ReferenceProperty.NUMBERS, ReferenceProperty.REVISED, ReferenceProperty.PLACE, ReferenceProperty.YEAR),
      "instrument", List.of(ReferenceProperty.KIND, ReferenceProperty.RAW, ReferenceProperty.NAME,
          ReferenceProperty.PLACE, ReferenceProperty.YEAR),
      "document", List.of(ReferenceProperty.KIND, ReferenceProperty.RAW, ReferenceProperty.ISSUER,
          ReferenceProperty.SYMBOLS),
      "text", List.of(ReferenceProperty.KIND, ReferenceProperty.RAW));

  /**
   * The properties an object may have, looked up by name, with the text that lists them in messages.
   *
   * @param <P> the property enum
   */
  public static final class Table<P extends Enum<P> & Property> {
    private final Map<String, P> byName = new HashMap<>();
    private final Set<String> names;
    private final String listed;

    /**
     * The last name instance found in each slot, by hash: the parser returns one {@code String}
     * instance per distinct name (its symbol table), so a name seen before is found by identity. Racy
     * by design: each slot holds an immutable entry, and a miss falls back to the map.
     */
    private final Entry<?>[] recent = new Entry<?>[64];

    private record Entry<Q>(String name, Q property) {}

    private Table(Set<P> properties) {
      properties.forEach(p -> {
        if (p.ordinal() >= Long.SIZE) {
          throw new IllegalArgumentException("a table holds at most 64 properties, but " + p + " is number " + p.ordinal());
        }
        byName.put(p.json(), p);
      });
      names = Set.copyOf(byName.keySet());
      listed = String.join(", ", new TreeSet<>(byName.keySet()));
    }

    /**
     * Returns the table of every constant of an enum.
     *
     * @param type the enum
     * @param <P> the enum
     * @return the table
     */
    public static <P extends Enum<P> & Property> Table<P> of(Class<P> type) {
      return new Table<>(EnumSet.allOf(type));
    }

    /**
     * Returns the table of some properties.
     *
     * @param properties the properties
     * @param <P> the enum
     * @return the table
     */
    public static <P extends Enum<P> & Property> Table<P> of(Set<P> properties) {
      return new Table<>(properties);
    }

    /**
     * Returns the property of a name.
     *
     * @param name the JSON name
     * @return the property, or null when the object has none of that name
     */
    @SuppressWarnings("unchecked")
    public P get(String name) {
      int slot = name.hashCode() & (recent.length - 1);
      Entry<?> entry = recent[slot];
      if (entry != null && entry.name() == name) {
        return (P) entry.property();
      }
      P property = byName.get(name);
      if (property != null) {
        recent[slot] = new Entry<>(name, property);
      }
      return property;
    }

    /**
     * Returns the JSON names.
     *
     * @return the names
     */
    public Set<String> names() {
      return names;
    }

    /**
     * Returns the names sorted and joined with {@code ", "}, for messages.
     *
     * @return such as {@code "from, kind, raw, to"}
     */
    public String listed() {
      return listed;
    }
  }

  /**
   * Returns the JSON names of some properties.
   *
   * @param properties the properties
   * @return the names, in order
   */
  public static List<String> json(Iterable<? extends Property> properties) {
    List<String> names = new java.util.ArrayList<>();
    properties.forEach(p -> names.add(p.json()));
    return names;
  }

  /** Properties of a roadmap in the model (without {@code schemaVersion}). */
  public static final Set<String> ROADMAP = EnumSet.range(RoadmapProperty.ID, RoadmapProperty.ACTION_LINES).stream()
      .map(Property::json).collect(Collectors.toUnmodifiableSet());

  /** Properties of an action line roadmap. */
  public static final Set<String> ACTION_LINE = Table.of(ActionLineProperty.class).names();

  /** Properties of an outcome. */
  public static final Set<String> OUTCOME = Table.of(OutcomeProperty.class).names();

  /** The constants of each enum read, by name. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
      }
      return Map.copyOf(byName);
    }
  };

  /**
   * Returns the constant of an enum by its name, with no exception when there is none.
   *
   * @param type the enum
   * @param name the name
   * @param <E> the enum
   * @return the constant, or null
   */
  public static <E extends Enum<E>> E constant(Class<E> type, String name) {
    return type.cast(CONSTANTS.get(type).get(name));
  }

  /**
   * Returns the JSON type id of a reference kind.
   *
   * @param kind the kind
   * @return such as {@code "strategicGoal"}
   */
  public static String kindName(Reference.Kind kind) {
    return switch (kind) {
      case STRATEGIC_GOAL -> "strategicGoal";
      case RESOLUTION -> "resolution";
      case INSTRUMENT -> "instrument";
      case DOCUMENT -> "document";
      case TEXT -> "text";
    };
  }
}
