package org.wsis.roadmap.io.internal;

import java.util.Set;
import org.wsis.roadmap.Reference;

/** Property names and codes of the canonical JSON. */
public final class Names {
  /** The name of the top-level version property. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  /** The schema version this library writes. */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  /** Properties of a roadmap. */
  public static final Set<String> ROADMAP = Set.of(
      "id", "title", "status", "asOf", "facilitator", "introduction", "mandateReferences", "glossary", "actionLines");

  /** Properties of an action line roadmap. */
  public static final Set<String> ACTION_LINE = Set.of("actionLine", "title", "notes", "outcomes", "source");

  /** Properties of an outcome. */
  public static final Set<String> OUTCOME = Set.of(
      "id", "section", "label", "statement", "subItems", "timing", "references", "sdgLinks", "sdgRaw", "sdgNote",
      "gdcLinks", "evidence", "results", "covidResponse", "source");

  private Names() {}

  /**
   * Returns the JSON type id of a reference kind.
   *
   * @param kind the kind
   * @return such as {@code "strategicGoal"}
   */
  public static String kindName(Reference.Kind kind) {
    switch (kind) {
      case STRATEGIC_GOAL:
        return "strategicGoal";
      case RESOLUTION:
        return "resolution";
      case INSTRUMENT:
        return "instrument";
      case DOCUMENT:
        return "document";
      default:
        return "text";
    }
  }
}
