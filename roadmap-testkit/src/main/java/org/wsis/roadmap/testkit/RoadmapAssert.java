package org.wsis.roadmap.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Profile;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * AssertJ assertions on a {@link Roadmap}; obtain one with {@link RoadmapAssertions#assertThat(Roadmap)}.
 *
 * <pre>{@code
 * assertThat(roadmap)
 *     .isConsistent()                 // no ERROR or FATAL finding under the default profile
 *     .hasOutcome("C2.GT.A")
 *     .linksTo(SdgGoal.NINE);
 * assertThat(roadmap).usingValidator(myValidator).isConsistent(); // own clock, waivers or profile
 * }</pre>
 *
 * <p>A failed consistency assertion lists the failing findings grouped by severity and rule, each
 * with its outcome id, JSON pointer, source line and message. Not thread-safe, like every AssertJ assertion.
 */
public final class RoadmapAssert extends AbstractAssert<RoadmapAssert, Roadmap> {
  private static final RoadmapValidator DEFAULT_VALIDATOR = RoadmapValidator.create();

  private RoadmapValidator validator = DEFAULT_VALIDATOR;

  RoadmapAssert(Roadmap actual) {
    super(actual, RoadmapAssert.class);
  }

  /**
   * Uses a validator of one's own for {@link #isConsistent()}: another clock, waivers or profile.
   *
   * @param validator the validator
   * @return this assertion
   * @throws NullPointerException when {@code validator} is null
   */
  public RoadmapAssert usingValidator(RoadmapValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    return this;
  }

  /**
   * Verifies that the roadmap has no active {@code ERROR} or {@code FATAL} finding under the
   * {@code default} profile (or under the validator set with {@link #usingValidator}). An undated
   * roadmap is measured against today's date; for repeatable tests of undated roadmaps, use a
   * validator with a fixed clock.
   *
   * @return this assertion
   * @throws AssertionError when the roadmap is null or has such a finding; the message lists them
   */
  public RoadmapAssert isConsistent() {
    return consistentWith(validator);
  }

  /**
   * Verifies that the roadmap has no active {@code ERROR} or {@code FATAL} finding under a profile
   * (validated with the system clock and no waivers).
   *
   * @param profile the profile, such as {@link Profile#STRICT}
   * @return this assertion
   * @throws AssertionError when the roadmap is null or has such a finding; the message lists them
   * @throws NullPointerException when {@code profile} is null
   */
  public RoadmapAssert isConsistentUnder(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return consistentWith(RoadmapValidator.builder().profile(profile).build());
  }

  private RoadmapAssert consistentWith(RoadmapValidator validator) {
    isNotNull();
    ValidationReport report = validator.validate(actual);
    List<Finding> failures = report.getFindings().stream().filter(Finding::isFailure).collect(Collectors.toList());
    if (!failures.isEmpty()) {
      int others = report.active().size() - failures.size();
      failWithMessage("%s", "Expecting roadmap '" + actual.getId() + "' to be consistent under profile '" + report.getProfile()
          + "' (no ERROR or FATAL finding), but it has " + count(failures.size(), "failing finding") + ":\n"
          + FindingsText.grouped(failures)
          + (others == 0 ? "" : "\n  (and " + count(others, "WARNING or INFO finding") + " not listed)"));
    }
    return this;
  }

  /**
   * Verifies that the roadmap has an outcome with an id.
   *
   * @param outcomeId such as {@code "C2.GT.A"} or {@code "C6.W10.a"}
   * @return this assertion
   * @throws AssertionError when the roadmap is null or has no such outcome; the message lists the
   *     outcomes of that action line
   * @throws org.wsis.roadmap.RoadmapParseException when {@code outcomeId} is not an outcome id
   */
  public RoadmapAssert hasOutcome(String outcomeId) {
    OutcomeId id = OutcomeId.parse(outcomeId);
    isNotNull();
    if (actual.findOutcome(id).isEmpty()) {
      Optional<ActionLineRoadmap> line = actual.findActionLine(id.getActionLine());
      String known = line.map(l -> l.getOutcomes().isEmpty()
          ? "the table of " + id.getActionLine().getCode() + " has no outcomes"
          : "the outcomes of " + id.getActionLine().getCode() + " are: "
              + l.getOutcomes().stream().map(o -> o.getId().toString()).collect(Collectors.joining(", ")))
          .orElse("it has no table of " + id.getActionLine().getCode());
      failWithMessage("%s", "Expecting roadmap '" + actual.getId() + "' to have outcome " + id + ", but " + known);
    }
    return this;
  }

  /**
   * Verifies that an outcome of the roadmap links to an SDG goal, by a goal link or by a link to
   * one of the goal's targets.
   *
   * @param goal the goal
   * @return this assertion
   * @throws AssertionError when the roadmap is null or no outcome links to the goal; the message
   *     lists the goals it links to
   * @throws NullPointerException when {@code goal} is null
   */
  public RoadmapAssert linksTo(SdgGoal goal) {
    Objects.requireNonNull(goal, "goal");
    isNotNull();
    boolean links = actual.outcomes().stream().flatMap(o -> o.getSdgLinks().stream()).anyMatch(l -> l.getGoal() == goal);
    if (!links) {
      Set<Integer> goals = new TreeSet<>();
      actual.outcomes().forEach(o -> o.getSdgLinks().forEach(l -> goals.add(l.getGoal().getNumber())));
      failWithMessage("%s", "Expecting roadmap '" + actual.getId() + "' to link to SDG " + goal.getNumber()
          + " (by the goal or one of its targets), but " + linkedGoals(goals));
    }
    return this;
  }

  /**
   * Verifies that an outcome of the roadmap links to an SDG target.
   *
   * @param target the target, such as {@code SdgTarget.parse("9.c")}
   * @return this assertion
   * @throws AssertionError when the roadmap is null or no outcome links to the target; the message
   *     lists the targets it links to
   * @throws NullPointerException when {@code target} is null
   */
  public RoadmapAssert linksTo(SdgTarget target) {
    Objects.requireNonNull(target, "target");
    isNotNull();
    SdgLink link = SdgLink.of(target);
    if (actual.outcomes().stream().noneMatch(o -> o.getSdgLinks().contains(link))) {
      String targets = actual.outcomes().stream().flatMap(o -> o.getSdgLinks().stream())
          .filter(l -> l.getKind() == SdgLink.Kind.TARGET).map(l -> ((org.wsis.roadmap.TargetLink) l).getTarget()).distinct().sorted()
          .map(Object::toString).collect(Collectors.joining(", "));
      failWithMessage("%s", "Expecting roadmap '" + actual.getId() + "' to link to SDG target " + target + ", but "
          + (targets.isEmpty() ? "it links to no target" : "it links only to targets " + targets));
    }
    return this;
  }

  private static String linkedGoals(Set<Integer> goals) {
    if (goals.isEmpty()) {
      return "it links to no SDG at all";
    }
    return "it links only to " + goals.stream().map(g -> "SDG " + g).collect(Collectors.joining(", "));
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
