package org.wsis.roadmap.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.TimingEntry;

/**
 * An index of one roadmap, built once, answering which outcomes serve an SDG goal or target, cite a
 * resolution, stand in an action line and section, are active in a year, or mention words.
 *
 * <pre>{@code
 * RoadmapIndex index = RoadmapIndex.of(roadmap);
 * index.byGoal(SdgGoal.NINE);                          // direct goal links and links to 9.x targets
 * index.byTarget(SdgTarget.parse("9.c"));
 * index.byResolution(ResolutionKey.parse("WTDC 45")); // any revision of WTDC Resolution 45
 * index.byActionLine(ActionLine.C5, OutcomeSection.GENEVA_TUNIS);
 * index.activeIn(2026);
 * index.search("cybersecurity strategy");             // outcomes holding both words
 * }</pre>
 *
 * <p>Every answer is a list of outcomes in document order, without repeats. Building takes time
 * proportional to the size of the roadmap (the year index adds a sort of the distinct years, {@code n
 * log n}); each lookup then takes time proportional to the size of its answer (the year lookup adds
 * a logarithm of the number of distinct years, the text lookup a logarithm per candidate), not to the
 * size of the roadmap.
 *
 * <h2>Reading of the timing</h2>
 *
 * {@link #activeIn(int)} reads each {@link TimingEntry} of an outcome's timing as a range of years;
 * the outcome is active in a year when any entry's range holds it:
 *
 * <ul>
 *   <li>{@code SPAN} ({@code 2020-2025}): from the first to the last year, both inclusive; an entry
 *       whose end precedes its start runs between the two years; an entry with one year only covers
 *       that year.
 *   <li>{@code YEAR} ({@code 2025}): that year.
 *   <li>{@code SINCE} ({@code Since 2019 (continuous)}): that year and every later year.
 *   <li>{@code TO_DATE} ({@code 2012 to date}): from that year to the year of the edition date
 *       ({@link Roadmap#getAsOf()}); when the edition is undated, that year and every later year.
 *       When the edition year precedes the start year, the entry runs between the two years.
 *   <li>{@code CONTINUOUS} ({@code Continuous}): ongoing at the edition date, so the edition year and
 *       every later year; when the edition is undated, every year. A {@code SINCE} or {@code TO_DATE}
 *       entry without a year is read the same way.
 *   <li>{@code UNREAD}: never matches.
 * </ul>
 *
 * An outcome without timing is active in no year.
 *
 * <h2>Words</h2>
 *
 * {@link #search(String)} finds outcomes holding every word of the query, case-insensitively, in the
 * statement, the sub-items, the evidence or the results. A word is a maximal run of letters and
 * digits, so {@code "e-government"} is the two words {@code e} and {@code government}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapIndex {
  private final Roadmap roadmap;
  private final List<Outcome> outcomes;
  private final Map<OutcomeId, Outcome> byId;
  private final Map<SdgGoal, List<Outcome>> byGoal;
  private final Map<SdgTarget, List<Outcome>> byTarget;
  private final Map<ResolutionKey, List<Outcome>> byResolution;
  private final Map<ActionLine, Map<OutcomeSection, List<Outcome>>> byActionLine;
  private final Map<ActionLine, List<Outcome>> byActionLineAll;
  private final Map<String, int[]> byWord;
  private final YearIntervals years;

  private RoadmapIndex(Roadmap roadmap) {
    this.roadmap = roadmap;
    this.outcomes = roadmap.outcomes();
    Map<OutcomeId, Outcome> ids = new HashMap<>();
    Map<SdgGoal, List<Outcome>> goals = new EnumMap<>(SdgGoal.class);
    Map<SdgTarget, List<Outcome>> targets = new HashMap<>();
    Map<ResolutionKey, List<Outcome>> resolutions = new HashMap<>();
    Map<ActionLine, Map<OutcomeSection, List<Outcome>>> lines = new EnumMap<>(ActionLine.class);
    Map<ActionLine, List<Outcome>> linesAll = new EnumMap<>(ActionLine.class);
    Map<String, List<Integer>> words = new HashMap<>();
    YearIntervals.Builder spans = new YearIntervals.Builder();
    Optional<Integer> editionYear = roadmap.getAsOf().map(date -> date.getYear());
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      lines.computeIfAbsent(line.getActionLine(), al -> new EnumMap<>(OutcomeSection.class));
    }
    int position = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      for (Outcome outcome : line.getOutcomes()) {
        ids.putIfAbsent(outcome.getId(), outcome);
        for (SdgGoal goal : goalsOf(outcome)) {
          goals.computeIfAbsent(goal, g -> new ArrayList<>()).add(outcome);
        }
        for (SdgTarget target : targetsOf(outcome)) {
          targets.computeIfAbsent(target, t -> new ArrayList<>()).add(outcome);
        }
        for (ResolutionKey key : resolutionsOf(outcome)) {
          resolutions.computeIfAbsent(key, k -> new ArrayList<>()).add(outcome);
        }
        linesAll.computeIfAbsent(line.getActionLine(), al -> new ArrayList<>()).add(outcome);
        lines.get(line.getActionLine())
            .computeIfAbsent(outcome.getSection(), s -> new ArrayList<>())
            .add(outcome);
        for (String word : new LinkedHashSet<>(Words.of(textOf(outcome)))) {
          words.computeIfAbsent(word, w -> new ArrayList<>(2)).add(position);
        }
        if (outcome.getTiming().isPresent()) {
          for (TimingEntry entry : outcome.getTiming().get().getEntries()) {
            addSpan(spans, entry, editionYear, position);
          }
        }
        position++;
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.byGoal = freeze(goals);
    this.byTarget = freeze(targets);
    this.byResolution = freeze(resolutions);
    Map<ActionLine, Map<OutcomeSection, List<Outcome>>> frozenLines = new EnumMap<>(ActionLine.class);
    lines.forEach((al, sections) -> frozenLines.put(al, freeze(sections)));
    this.byActionLine = Collections.unmodifiableMap(frozenLines);
    this.byActionLineAll = freeze(linesAll);
    Map<String, int[]> postings = new HashMap<>(words.size() * 2);
    words.forEach((word, list) -> postings.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    this.byWord = Collections.unmodifiableMap(postings);
    this.years = spans.build();
  }

  /**
   * Builds the index of a roadmap.
   *
   * @param roadmap the roadmap
   * @return the index
   * @throws NullPointerException when the roadmap is null
   */
  public static RoadmapIndex of(Roadmap roadmap) {
    return new RoadmapIndex(Objects.requireNonNull(roadmap, "roadmap"));
  }

  private static void addSpan(YearIntervals.Builder spans, TimingEntry entry, Optional<Integer> editionYear, int item) {
    long unbounded = YearIntervals.UNBOUNDED;
    Optional<Integer> from = entry.getFrom();
    Optional<Integer> to = entry.getTo();
    switch (entry.getKind()) {
      case SPAN, YEAR -> {
        if (from.isPresent() || to.isPresent()) {
          spans.add(from.orElseGet(to::get), to.orElseGet(from::get), item);
        }
      }
      case SINCE -> {
        if (from.isPresent()) {
          spans.add(from.get(), unbounded, item);
        } else {
          addContinuous(spans, editionYear, item);
        }
      }
      case TO_DATE -> {
        if (from.isPresent()) {
          spans.add(from.get(), editionYear.map(Integer::longValue).orElse(unbounded), item);
        } else {
          addContinuous(spans, editionYear, item);
        }
      }
      case CONTINUOUS -> addContinuous(spans, editionYear, item);
      case UNREAD -> {
        // no years to index
      }
    }
  }

  private static void addContinuous(YearIntervals.Builder spans, Optional<Integer> editionYear, int item) {
    spans.add(editionYear.map(Integer::longValue).orElse(-YearIntervals.UNBOUNDED), YearIntervals.UNBOUNDED, item);
  }

  /**
   * Returns the goals an outcome links to, directly or through a target, without repeats.
   *
   * @param outcome the outcome
   * @return the goals in link order
   */
  static Set<SdgGoal> goalsOf(Outcome outcome) {
    Set<SdgGoal> goals = new LinkedHashSet<>();
    for (SdgLink link : outcome.getSdgLinks()) {
      goals.add(link.getGoal());
    }
    return goals;
  }

  /**
   * Returns the targets an outcome links to, without repeats.
   *
   * @param outcome the outcome
   * @return the targets in link order
   */
  static Set<SdgTarget> targetsOf(Outcome outcome) {
    Set<SdgTarget> targets = new LinkedHashSet<>();
    for (SdgLink link : outcome.getSdgLinks()) {
      if (link.getKind() == SdgLink.Kind.TARGET) {
        targets.add(((TargetLink) link).getTarget());
      }
    }
    return targets;
  }

  /**
   * Returns the resolutions an outcome cites, without repeats.
   *
   * @param outcome the outcome
   * @return the keys in citation order
   */
  static Set<ResolutionKey> resolutionsOf(Outcome outcome) {
    Set<ResolutionKey> keys = new LinkedHashSet<>();
    for (Reference reference : outcome.getReferences()) {
      if (reference.getKind() == Reference.Kind.RESOLUTION) {
        keys.addAll(ResolutionKey.allOf((ResolutionRef) reference));
      }
    }
    return keys;
  }

  private static String textOf(Outcome outcome) {
    StringBuilder text = new StringBuilder(outcome.getStatement());
    for (SubItem item : outcome.getSubItems()) {
      text.append('\n').append(item.getText());
    }
    for (String item : outcome.getEvidence()) {
      text.append('\n').append(item);
    }
    Results results = outcome.getResults();
    for (String item : results.getExpected()) {
      text.append('\n').append(item);
    }
    for (String item : results.getActivities()) {
      text.append('\n').append(item);
    }
    for (Achievement item : results.getAchievements()) {
      text.append('\n').append(item.getText());
    }
    for (ResultTarget item : results.getTargets()) {
      text.append('\n').append(item.getText());
    }
    for (String item : results.getText()) {
      text.append('\n').append(item);
    }
    return text.toString();
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    map.replaceAll((k, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the roadmap this index was built from.
   *
   * @return the roadmap
   */
  public Roadmap getRoadmap() {
    return roadmap;
  }

  /**
   * Returns the outcome with an id; the first one when ids repeat.
   *
   * @param id the id
   * @return the outcome, or empty
   */
  public Optional<Outcome> find(OutcomeId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the outcomes that link to a goal, directly or through one of its targets.
   *
   * @param goal the goal
   * @return the outcomes in document order
   */
  public List<Outcome> byGoal(SdgGoal goal) {
    return byGoal.getOrDefault(goal, List.of());
  }

  /**
   * Returns the outcomes that link to a target. A link to the target's whole goal does not count.
   *
   * @param target the target
   * @return the outcomes in document order
   */
  public List<Outcome> byTarget(SdgTarget target) {
    return byTarget.getOrDefault(target, List.of());
  }

  /**
   * Returns the outcomes that cite a resolution, in any revision. A key without body finds the
   * citations that do not tell their body.
   *
   * @param key such as {@code ResolutionKey.parse("PP 140")}
   * @return the outcomes in document order
   */
  public List<Outcome> byResolution(ResolutionKey key) {
    return byResolution.getOrDefault(key, List.of());
  }

  /**
   * Returns the outcomes of an action line.
   *
   * @param actionLine the action line
   * @return the outcomes in document order; empty when the roadmap has no such action line
   */
  public List<Outcome> byActionLine(ActionLine actionLine) {
    return byActionLineAll.getOrDefault(actionLine, List.of());
  }

  /**
   * Returns the outcomes of one section of an action line.
   *
   * @param actionLine the action line
   * @param section the section
   * @return the outcomes in document order
   */
  public List<Outcome> byActionLine(ActionLine actionLine, OutcomeSection section) {
    return byActionLine.getOrDefault(actionLine, Map.of()).getOrDefault(section, List.of());
  }

  /**
   * Returns the outcomes planned to be active in a year, read from their typed timing as the class
   * documentation says.
   *
   * @param year the year
   * @return the outcomes in document order
   */
  public List<Outcome> activeIn(int year) {
    int[] found = years.stab(year);
    Arrays.sort(found);
    return select(found);
  }

  /**
   * Returns the outcomes whose statement, sub-items, evidence or results hold every word of a text,
   * case-insensitively.
   *
   * @param text one or more words, such as {@code "cybersecurity strategy"}
   * @return the outcomes in document order; empty when the text holds no word
   * @throws NullPointerException when the text is null
   */
  public List<Outcome> search(String text) {
    Set<String> words = Words.setOf(Objects.requireNonNull(text, "text"));
    if (words.isEmpty()) {
      return List.of();
    }
    List<int[]> postings = new ArrayList<>(words.size());
    for (String word : words) {
      int[] positions = byWord.get(word);
      if (positions == null) {
        return List.of();
      }
      postings.add(positions);
    }
    postings.sort(Comparator.comparingInt(p -> p.length));
    int[] smallest = postings.get(0);
    int[] kept = new int[smallest.length];
    int count = 0;
    candidates:
    for (int position : smallest) {
      for (int i = 1; i < postings.size(); i++) {
        if (Arrays.binarySearch(postings.get(i), position) < 0) {
          continue candidates;
        }
      }
      kept[count++] = position;
    }
    return select(Arrays.copyOf(kept, count));
  }

  /**
   * Returns the goals that at least one outcome links to, directly or through a target.
   *
   * @return the goals in goal order
   */
  public SortedSet<SdgGoal> goals() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byGoal.keySet()));
  }

  /**
   * Returns the targets that at least one outcome links to.
   *
   * @return the targets in UN order
   */
  public SortedSet<SdgTarget> targets() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byTarget.keySet()));
  }

  /**
   * Returns the resolutions that at least one outcome cites.
   *
   * @return the keys ordered by body, then number
   */
  public SortedSet<ResolutionKey> resolutions() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byResolution.keySet()));
  }

  /** Returns the outcomes at sorted positions, dropping repeats. */
  private List<Outcome> select(int[] sortedPositions) {
    List<Outcome> selected = new ArrayList<>(sortedPositions.length);
    int previous = -1;
    for (int position : sortedPositions) {
      if (position != previous) {
        selected.add(outcomes.get(position));
        previous = position;
      }
    }
    return Collections.unmodifiableList(selected);
  }
}
