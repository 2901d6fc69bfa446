package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.TerminalText;

/**
 * Counts over one roadmap: outcomes per action line and section, outcomes with an empty cell per
 * column, the SDG goals and targets cited, and the resolutions cited by body.
 *
 * <pre>{@code
 * RoadmapStatistics stats = RoadmapStatistics.of(roadmap);
 * stats.count(ActionLine.C5, OutcomeSection.GENEVA_TUNIS);
 * stats.getEmptyCells(RoadmapStatistics.Column.TIMING);  // ids of outcomes without timing
 * stats.getGoalsCited().get(SdgGoal.NINE);               // number of outcomes serving SDG 9
 * stats.getResolutionsByBody().get(ResolutionBody.PP);   // PP resolution numbers cited
 * System.out.print(stats.toText());
 * }</pre>
 *
 * <p>Computing the statistics takes time proportional to the size of the roadmap.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapStatistics {

  /** The columns of a roadmap table, for counting empty cells. */
  public enum Column {
    /** {@code WSIS Outcomes}: empty when the statement is blank and there is no sub-item. */
    STATEMENT,
    /** {@code Proposed Timing}: empty when there is no timing or its text is blank. */
    TIMING,
    /** {@code ITU Strategic Goals and Relevant Resolutions}: empty when there is no reference. */
    REFERENCES,
    /** {@code Linkages with SDGs}: empty when there is no SDG link and the printed cell is blank. */
    SDG_LINKS,
    /** {@code Evidence-based analysis of the current situation}: empty when there is no item. */
    EVIDENCE,
    /** {@code Expected and Achieved results and targets to be achieved}: empty when every list is empty. */
    RESULTS,
    /** {@code COVID-19 Response}: empty when absent or when every list is empty. */
    COVID_RESPONSE
  }

  private final int outcomeCount;
  private final Map<ActionLine, Map<OutcomeSection, Integer>> counts;
  private final Map<Column, List<OutcomeId>> emptyCells;
  private final SortedMap<SdgGoal, Integer> goalsCited;
  private final SortedMap<SdgTarget, Integer> targetsCited;
  private final SortedMap<ResolutionKey, Integer> resolutionsCited;

  private RoadmapStatistics(Roadmap roadmap) {
    Map<ActionLine, Map<OutcomeSection, Integer>> perLine = new EnumMap<>(ActionLine.class);
    Map<Column, List<OutcomeId>> empty = new EnumMap<>(Column.class);
    for (Column column : Column.values()) {
      empty.put(column, new ArrayList<>());
    }
    SortedMap<SdgGoal, Integer> goals = new TreeMap<>();
    SortedMap<SdgTarget, Integer> targets = new TreeMap<>();
    SortedMap<ResolutionKey, Integer> resolutions = new TreeMap<>();
    int total = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      Map<OutcomeSection, Integer> sections =
          perLine.computeIfAbsent(line.getActionLine(), al -> {
            Map<OutcomeSection, Integer> zero = new EnumMap<>(OutcomeSection.class);
            for (OutcomeSection section : OutcomeSection.values()) {
              zero.put(section, 0);
            }
            return zero;
          });
      for (Outcome outcome : line.getOutcomes()) {
        total++;
        sections.merge(outcome.getSection(), 1, Integer::sum);
        for (Column column : Column.values()) {
          if (isEmpty(outcome, column)) {
            empty.get(column).add(outcome.getId());
          }
        }
        for (SdgGoal goal : RoadmapIndex.goalsOf(outcome)) {
          goals.merge(goal, 1, Integer::sum);
        }
        for (SdgTarget target : RoadmapIndex.targetsOf(outcome)) {
          targets.merge(target, 1, Integer::sum);
        }
        for (ResolutionKey key : RoadmapIndex.resolutionsOf(outcome)) {
          resolutions.merge(key, 1, Integer::sum);
        }
      }
    }
    this.outcomeCount = total;
    perLine.replaceAll((al, sections) -> Collections.unmodifiableMap(sections));
    this.counts = Collections.unmodifiableMap(perLine);
    empty.replaceAll((column, ids) -> List.copyOf(ids));
    this.emptyCells = Collections.unmodifiableMap(empty);
    this.goalsCited = Collections.unmodifiableSortedMap(goals);
    this.targetsCited = Collections.unmodifiableSortedMap(targets);
    this.resolutionsCited = Collections.unmodifiableSortedMap(resolutions);
  }

  /**
   * Computes the statistics of a roadmap.
   *
   * @param roadmap the roadmap
   * @return the statistics
   * @throws NullPointerException when the roadmap is null
   */
  public static RoadmapStatistics of(Roadmap roadmap) {
    return new RoadmapStatistics(Objects.requireNonNull(roadmap, "roadmap"));
  }

  private static boolean isEmpty(Outcome outcome, Column column) {
    return switch (column) {
      case STATEMENT -> outcome.getStatement().isBlank() && outcome.getSubItems().isEmpty();
      case TIMING -> outcome.getTiming().map(t -> t.getRaw().isBlank()).orElse(true);
      case REFERENCES -> outcome.getReferences().isEmpty();
      case SDG_LINKS -> outcome.getSdgLinks().isEmpty() && outcome.getSdgRaw().map(String::isBlank).orElse(true);
      case EVIDENCE -> outcome.getEvidence().isEmpty();
      case RESULTS -> outcome.getResults().isEmpty();
      case COVID_RESPONSE -> outcome.getCovidResponse().map(RoadmapStatistics::isEmpty).orElse(true);
    };
  }

  private static boolean isEmpty(CovidResponse covid) {
    return covid.getDocuments().isEmpty() && covid.getInitiatives().isEmpty() && covid.getText().isEmpty();
  }

  /**
   * Returns the number of outcomes of the roadmap.
   *
   * @return the count
   */
  public int getOutcomeCount() {
    return outcomeCount;
  }

  /**
   * Returns the number of outcomes per action line and section.
   *
   * @return per action line of the roadmap (in action line order), the count of each section
   */
  public Map<ActionLine, Map<OutcomeSection, Integer>> getCounts() {
    return counts;
  }

  /**
   * Returns the number of outcomes of an action line.
   *
   * @param actionLine the action line
   * @return the count; 0 when the roadmap has no such action line
   */
  public int count(ActionLine actionLine) {
    return counts.getOrDefault(actionLine, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the number of outcomes of one section of an action line.
   *
   * @param actionLine the action line
   * @param section the section
   * @return the count
   */
  public int count(ActionLine actionLine, OutcomeSection section) {
    return counts.getOrDefault(actionLine, Map.of()).getOrDefault(section, 0);
  }

  /**
   * Returns the outcomes with an empty cell in a column.
   *
   * @param column the column
   * @return their ids in document order
   */
  public List<OutcomeId> getEmptyCells(Column column) {
    return emptyCells.get(Objects.requireNonNull(column, "column"));
  }

  /**
   * Returns the SDG goals cited, each with the number of outcomes linking to it directly or through a
   * target.
   *
   * @return the counts in goal order
   */
  public SortedMap<SdgGoal, Integer> getGoalsCited() {
    return goalsCited;
  }

  /**
   * Returns the SDG targets cited, each with the number of outcomes linking to it.
   *
   * @return the counts in UN target order
   */
  public SortedMap<SdgTarget, Integer> getTargetsCited() {
    return targetsCited;
  }

  /**
   * Returns the resolutions cited, each with the number of outcomes citing it in any revision.
   *
   * @return the counts ordered by body (citations without body first), then number
   */
  public SortedMap<ResolutionKey, Integer> getResolutionsCited() {
    return resolutionsCited;
  }

  /**
   * Returns the numbers of the resolutions cited, by body. Citations that do not tell their body are
   * left out; {@link #getResolutionsCited()} has them.
   *
   * @return per body that is cited (in body order), its resolution numbers in numeric order
   */
  public Map<ResolutionBody, SortedSet<String>> getResolutionsByBody() {
    Map<ResolutionBody, SortedSet<String>> byBody = new EnumMap<>(ResolutionBody.class);
    for (ResolutionKey key : resolutionsCited.keySet()) {
      key.getBody().ifPresent(body ->
          byBody.computeIfAbsent(body, b -> new TreeSet<>(ResolutionKey::compareNumbers)).add(key.getNumber()));
    }
    byBody.replaceAll((body, numbers) -> Collections.unmodifiableSortedSet(numbers));
    return Collections.unmodifiableMap(byBody);
  }

  /**
   * Renders the statistics as text for people; any control character in a value is written as an
   * escape by {@link TerminalText#escape}, so the text is safe to print.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Outcomes: ").append(outcomeCount).append('\n');
    counts.forEach((actionLine, sections) -> {
      out.append("  ").append(actionLine.getCode()).append(": ").append(count(actionLine));
      sections.forEach((section, n) -> out.append(", ").append(section.getCode()).append(' ').append(n));
      out.append('\n');
    });
    out.append("Empty cells:\n");
    emptyCells.forEach((column, ids) -> out.append("  ").append(column).append(": ").append(ids.size()).append('\n'));
    out.append("SDG goals cited:");
    goalsCited.forEach((goal, n) -> out.append(' ').append(goal.getNumber()).append('(').append(n).append(')'));
    out.append("\nSDG targets cited:");
    targetsCited.forEach((target, n) -> out.append(' ').append(target).append('(').append(n).append(')'));
    out.append("\nResolutions cited:\n");
    getResolutionsByBody().forEach((body, numbers) ->
        out.append("  ").append(body).append(": ").append(String.join(", ", numbers)).append('\n'));
    List<String> unattributed = new ArrayList<>();
    for (ResolutionKey key : resolutionsCited.keySet()) {
      if (key.getBody().isEmpty()) {
        unattributed.add(key.getNumber());
      }
    }
    if (!unattributed.isEmpty()) {
      out.append("  body not told: ").append(String.join(", ", unattributed)).append('\n');
    }
    return TerminalText.escapeLines(out);
  }
}
