package org.wsis.roadmap.validation;

import java.util.Optional;

/**
 * The catalogue of consistency rules: each entry is one general property of a roadmap, with a
 * stable id, a default severity, a title, a rationale and the library version it appeared in.
 *
 * <pre>{@code
 * Rule rule = Rule.byId("WSIS-TEXT-001").orElseThrow();
 * rule.getDefaultSeverity(); // Severity.ERROR
 * rule.getTitle();           // "Outcome has a statement"
 * }</pre>
 *
 * <p>Ids have the form {@code WSIS-<FAMILY>-<NNN>}. An id is never renumbered and never reused:
 * a rule that is retired keeps its id reserved, and a new rule takes the next free number of its
 * family. The catalogue as a whole has a version, {@link #CATALOGUE_VERSION}, raised whenever a
 * rule is added or changes meaning.
 */
public enum Rule implements RuleDefinition {
  // Identity
  /** {@code WSIS-ID-001} (FATAL by default): Outcome ids are unique. */
  ID_001("WSIS-ID-001", Family.IDENTITY, Severity.FATAL, "Outcome ids are unique",
      "Two outcomes with one id make every lookup, link and diff ambiguous."),
  /** {@code WSIS-ID-002} (ERROR by default): Outcome id matches its place. */
  ID_002("WSIS-ID-002", Family.IDENTITY, Severity.ERROR, "Outcome id matches its place",
      "The id names the action line, section and label; an id that disagrees with the table, section or label it stands in points readers to the wrong row."),
  /** {@code WSIS-ID-003} (WARNING by default): Labels of a section follow their sequence. */
  ID_003("WSIS-ID-003", Family.IDENTITY, Severity.WARNING, "Labels of a section follow their sequence",
      "Labels run A, B, C... or a, b, c... or A1, A2, B1...; a gap, a repeat or a change of case usually means a row was lost, split or mislabelled."),
  /** {@code WSIS-ID-004} (WARNING by default): Sub-items follow their sequence. */
  ID_004("WSIS-ID-004", Family.IDENTITY, Severity.WARNING, "Sub-items follow their sequence",
      "Sub-items run D1, D2, D3... or i, ii, iii... or a, b, c... or 1, 2, 3...; a gap or repeat means an item was lost or mislabelled."),
  // SDG
  /** {@code WSIS-SDG-001} (ERROR by default): SDG targets exist. */
  SDG_001("WSIS-SDG-001", Family.SDG, Severity.ERROR, "SDG targets exist",
      "A target code that is not in the UN SDG catalogue (such as 9.z) links the outcome to nothing."),
  /** {@code WSIS-SDG-002} (WARNING by default): Targets stand with their goals. */
  SDG_002("WSIS-SDG-002", Family.SDG, Severity.WARNING, "Targets stand with their goals",
      "When an outcome lists goals, a target of a goal it does not list is usually a typo in the goal or the target."),
  /** {@code WSIS-SDG-003} (WARNING by default): SDG links are not repeated. */
  SDG_003("WSIS-SDG-003", Family.SDG, Severity.WARNING, "SDG links are not repeated",
      "The same goal or target listed twice in one cell is an editing slip and inflates coverage counts."),
  /** {@code WSIS-SDG-004} (WARNING by default): Outcome is linked with the SDGs. */
  SDG_004("WSIS-SDG-004", Family.SDG, Severity.WARNING, "Outcome is linked with the SDGs",
      "Every outcome of the roadmaps is expected to name the SDG goals or targets it serves; prose alone links to nothing a query can find."),
  /** {@code WSIS-SDG-005} (WARNING by default): SDG cell is read in full. */
  SDG_005("WSIS-SDG-005", Family.SDG, Severity.WARNING, "SDG cell is read in full",
      "A fragment of the SDG cell that is neither a goal, a target nor prose (such as 'SDG 18' in a list of codes) was not understood; its linkage is lost to queries."),
  // Global Digital Compact
  /** {@code WSIS-GDC-001} (ERROR by default): GDC links name an objective of the Compact. */
  GDC_001("WSIS-GDC-001", Family.GDC, Severity.ERROR, "GDC links name an objective of the Compact",
      "The Global Digital Compact (A/RES/79/1, annex I) has five objectives; a link to any other number links the outcome to nothing."),
  // Timing
  /** {@code WSIS-TIME-001} (ERROR by default): Timing spans are ordered. */
  TIME_001("WSIS-TIME-001", Family.TIMING, Severity.ERROR, "Timing spans are ordered",
      "A span that ends before it starts (2025-2020) cannot be scheduled."),
  /** {@code WSIS-TIME-002} (WARNING by default): Timing lies inside the roadmap horizon. */
  TIME_002("WSIS-TIME-002", Family.TIMING, Severity.WARNING, "Timing lies inside the roadmap horizon",
      "The roadmaps implement the WSIS outcomes of 2003 and 2005 towards the 2030 Agenda; a year before 2003 or after 2030 is usually a typo."),
  /** {@code WSIS-TIME-003} (WARNING by default): Outcome has a timing. */
  TIME_003("WSIS-TIME-003", Family.TIMING, Severity.WARNING, "Outcome has a timing",
      "The Proposed Timing column is part of every roadmap row; without it the outcome cannot be followed up."),
  /** {@code WSIS-TIME-004} (ERROR by default): Open timing starts by the edition date. */
  TIME_004("WSIS-TIME-004", Family.TIMING, Severity.ERROR, "Open timing starts by the edition date",
      "'Since' and 'to date' are measured against the edition date; a start after the edition's year claims work that has not begun."),
  /** {@code WSIS-TIME-005} (WARNING by default): Timing entries neither overlap nor contradict. */
  TIME_005("WSIS-TIME-005", Family.TIMING, Severity.WARNING, "Timing entries neither overlap nor contradict",
      "Two overlapping spans, a repeated entry, or 'continuous' next to a closed span give readers two answers for one outcome."),
  /** {@code WSIS-TIME-006} (WARNING by default): Timing cell is read in full. */
  TIME_006("WSIS-TIME-006", Family.TIMING, Severity.WARNING, "Timing cell is read in full",
      "Timing text that is not a span, a year, 'since', 'to date' or 'continuous' was not understood and is lost to queries."),
  /** {@code WSIS-TIME-007} (INFO by default): Proposed timing has not elapsed. */
  TIME_007("WSIS-TIME-007", Family.TIMING, Severity.INFO, "Proposed timing has not elapsed",
      "A closed span that ended before the edition's year is no longer a proposal: it needs an update or a result."),
  // References
  /** {@code WSIS-REF-001} (ERROR by default): Citations are well formed. */
  REF_001("WSIS-REF-001", Family.REFERENCES, Severity.ERROR, "Citations are well formed",
      "A resolution without a number, a number of an unknown form, a revision without year, a document without symbol or a strategic target of another goal cannot be looked up."),
  /** {@code WSIS-REF-002} (WARNING by default): Resolutions name their body. */
  REF_002("WSIS-REF-002", Family.REFERENCES, Severity.WARNING, "Resolutions name their body",
      "Resolution numbers are unique only within one body; a citation with no body (and no UN session/number form) is ambiguous."),
  /** {@code WSIS-REF-003} (ERROR by default): Revision year is within the body's history. */
  REF_003("WSIS-REF-003", Family.REFERENCES, Severity.ERROR, "Revision year is within the body's history",
      "A resolution cannot be adopted or revised before the first conference of its body (PP 1865, UNGA 1946, Council 1947, WTSA, WRC and RA 1993, WTDC 1994)."),
  /** {@code WSIS-REF-004} (ERROR by default): Citations are not dated after the edition. */
  REF_004("WSIS-REF-004", Family.REFERENCES, Severity.ERROR, "Citations are not dated after the edition",
      "A resolution or instrument revised after the edition's year cannot be cited by it."),
  /** {@code WSIS-REF-005} (WARNING by default): Citations are not repeated. */
  REF_005("WSIS-REF-005", Family.REFERENCES, Severity.WARNING, "Citations are not repeated",
      "The same resolution or citation twice in one cell is an editing slip."),
  /** {@code WSIS-REF-006} (INFO by default): References cell is read in full. */
  REF_006("WSIS-REF-006", Family.REFERENCES, Severity.INFO, "References cell is read in full",
      "Text of the references cell that names no strategic goal, resolution, instrument or document is kept verbatim but cannot be looked up."),
  // Results
  /** {@code WSIS-RES-001} (WARNING by default): Outcome states its results. */
  RES_001("WSIS-RES-001", Family.RESULTS, Severity.WARNING, "Outcome states its results",
      "Every outcome is expected to state expected or achieved results or targets."),
  /** {@code WSIS-RES-002} (WARNING by default): Metrics name their unit. */
  RES_002("WSIS-RES-002", Family.RESULTS, Severity.WARNING, "Metrics name their unit",
      "A number with no unit (\"more than 250,000\") cannot be compared with a target or another edition."),
  /** {@code WSIS-RES-003} (WARNING by default): Achievements stay within their targets. */
  RES_003("WSIS-RES-003", Family.RESULTS, Severity.WARNING, "Achievements stay within their targets",
      "An achievement larger than the stated target in the same unit means that the target is stale or one of the numbers is wrong."),
  /** {@code WSIS-RES-004} (WARNING by default): Achievements are dated inside the timing. */
  RES_004("WSIS-RES-004", Family.RESULTS, Severity.WARNING, "Achievements are dated inside the timing",
      "An achievement measured before the outcome's timing starts or after the edition's year is misdated."),
  /** {@code WSIS-RES-005} (INFO by default): Targets fall inside the timing. */
  RES_005("WSIS-RES-005", Family.RESULTS, Severity.INFO, "Targets fall inside the timing",
      "A target due after the last year of a closed timing cannot be met within that timing."),
  // Text
  /** {@code WSIS-TEXT-001} (ERROR by default): Outcome has a statement. */
  TEXT_001("WSIS-TEXT-001", Family.TEXT, Severity.ERROR, "Outcome has a statement",
      "An outcome with neither a statement nor sub-items says nothing; usually a row was split or lost."),
  /** {@code WSIS-TEXT-002} (WARNING by default): Statements are not repeated. */
  TEXT_002("WSIS-TEXT-002", Family.TEXT, Severity.WARNING, "Statements are not repeated",
      "Two outcomes with the same statement are a copy-paste slip or one outcome counted twice."),
  /** {@code WSIS-TEXT-003} (INFO by default): Cells are filled like the rest of the action line. */
  TEXT_003("WSIS-TEXT-003", Family.TEXT, Severity.INFO, "Cells are filled like the rest of the action line",
      "A column (evidence, references, COVID-19 response) left empty in one row while at least two thirds of the other rows of the action line fill it is probably a gap."),
  /** {@code WSIS-TEXT-004} (WARNING by default): Footnote markers have footnotes. */
  TEXT_004("WSIS-TEXT-004", Family.TEXT, Severity.WARNING, "Footnote markers have footnotes",
      "A superscript digit with no note of that number in the action line's notes or the introduction points to nothing."),
  /** {@code WSIS-TEXT-005} (WARNING by default): Brackets are balanced. */
  TEXT_005("WSIS-TEXT-005", Family.TEXT, Severity.WARNING, "Brackets are balanced",
      "An unclosed or unopened parenthesis or square bracket usually means text was cut or merged."),
  /** {@code WSIS-TEXT-006} (WARNING by default): Text carries no markup. */
  TEXT_006("WSIS-TEXT-006", Family.TEXT, Severity.WARNING, "Text carries no markup",
      "HTML tags or entities (<p>, <li>, &amp;) left in text are conversion residue that readers see verbatim."),
  /** {@code WSIS-TEXT-007} (WARNING by default): List items are not repeated. */
  TEXT_007("WSIS-TEXT-007", Family.TEXT, Severity.WARNING, "List items are not repeated",
      "The same item twice in one list of a row (evidence, expected results, activities) is an editing slip."),
  // COVID-19 response
  /** {@code WSIS-COVID-001} (WARNING by default): Document symbols have one form. */
  COVID_001("WSIS-COVID-001", Family.COVID, Severity.WARNING, "Document symbols have one form",
      "The same document written in two forms (C20/18 and C 20/18) reads as two documents and breaks lookups."),
  /** {@code WSIS-COVID-002} (WARNING by default): Documents are not repeated in a cell. */
  COVID_002("WSIS-COVID-002", Family.COVID, Severity.WARNING, "Documents are not repeated in a cell",
      "The same document twice in one COVID-19 response cell is an editing slip."),
  /** {@code WSIS-COVID-003} (WARNING by default): Document symbols look like symbols. */
  COVID_003("WSIS-COVID-003", Family.COVID, Severity.WARNING, "Document symbols look like symbols",
      "A document symbol carries a number (C20/18, Doc. 45); one without any digit is probably text read as a symbol."),
  // Structure
  /** {@code WSIS-STR-001} (ERROR by default): Model satisfies its shape constraints. */
  STR_001("WSIS-STR-001", Family.STRUCTURE, Severity.ERROR, "Model satisfies its shape constraints",
      "The Bean Validation constraints of the model (non-blank ids, label formats, year ranges) hold for every value."),
  /** {@code WSIS-STR-002} (FATAL by default): Each action line has one table. */
  STR_002("WSIS-STR-002", Family.STRUCTURE, Severity.FATAL, "Each action line has one table",
      "Two tables for one action line make the roadmap of that action line ambiguous."),
  /** {@code WSIS-STR-003} (WARNING by default): Action line tables have outcomes. */
  STR_003("WSIS-STR-003", Family.STRUCTURE, Severity.WARNING, "Action line tables have outcomes",
      "A table without outcomes is empty or was not read."),
  /** {@code WSIS-STR-004} (ERROR by default): Roadmap has action lines. */
  STR_004("WSIS-STR-004", Family.STRUCTURE, Severity.ERROR, "Roadmap has action lines",
      "A roadmap without any action line table holds nothing."),
  /** {@code WSIS-STR-005} (WARNING by default): Sections are in document order. */
  STR_005("WSIS-STR-005", Family.STRUCTURE, Severity.WARNING, "Sections are in document order",
      "Each table lists the outcomes of the Geneva Plan of Action and Tunis Agenda before those of the WSIS+10 documents; a row out of place was misfiled."),
  /** {@code WSIS-STR-006} (INFO by default): Action line title matches the catalogue. */
  STR_006("WSIS-STR-006", Family.STRUCTURE, Severity.INFO, "Action line title matches the catalogue",
      "A printed title that shares no words with the official action line title suggests the table is filed under the wrong action line code."),
  /** {@code WSIS-STR-007} (WARNING by default): Facilitator is the action lines' facilitator. */
  STR_007("WSIS-STR-007", Family.STRUCTURE, Severity.WARNING, "Facilitator is the action lines' facilitator",
      "The roadmap's facilitator should be a lead facilitator of every action line it covers, per the WSIS action line catalogue."),
  /** {@code WSIS-STR-008} (INFO by default): Edition is dated. */
  STR_008("WSIS-STR-008", Family.STRUCTURE, Severity.INFO, "Edition is dated",
      "Without an edition date, 'to date' and 'since' timings are measured against today's date instead."),
  // WSIS-SDG Matrix
  /** {@code WSIS-MATRIX-001} (INFO by default): SDG links lie within the action line's matrix mapping. */
  MATRIX_001("WSIS-MATRIX-001", Family.MATRIX, Severity.INFO, "SDG links lie within the action line's matrix mapping",
      "The WSIS-SDG Matrix maps each action line to the SDG goals and targets it serves; an outcome linked outside that mapping is either a new idea worth a sentence of justification or a slip."),
  /** {@code WSIS-MATRIX-002} (INFO by default): Each matrix goal of an action line is served through one of its matrix targets. */
  MATRIX_002("WSIS-MATRIX-002", Family.MATRIX, Severity.INFO, "Each matrix goal of an action line is served through one of its matrix targets",
      "When the matrix maps an action line to a goal through given targets, a roadmap of that action line that links none of them leaves that part of the mapping without a plan."),
  // Validation run
  /** {@code WSIS-VAL-001} (WARNING by default): Waivers are current. */
  VAL_001("WSIS-VAL-001", Family.VALIDATION, Severity.WARNING, "Waivers are current",
      "A waiver past its expiry date no longer silences its finding: the finding needs a fix or a renewed waiver."),
  /** {@code WSIS-VAL-002} (INFO by default): Waivers match a finding. */
  VAL_002("WSIS-VAL-002", Family.VALIDATION, Severity.INFO, "Waivers match a finding",
      "A waiver that matches no finding is stale: the finding was fixed or the location changed."),
  /** {@code WSIS-VAL-003} (WARNING by default): Fatal findings are not waived. */
  VAL_003("WSIS-VAL-003", Family.VALIDATION, Severity.WARNING, "Fatal findings are not waived",
      "A FATAL finding makes the roadmap unusable; a waiver for it is ignored and reported.");

  /** The version of the catalogue; raised whenever a rule is added or changes meaning. */
  public static final String CATALOGUE_VERSION = "3";

  /** The families rules belong to; the family is the middle part of a rule id. */
  public enum Family {
    /** Outcome ids, labels and sub-item labels. */
    IDENTITY,
    /** SDG goals and targets. */
    SDG,
    /** Links to the objectives of the Global Digital Compact. */
    GDC,
    /** The Proposed Timing column. */
    TIMING,
    /** The ITU Strategic Goals and Relevant Resolutions column. */
    REFERENCES,
    /** The Expected and Achieved results column. */
    RESULTS,
    /** Statements, evidence and other prose. */
    TEXT,
    /** The COVID-19 Response column. */
    COVID,
    /** Tables, action lines and the model's shape. */
    STRUCTURE,
    /** SDG links read against the WSIS-SDG Matrix of the action line facilitators. */
    MATRIX,
    /** The validation run itself: waivers. */
    VALIDATION
  }

  private static final String SINCE = "0.1.0";

  private final String id;
  private final Family family;
  private final Severity defaultSeverity;
  private final String title;
  private final String rationale;

  Rule(String id, Family family, Severity defaultSeverity, String title, String rationale) {
    this.id = id;
    this.family = family;
    this.defaultSeverity = defaultSeverity;
    this.title = title;
    this.rationale = rationale;
  }

  /**
   * Returns the rule with an id.
   *
   * @param id such as {@code "WSIS-TEXT-001"}
   * @return the rule, or empty when the catalogue has no rule with that id
   */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the stable id.
   *
   * @return such as {@code "WSIS-TEXT-001"}
   */
  @Override
  public String getId() {
    return id;
  }

  /**
   * Returns the family.
   *
   * @return the family
   */
  public Family getFamily() {
    return family;
  }

  /**
   * Returns the severity the rule has unless a profile changes it.
   *
   * @return the default severity
   */
  @Override
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns the title: the property the rule checks, as a short sentence.
   *
   * @return such as {@code "Outcome has a statement"}
   */
  @Override
  public String getTitle() {
    return title;
  }

  /**
   * Returns why the property matters.
   *
   * @return the rationale
   */
  @Override
  public String getRationale() {
    return rationale;
  }

  /**
   * Returns the library version the rule appeared in.
   *
   * @return such as {@code "0.1.0"}
   */
  @Override
  public String getSince() {
    return SINCE;
  }

  /**
   * Returns the name of the family.
   *
   * @return such as {@code "TEXT"}
   */
  @Override
  public String getFamilyName() {
    return family.name();
  }

  @Override
  public String toString() {
    return id;
  }
}
