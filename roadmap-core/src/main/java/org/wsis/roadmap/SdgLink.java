package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.wsis.roadmap.internal.SdgIris;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One linkage of an outcome with the SDGs: either a whole goal ({@code SDG 9}) or one target
 * ({@code 9.c}). In JSON a goal link is {@code {"goal": 9}} and a target link {@code {"target": "9.c"}}.
 *
 * <pre>{@code
 * SdgLink goal = SdgLink.of(SdgGoal.NINE);
 * SdgLink target = SdgLink.of(SdgTarget.parse("9.c"));
 * target.getGoal(); // SdgGoal.NINE, for both
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(GoalLink.class), @JsonSubTypes.Type(TargetLink.class)})
public sealed interface SdgLink permits GoalLink, TargetLink {

  /** The variants of {@link SdgLink}. */
  enum Kind {
    /** {@link GoalLink}: a whole goal. */
    GOAL,
    /** {@link TargetLink}: one target. */
    TARGET
  }

  /**
   * Returns a link to a whole goal.
   *
   * @param goal the goal
   * @return the link
   */
  static GoalLink of(SdgGoal goal) {
    return GoalLink.builder().goal(goal).build();
  }

  /**
   * Returns a link to one target.
   *
   * @param target the target
   * @return the link
   */
  static TargetLink of(SdgTarget target) {
    return TargetLink.builder().target(target).build();
  }

  /**
   * Reads a link from a code strictly: a goal number ({@code "9"}) or the code of a target of the UN
   * catalogue ({@code "9.c"}), by the same rule as {@link SdgTarget#parse}; or the UN IRI of either
   * ({@code "http://metadata.un.org/sdg/9.c"}, also with {@code https}).
   *
   * <pre>{@code
   * SdgLink.parse("9.c"); // a target link
   * SdgLink.parse("9.z"); // throws: '9.z' is not an SDG target; targets of goal 9 are 9.1 to 9.5 and 9.a to 9.c
   * }</pre>
   *
   * @param code the code
   * @return a goal link or a target link
   * @throws RoadmapParseException when the code is null, longer than {@link
   *     RoadmapParseException#MAX_PARSE_LENGTH}, neither a goal from 1 to 17 nor a target code, or a
   *     target code the catalogue lacks, or it starts like an IRI but is not the UN IRI of a goal or target
   */
  static SdgLink parse(CharSequence code) {
    String text = RoadmapParseException.requireParsable(code, "SDG link").strip();
    if (SdgIris.looksLikeIri(text)) {
      // a goal IRI ends with a number, a target IRI with a target code; the parsers check the rest
      String last = text.substring(text.lastIndexOf('/') + 1);
      return last.indexOf('.') < 0 ? of(SdgGoal.parse(text)) : of(SdgTarget.parse(text));
    }
    try {
      if (text.indexOf('.') < 0) {
        return of(SdgGoal.parse(text));
      }
      SdgTarget.read(text);
    } catch (RoadmapParseException e) {
      throw new RoadmapParseException("SDG link must be a goal from 1 to 17 or a target code such as '9.c', but was: "
          + RoadmapException.quote(code), code, 0, e);
    }
    return of(SdgTarget.parse(text));
  }

  /**
   * Returns the goal this link serves: the goal itself, or the goal of the target.
   *
   * @return the goal
   */
  SdgGoal getGoal();

  /**
   * Returns which variant this is.
   *
   * @return the kind
   */
  @JsonIgnore
  Kind getKind();

  /**
   * Returns the link's code: the goal number or the target code.
   *
   * @return such as {@code "9"} or {@code "9.c"}
   */
  @JsonIgnore
  String getCode();
}
