package org.wsis.roadmap.testkit;

import org.wsis.roadmap.validation.Rule;

/**
 * A named defect that {@link RoadmapGenerator#withDefect(java.util.Random, int, Defect)} injects into
 * a valid roadmap; each breaks exactly one rule of the validation catalogue, {@link #getRuleId()}.
 * There is at least one defect per rule family (identity, SDG, timing, references, results, text,
 * COVID-19 response, structure).
 *
 * <pre>{@code
 * Roadmap broken = RoadmapGenerator.withDefect(new Random(7), 6, Defect.REVERSED_TIMING_SPAN);
 * RoadmapAssertions.assertThat(RoadmapValidator.create().validate(broken))
 *     .hasOnlyFindingsOf(Defect.REVERSED_TIMING_SPAN.getRuleId());
 * }</pre>
 *
 * <p>"The first outcome" below is the first outcome of the first action line table.
 */
public enum Defect {
  // ---------------------------------------------------------------- identity
  /** A second outcome with the first outcome's id, inserted after it: {@code WSIS-ID-001}. */
  DUPLICATE_OUTCOME_ID(Rule.ID_001),
  /** The first outcome's id names the other section: {@code WSIS-ID-002}. */
  OUTCOME_ID_OF_OTHER_SECTION(Rule.ID_002),
  /** The last Geneva/Tunis label of the first table skips one ({@code A, B, D}): {@code WSIS-ID-003}. */
  LABEL_OUT_OF_SEQUENCE(Rule.ID_003),
  /** The first outcome's sub-items are {@code i, iii}: {@code WSIS-ID-004}. */
  SUB_ITEM_OUT_OF_SEQUENCE(Rule.ID_004),

  // ---------------------------------------------------------------- SDG
  /** The first outcome links a target that is not in the UN catalogue ({@code 9.z}): {@code WSIS-SDG-001}. */
  UNKNOWN_SDG_TARGET(Rule.SDG_001),
  /** The first outcome links a target of a goal it does not list: {@code WSIS-SDG-002}. */
  TARGET_OF_UNLISTED_GOAL(Rule.SDG_002),
  /** The first outcome lists one goal twice: {@code WSIS-SDG-003}. */
  REPEATED_SDG_LINK(Rule.SDG_003),
  /** The first outcome's SDG cell is empty: {@code WSIS-SDG-004}. */
  NO_SDG_LINK(Rule.SDG_004),

  // ---------------------------------------------------------------- timing
  /** The first outcome's timing span ends before it starts ({@code 2025-2020}): {@code WSIS-TIME-001}. */
  REVERSED_TIMING_SPAN(Rule.TIME_001),
  /** The first outcome's timing starts before the roadmap horizon ({@code Since 2001}): {@code WSIS-TIME-002}. */
  TIMING_OUTSIDE_HORIZON(Rule.TIME_002),
  /** The first outcome has no timing: {@code WSIS-TIME-003}. */
  NO_TIMING(Rule.TIME_003),
  /** The first outcome's timing adds "Since" the year after the edition: {@code WSIS-TIME-004}. */
  OPEN_TIMING_AFTER_EDITION(Rule.TIME_004),
  /** The first outcome's timing adds text that is no timing ("when funds allow"): {@code WSIS-TIME-006}. */
  UNREAD_TIMING(Rule.TIME_006),

  // ---------------------------------------------------------------- references
  /** A mandate reference cites a Plenipotentiary resolution without a number: {@code WSIS-REF-001}. */
  RESOLUTION_WITHOUT_NUMBER(Rule.REF_001),
  /** A mandate reference cites "Resolution 71" without its body: {@code WSIS-REF-002}. */
  RESOLUTION_WITHOUT_BODY(Rule.REF_002),
  /** A mandate reference cites a WTDC resolution revised in 1990, before the first WTDC: {@code WSIS-REF-003}. */
  RESOLUTION_BEFORE_ITS_BODY(Rule.REF_003),
  /** A mandate reference cites a resolution revised the year after the edition: {@code WSIS-REF-004}. */
  CITATION_AFTER_EDITION(Rule.REF_004),
  /** The first outcome cites its first reference twice: {@code WSIS-REF-005}. */
  REPEATED_CITATION(Rule.REF_005),

  // ---------------------------------------------------------------- results
  /** The first outcome's results cell is empty: {@code WSIS-RES-001}. */
  NO_RESULTS(Rule.RES_001),
  /** The first outcome has an achievement whose metric names no unit: {@code WSIS-RES-002}. */
  METRIC_WITHOUT_UNIT(Rule.RES_002),
  /** The first outcome has an achievement above its target in the same unit: {@code WSIS-RES-003}. */
  ACHIEVEMENT_ABOVE_TARGET(Rule.RES_003),
  /** The first outcome has an achievement dated the year before its timing starts: {@code WSIS-RES-004}. */
  ACHIEVEMENT_BEFORE_TIMING(Rule.RES_004),

  // ---------------------------------------------------------------- text
  /** The first outcome has neither statement nor sub-items: {@code WSIS-TEXT-001}. */
  EMPTY_STATEMENT(Rule.TEXT_001),
  /** The second outcome repeats the first outcome's statement: {@code WSIS-TEXT-002}. */
  REPEATED_STATEMENT(Rule.TEXT_002),
  /** The first outcome's statement carries footnote marker ⁷, which no note explains: {@code WSIS-TEXT-004}. */
  FOOTNOTE_WITHOUT_NOTE(Rule.TEXT_004),
  /** The first outcome's statement opens a parenthesis it never closes: {@code WSIS-TEXT-005}. */
  UNBALANCED_BRACKET(Rule.TEXT_005),
  /** The first outcome's statement is wrapped in {@code <p>} tags: {@code WSIS-TEXT-006}. */
  MARKUP_IN_TEXT(Rule.TEXT_006),
  /** The first outcome's evidence lists one item twice: {@code WSIS-TEXT-007}. */
  REPEATED_LIST_ITEM(Rule.TEXT_007),

  // ---------------------------------------------------------------- COVID-19 response
  /** A document cited as {@code C99/77} is listed as {@code C 99/77} in the first outcome's COVID-19 response: {@code WSIS-COVID-001}. */
  SYMBOL_IN_TWO_FORMS(Rule.COVID_001),
  /** The first outcome's COVID-19 response lists its first document twice: {@code WSIS-COVID-002}. */
  REPEATED_DOCUMENT(Rule.COVID_002),
  /** The first outcome's COVID-19 response lists a document with no number: {@code WSIS-COVID-003}. */
  SYMBOL_WITHOUT_NUMBER(Rule.COVID_003),

  // ---------------------------------------------------------------- structure
  /** The first outcome's evidence is one blank item, which the model's constraints forbid: {@code WSIS-STR-001}. */
  BLANK_LIST_ITEM(Rule.STR_001),
  /** The first table is split in two tables of the same action line: {@code WSIS-STR-002}. */
  DUPLICATE_ACTION_LINE(Rule.STR_002),
  /** A table of another action line with no outcomes is appended: {@code WSIS-STR-003}. */
  TABLE_WITHOUT_OUTCOMES(Rule.STR_003),
  /** Every action line table is removed: {@code WSIS-STR-004}. */
  NO_ACTION_LINES(Rule.STR_004),
  /** The first WSIS+10 outcome of the first table is moved before its last Geneva/Tunis outcome: {@code WSIS-STR-005}. */
  SECTIONS_OUT_OF_ORDER(Rule.STR_005);

  private final Rule rule;

  Defect(Rule rule) {
    this.rule = rule;
  }

  /**
   * Returns the rule this defect breaks.
   *
   * @return the rule
   */
  public Rule getRule() {
    return rule;
  }

  /**
   * Returns the id of the rule this defect breaks; the only rule with findings on a roadmap from
   * {@link RoadmapGenerator#withDefect(java.util.Random, int, Defect)}.
   *
   * @return such as {@code "WSIS-ID-001"}
   */
  public String getRuleId() {
    return rule.getId();
  }
}
