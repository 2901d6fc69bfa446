package org.wsis.roadmap.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TerminalText;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * The semantic difference between two editions of a roadmap: outcomes added, removed, moved between
 * sections or relabelled, and, for each outcome both editions hold, which of its fields changed.
 *
 * <pre>{@code
 * RoadmapDiff diff = RoadmapDiff.between(edition2024, edition2025);
 * for (Change change : diff.getChanges()) {
 *   System.out.println(change.getKind() + " " + change.getPath());
 * }
 * System.out.print(diff.toText());  // for people, with word-level changes of reworded text
 * // for programs: DiffJson.toJson(diff) of the module roadmap-report
 * }</pre>
 *
 * <h2>How outcomes are matched</h2>
 *
 * Outcomes are matched within their action line, by content before label, so that an outcome whose
 * label changed but whose text stayed is reported as relabelled, not as removed and added:
 *
 * <ol>
 *   <li>same id and same normalised statement (words lower-cased, punctuation and white space
 *       ignored);
 *   <li>same normalised statement, among outcomes still unmatched (statements without words are not
 *       matched this way); repeated statements pair in document order;
 *   <li>same id, among outcomes still unmatched (the statement was reworded);
 *   <li>among outcomes still unmatched, the pairs whose statements share at least half of their
 *       distinct words (Jaccard similarity of the word sets), most similar first.
 * </ol>
 *
 * Steps 1 to 3 are hash look-ups (linear time); step 4 compares every unmatched older outcome with
 * every unmatched newer outcome of the same action line, which is few in practice. An outcome found
 * only in the older edition is removed, one found only in the newer edition added. Outcomes never
 * match across action lines: an outcome moved to another action line is removed from one and added
 * to the other.
 *
 * <h2>What is compared</h2>
 *
 * For a matched pair: the section and label ({@link Change.Kind#OUTCOME_MOVED}, {@link
 * Change.Kind#OUTCOME_RELABELLED}), the statement, the sub-items, the timing (its printed text), the
 * references and SDG links (each one added or removed), the SDG note (and the printed SDG cell when
 * neither links nor note changed), the links to objectives of the Global Digital Compact (each one
 * added or removed, written {@code GDC 3}), the evidence, each list of the results, and each list of the
 * COVID-19 response. For list fields, items present in both editions are matched first; among the
 * rest, a removed and an added item sharing at least half of their words are one reworded item
 * (references, SDG links and GDC links are only added or removed). For the edition: id, title, status, date,
 * facilitator, introduction, mandate references, glossary; for each action line: title and notes.
 * Not compared: the source line ranges (they move with every edit of the document), the order of
 * items within a list and of outcomes within a section, and the typed readings of a metric (read from
 * the text, so they change with it). An absent COVID-19 response equals an empty one.
 *
 * <p>The changes come in a fixed order: the edition metadata, then per action line (newer edition
 * order, then action lines only the older edition has) the action line's own changes, its removed
 * outcomes in older document order, then its other outcomes' changes in newer document order. A
 * roadmap compared with itself (or an equal one) gives no change; {@code between(b, a)} holds the
 * {@linkplain Change#inverse() inverses} of the changes of {@code between(a, b)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapDiff {
  private static final double SIMILAR = 0.5;

  private final Roadmap older;
  private final Roadmap newer;
  private final List<Change> changes;

  private RoadmapDiff(Roadmap older, Roadmap newer, List<Change> changes) {
    this.older = older;
    this.newer = newer;
    this.changes = changes;
  }

  /**
   * Computes the changes from one edition to another.
   *
   * @param older the older edition
   * @param newer the newer edition
   * @return the difference
   * @throws NullPointerException when an edition is null
   */
  public static RoadmapDiff between(Roadmap older, Roadmap newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<Change> changes = new ArrayList<>();
    compareEdition(older, newer, changes);
    Map<ActionLine, List<ActionLineRoadmap>> olderLines = byActionLine(older);
    Map<ActionLine, List<ActionLineRoadmap>> newerLines = byActionLine(newer);
    Set<ActionLine> order = new LinkedHashSet<>(newerLines.keySet());
    order.addAll(olderLines.keySet());
    for (ActionLine actionLine : order) {
      compareActionLine(actionLine, olderLines.get(actionLine), newerLines.get(actionLine), changes);
    }
    return new RoadmapDiff(older, newer, List.copyOf(changes));
  }

  private static Map<ActionLine, List<ActionLineRoadmap>> byActionLine(Roadmap roadmap) {
    Map<ActionLine, List<ActionLineRoadmap>> lines = new LinkedHashMap<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      lines.computeIfAbsent(line.getActionLine(), al -> new ArrayList<>()).add(line);
    }
    return lines;
  }

  private static void compareEdition(Roadmap a, Roadmap b, List<Change> out) {
    Where base = new Where(null, null, null);
    field(base, "id", Optional.of(a.getId()), Optional.of(b.getId()), out);
    field(base, "title", Optional.of(a.getTitle()), Optional.of(b.getTitle()), out);
    field(base, "status", Optional.of(a.getStatus().name()), Optional.of(b.getStatus().name()), out);
    field(base, "asOf", a.getAsOf().map(Object::toString), b.getAsOf().map(Object::toString), out);
    field(base, "facilitator", a.getFacilitator(), b.getFacilitator(), out);
    items(base, "introduction", a.getIntroduction(), b.getIntroduction(), Function.identity(), true, out);
    items(base, "mandateReferences", a.getMandateReferences(), b.getMandateReferences(), Reference::getRaw, false, out);
    items(base, "glossary", a.getGlossary(), b.getGlossary(), RoadmapDiff::glossaryText, true, out);
  }

  private static String glossaryText(GlossaryEntry entry) {
    return entry.getTerm() + ": " + entry.getMeaning();
  }

  private static void compareActionLine(
      ActionLine actionLine, List<ActionLineRoadmap> a, List<ActionLineRoadmap> b, List<Change> out) {
    Where base = new Where(actionLine, null, null);
    if (a == null) {
      out.add(base.start().kind(Change.Kind.ACTION_LINE_ADDED).after(b.get(0).getTitle()).build());
    } else if (b == null) {
      out.add(base.start().kind(Change.Kind.ACTION_LINE_REMOVED).before(a.get(0).getTitle()).build());
    } else {
      field(base, "title", Optional.of(a.get(0).getTitle()), Optional.of(b.get(0).getTitle()), out);
      items(base, "notes", notesOf(a), notesOf(b), Function.identity(), true, out);
    }
    List<Outcome> olderOutcomes = outcomesOf(a);
    List<Outcome> newerOutcomes = outcomesOf(b);
    int[] match = match(olderOutcomes, newerOutcomes);
    boolean[] matchedOlder = new boolean[olderOutcomes.size()];
    for (int j = 0; j < match.length; j++) {
      if (match[j] >= 0) {
        matchedOlder[match[j]] = true;
      }
    }
    for (int i = 0; i < olderOutcomes.size(); i++) {
      if (!matchedOlder[i]) {
        Outcome removed = olderOutcomes.get(i);
        out.add(Change.builder()
            .kind(Change.Kind.OUTCOME_REMOVED)
            .actionLine(actionLine)
            .olderId(removed.getId())
            .before(removed.getStatement())
            .build());
      }
    }
    for (int j = 0; j < newerOutcomes.size(); j++) {
      Outcome added = newerOutcomes.get(j);
      if (match[j] < 0) {
        out.add(Change.builder()
            .kind(Change.Kind.OUTCOME_ADDED)
            .actionLine(actionLine)
            .newerId(added.getId())
            .after(added.getStatement())
            .build());
      } else {
        compareOutcome(actionLine, olderOutcomes.get(match[j]), added, out);
      }
    }
  }

  private static List<String> notesOf(List<ActionLineRoadmap> lines) {
    List<String> notes = new ArrayList<>();
    for (ActionLineRoadmap line : lines) {
      notes.addAll(line.getNotes());
    }
    return notes;
  }

  private static List<Outcome> outcomesOf(List<ActionLineRoadmap> lines) {
    List<Outcome> outcomes = new ArrayList<>();
    if (lines != null) {
      for (ActionLineRoadmap line : lines) {
        outcomes.addAll(line.getOutcomes());
      }
    }
    return outcomes;
  }

  /** Returns, for each newer outcome, the index of its older match, or -1. */
  private static int[] match(List<Outcome> a, List<Outcome> b) {
    int[] newerToOlder = new int[b.size()];
    int[] olderToNewer = new int[a.size()];
    Arrays.fill(newerToOlder, -1);
    Arrays.fill(olderToNewer, -1);
    String[] normA = new String[a.size()];
    String[] normB = new String[b.size()];
    for (int i = 0; i < a.size(); i++) {
      normA[i] = Words.normalise(a.get(i).getStatement());
    }
    for (int j = 0; j < b.size(); j++) {
      normB[j] = Words.normalise(b.get(j).getStatement());
    }
    // 1: same id and same normalised statement
    pairByKey(a, b, olderToNewer, newerToOlder, normA, normB, true);
    // 2: same normalised statement
    pairByKey(a, b, olderToNewer, newerToOlder, normA, normB, false);
    // 3: same id
    Map<OutcomeId, Deque<Integer>> byId = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (newerToOlder[j] < 0) {
        byId.computeIfAbsent(b.get(j).getId(), id -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i = 0; i < a.size(); i++) {
      if (olderToNewer[i] < 0) {
        Deque<Integer> candidates = byId.get(a.get(i).getId());
        if (candidates != null && !candidates.isEmpty()) {
          link(i, candidates.poll(), olderToNewer, newerToOlder);
        }
      }
    }
    // 4: similar statements
    List<Integer> restA = unmatched(olderToNewer);
    List<Integer> restB = unmatched(newerToOlder);
    if (!restA.isEmpty() && !restB.isEmpty()) {
      List<Set<String>> wordsA = new ArrayList<>();
      List<Set<String>> wordsB = new ArrayList<>();
      for (int i : restA) {
        wordsA.add(Words.setOf(a.get(i).getStatement()));
      }
      for (int j : restB) {
        wordsB.add(Words.setOf(b.get(j).getStatement()));
      }
      pairSimilar(restA, restB, wordsA, wordsB, normA, normB, olderToNewer, newerToOlder);
    }
    return newerToOlder;
  }

  /** Where changes happen: the action line and outcome ids every change of one place shares. */
  private static final class Where {
    private final ActionLine actionLine;
    private final OutcomeId olderId;
    private final OutcomeId newerId;

    Where(ActionLine actionLine, OutcomeId olderId, OutcomeId newerId) {
      this.actionLine = actionLine;
      this.olderId = olderId;
      this.newerId = newerId;
    }

    Change.Builder start() {
      Change.Builder builder = Change.builder();
      builder.actionLine(Optional.ofNullable(actionLine));
      builder.olderId(Optional.ofNullable(olderId));
      builder.newerId(Optional.ofNullable(newerId));
      return builder;
    }
  }

  private static void pairByKey(
      List<Outcome> a, List<Outcome> b, int[] olderToNewer, int[] newerToOlder,
      String[] normA, String[] normB, boolean withId) {
    Map<String, Deque<Integer>> index = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (newerToOlder[j] < 0 && (withId || !normB[j].isEmpty())) {
        String key = (withId ? b.get(j).getId() + "\u0000" : "") + normB[j];
        index.computeIfAbsent(key, k -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i = 0; i < a.size(); i++) {
      if (olderToNewer[i] < 0 && (withId || !normA[i].isEmpty())) {
        String key = (withId ? a.get(i).getId() + "\u0000" : "") + normA[i];
        Deque<Integer> candidates = index.get(key);
        if (candidates != null && !candidates.isEmpty()) {
          link(i, candidates.poll(), olderToNewer, newerToOlder);
        }
      }
    }
  }

  private static void link(int i, int j, int[] olderToNewer, int[] newerToOlder) {
    olderToNewer[i] = j;
    newerToOlder[j] = i;
  }

  private static List<Integer> unmatched(int[] matches) {
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < matches.length; i++) {
      if (matches[i] < 0) {
        rest.add(i);
      }
    }
    return rest;
  }

  /**
   * Pairs the most similar items first. Ties are broken by the two texts taken as an unordered pair,
   * so that comparing in the other direction pairs the same items.
   */
  private static void pairSimilar(
      List<Integer> restA, List<Integer> restB, List<Set<String>> wordsA, List<Set<String>> wordsB,
      String[] textA, String[] textB, int[] aToB, int[] bToA) {
    List<double[]> candidates = new ArrayList<>();
    for (int x = 0; x < restA.size(); x++) {
      for (int y = 0; y < restB.size(); y++) {
        double similarity = Words.similarity(wordsA.get(x), wordsB.get(y));
        if (similarity >= SIMILAR) {
          candidates.add(new double[] {similarity, restA.get(x), restB.get(y)});
        }
      }
    }
    Comparator<double[]> order =
        Comparator.<double[]>comparingDouble(c -> -c[0])
            .thenComparing(c -> low(textA[(int) c[1]], textB[(int) c[2]]))
            .thenComparing(c -> high(textA[(int) c[1]], textB[(int) c[2]]))
            .thenComparingDouble(c -> Math.min(c[1], c[2]))
            .thenComparingDouble(c -> c[1]);
    candidates.sort(order);
    for (double[] candidate : candidates) {
      int i = (int) candidate[1];
      int j = (int) candidate[2];
      if (aToB[i] < 0 && bToA[j] < 0) {
        link(i, j, aToB, bToA);
      }
    }
  }

  private static String low(String x, String y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  private static String high(String x, String y) {
    return x.compareTo(y) <= 0 ? y : x;
  }

  private static void compareOutcome(ActionLine actionLine, Outcome a, Outcome b, List<Change> out) {
    Where base = new Where(actionLine, a.getId(), b.getId());
    if (a.getSection() != b.getSection()) {
      out.add(base.start().kind(Change.Kind.OUTCOME_MOVED)
          .before(a.getId().toString()).after(b.getId().toString()).build());
    } else if (!a.getId().equals(b.getId())) {
      out.add(base.start().kind(Change.Kind.OUTCOME_RELABELLED)
          .before(a.getId().toString()).after(b.getId().toString()).build());
    }
    field(base, "statement", Optional.of(a.getStatement()), Optional.of(b.getStatement()), out);
    items(base, "subItems", a.getSubItems(), b.getSubItems(), RoadmapDiff::subItemText, true, out);
    if (!a.getTiming().equals(b.getTiming())) {
      out.add(base.start().kind(Change.Kind.FIELD_CHANGED).field("timing")
          .before(timingText(a.getTiming(), b.getTiming()))
          .after(timingText(b.getTiming(), a.getTiming()))
          .build());
    }
    items(base, "references", a.getReferences(), b.getReferences(), Reference::getRaw, false, out);
    int before = out.size();
    items(base, "sdgLinks", a.getSdgLinks(), b.getSdgLinks(), SdgLink::getCode, false, out);
    field(base, "sdgNote", a.getSdgNote(), b.getSdgNote(), out);
    if (out.size() == before) {
      field(base, "sdgRaw", a.getSdgRaw(), b.getSdgRaw(), out);
    }
    items(base, "gdcLinks", a.getGdcLinks(), b.getGdcLinks(), GdcObjective::toString, false, out);
    items(base, "evidence", a.getEvidence(), b.getEvidence(), Function.identity(), true, out);
    Results ra = a.getResults();
    Results rb = b.getResults();
    items(base, "results/expected", ra.getExpected(), rb.getExpected(), Function.identity(), true, out);
    items(base, "results/activities", ra.getActivities(), rb.getActivities(), Function.identity(), true, out);
    items(base, "results/achievements", texts(ra.getAchievements(), Achievement::getText),
        texts(rb.getAchievements(), Achievement::getText), Function.identity(), true, out);
    items(base, "results/targets", texts(ra.getTargets(), ResultTarget::getText),
        texts(rb.getTargets(), ResultTarget::getText), Function.identity(), true, out);
    items(base, "results/text", ra.getText(), rb.getText(), Function.identity(), true, out);
    CovidResponse empty = CovidResponse.builder().build();
    CovidResponse ca = a.getCovidResponse().orElse(empty);
    CovidResponse cb = b.getCovidResponse().orElse(empty);
    items(base, "covidResponse/documents", ca.getDocuments(), cb.getDocuments(), Function.identity(), false, out);
    items(base, "covidResponse/initiatives", ca.getInitiatives(), cb.getInitiatives(), Function.identity(), false, out);
    items(base, "covidResponse/text", ca.getText(), cb.getText(), Function.identity(), true, out);
  }

  private static <T> List<String> texts(List<T> items, Function<T, String> text) {
    List<String> texts = new ArrayList<>(items.size());
    for (T item : items) {
      texts.add(text.apply(item));
    }
    return texts;
  }

  private static String subItemText(SubItem item) {
    return item.getLabel() + ": " + item.getText();
  }

  /** The printed timing; when both printed texts are equal, the typed entries too, so the change shows. */
  private static Optional<String> timingText(Optional<Timing> timing, Optional<Timing> other) {
    if (timing.isEmpty()) {
      return Optional.empty();
    }
    String raw = timing.get().getRaw();
    if (other.isPresent() && other.get().getRaw().equals(raw)) {
      StringBuilder text = new StringBuilder(raw).append(" [");
      for (TimingEntry entry : timing.get().getEntries()) {
        text.append(text.charAt(text.length() - 1) == '[' ? "" : "; ")
            .append(entry.getKind())
            .append(entry.getFrom().map(y -> " " + y).orElse(""))
            .append(entry.getTo().map(y -> "-" + y).orElse(""));
      }
      return Optional.of(text.append(']').toString());
    }
    return Optional.of(raw);
  }

  private static void field(Where base, String field, Optional<String> a, Optional<String> b, List<Change> out) {
    if (!a.equals(b)) {
      out.add(base.start().kind(Change.Kind.FIELD_CHANGED).field(field).before(a).after(b).build());
    }
  }

  /**
   * Compares two lists of items: equal items pair first (as a multiset, in order); then, when
   * rewording is allowed, similar leftovers pair as reworded; the rest are removed or added.
   */
  private static <T> void items(
      Where base, String field, List<T> a, List<T> b, Function<T, String> text, boolean reword,
      List<Change> out) {
    if (a.equals(b)) {
      return;
    }
    int[] aToB = new int[a.size()];
    int[] bToA = new int[b.size()];
    Arrays.fill(aToB, -1);
    Arrays.fill(bToA, -1);
    Map<T, Deque<Integer>> index = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      index.computeIfAbsent(b.get(j), k -> new ArrayDeque<>()).add(j);
    }
    for (int i = 0; i < a.size(); i++) {
      Deque<Integer> candidates = index.get(a.get(i));
      if (candidates != null && !candidates.isEmpty()) {
        link(i, candidates.poll(), aToB, bToA);
      }
    }
    List<Integer> restA = unmatched(aToB);
    List<Integer> restB = unmatched(bToA);
    String[] textA = new String[a.size()];
    String[] textB = new String[b.size()];
    for (int i = 0; i < a.size(); i++) {
      textA[i] = text.apply(a.get(i));
    }
    for (int j = 0; j < b.size(); j++) {
      textB[j] = text.apply(b.get(j));
    }
    boolean[] reworded = new boolean[b.size()];
    if (reword && !restA.isEmpty() && !restB.isEmpty()) {
      List<Set<String>> wordsA = new ArrayList<>();
      List<Set<String>> wordsB = new ArrayList<>();
      for (int i : restA) {
        wordsA.add(Words.setOf(textA[i]));
      }
      for (int j : restB) {
        wordsB.add(Words.setOf(textB[j]));
      }
      pairSimilar(restA, restB, wordsA, wordsB, textA, textB, aToB, bToA);
      for (int j : restB) {
        reworded[j] = bToA[j] >= 0;
      }
    }
    for (int i : restA) {
      if (aToB[i] < 0) {
        out.add(base.start().kind(Change.Kind.ITEM_REMOVED).field(field).before(textA[i]).build());
      }
    }
    for (int j : restB) {
      if (reworded[j]) {
        out.add(base.start().kind(Change.Kind.ITEM_REWORDED).field(field)
            .before(textA[bToA[j]]).after(textB[j]).build());
      } else {
        out.add(base.start().kind(Change.Kind.ITEM_ADDED).field(field).after(textB[j]).build());
      }
    }
  }

  /**
   * Returns the older edition.
   *
   * @return the roadmap compared from
   */
  public Roadmap getOlder() {
    return older;
  }

  /**
   * Returns the newer edition.
   *
   * @return the roadmap compared to
   */
  public Roadmap getNewer() {
    return newer;
  }

  /**
   * Returns the changes, in the order the class documentation gives.
   *
   * @return the changes; empty when the editions hold the same content
   */
  public List<Change> getChanges() {
    return changes;
  }

  /**
   * Tells whether the editions hold the same content.
   *
   * @return true when there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the changes of one action line.
   *
   * @param actionLine the action line
   * @return its changes, in diff order
   */
  public List<Change> changesOf(ActionLine actionLine) {
    List<Change> selected = new ArrayList<>();
    for (Change change : changes) {
      if (change.getActionLine().equals(Optional.of(actionLine))) {
        selected.add(change);
      }
    }
    return List.copyOf(selected);
  }

  /**
   * Counts the changes by kind.
   *
   * @return the number of changes of each kind that occurs, in kind order
   */
  public Map<Change.Kind, Integer> countByKind() {
    Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
    for (Change change : changes) {
      counts.merge(change.getKind(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Renders the changes for people, one line each: a sign ({@code +} added, {@code -} removed, {@code
   * ~} changed or reworded, {@code >} moved or relabelled), the path, and the values; a changed
   * statement or reworded item shows its word-level changes in the notation of {@link WordDiff}.
   *
   * <pre>{@code
   * ~ C5.GT.B3/statement: Governments [-should-] {+must+} act
   * + C5.GT.B3/sdgLinks: 9.c
   * > C5.W10.a: moved from C5.GT.A
   * }</pre>
   *
   * <p>Control characters in the values (escape sequences, bells, bidirectional overrides, line
   * ends) are written as escapes by {@link TerminalText#escape}, so the text is safe to print.
   *
   * @return the text, lines ended by {@code \n}; {@code "No changes.\n"} when there is none
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(TerminalText.escape(older.getId()))
        .append(older.getAsOf().map(d -> " (" + d + ")").orElse("")).append('\n');
    out.append("+++ ").append(TerminalText.escape(newer.getId()))
        .append(newer.getAsOf().map(d -> " (" + d + ")").orElse("")).append('\n');
    if (changes.isEmpty()) {
      return out.append("No changes.\n").toString();
    }
    for (Change change : changes) {
      String before = change.getBefore().map(RoadmapDiff::quoted).orElse("(none)");
      String after = change.getAfter().map(RoadmapDiff::quoted).orElse("(none)");
      int start = out.length();
      switch (change.getKind()) {
        case ACTION_LINE_ADDED -> out.append("+ ").append(change.getPath()).append(": action line added: ").append(after);
        case ACTION_LINE_REMOVED -> out.append("- ").append(change.getPath()).append(": action line removed: ").append(before);
        case OUTCOME_ADDED -> out.append("+ ").append(change.getPath()).append(": outcome added: ").append(after);
        case OUTCOME_REMOVED -> out.append("- ").append(change.getPath()).append(": outcome removed: ").append(before);
        case OUTCOME_MOVED -> out.append("> ").append(change.getPath()).append(": moved from ").append(change.getBefore().orElse(""));
        case OUTCOME_RELABELLED ->
            out.append("> ").append(change.getPath()).append(": relabelled from ").append(change.getBefore().orElse(""));
        case ITEM_ADDED -> out.append("+ ").append(change.getPath()).append(": ").append(after);
        case ITEM_REMOVED -> out.append("- ").append(change.getPath()).append(": ").append(before);
        case ITEM_REWORDED, FIELD_CHANGED -> {
          out.append("~ ").append(change.getPath()).append(": ");
          if (change.getBefore().isPresent() && change.getAfter().isPresent() && isProse(change)) {
            out.append(WordDiff.of(change.getBefore().get(), change.getAfter().get()));
          } else {
            out.append(before).append(" -> ").append(after);
          }
        }
      }
      String line = out.substring(start);
      out.setLength(start);
      out.append(TerminalText.escape(line)).append('\n');
    }
    return out.toString();
  }

  private static boolean isProse(Change change) {
    return change.getKind() == Change.Kind.ITEM_REWORDED
        || change.getField().equals(Optional.of("statement"))
        || change.getField().equals(Optional.of("sdgNote"));
  }

  private static String quoted(String text) {
    return '"' + text.replace("\n", " ") + '"';
  }
}
