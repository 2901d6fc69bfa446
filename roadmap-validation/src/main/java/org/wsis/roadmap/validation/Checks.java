package org.wsis.roadmap.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgCell;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.WsisSdgMatrix;
import org.wsis.roadmap.query.MatrixCoverage;

/**
 * The rules of the catalogue, run over one roadmap.
 *
 * <p>The checks of one outcome see only that outcome (and read-only facts of its table, such as the
 * footnotes), so outcomes are checked in chunks, which may run on several threads. What compares
 * outcomes with each other (unique ids, repeated statements, the form of each document symbol) is
 * recorded by the chunk as a {@link Deferred} entry and replayed afterwards, in document order,
 * against hash maps: the findings are the same, in the same order, however the chunks ran. Every
 * index is a hash map, so the run is linear in the number of outcomes.
 *
 * <p>One instance checks one roadmap ({@link #run}) or one chunk of it; instances are not
 * thread-safe, and each chunk gets its own.
 */
final class Checks {
  /** Outcomes per chunk: large enough that handing a chunk to another thread costs little. */
  static final int CHUNK = 512;

  static final int HORIZON_FIRST_YEAR = 2003;
  static final int HORIZON_LAST_YEAR = 2030;

  private static final Map<ResolutionBody, Integer> FIRST_CONFERENCE = new EnumMap<>(ResolutionBody.class);

  static {
    FIRST_CONFERENCE.put(ResolutionBody.PP, 1865);
    FIRST_CONFERENCE.put(ResolutionBody.UNGA, 1946);
    FIRST_CONFERENCE.put(ResolutionBody.COUNCIL, 1947);
    FIRST_CONFERENCE.put(ResolutionBody.WTSA, 1993);
    FIRST_CONFERENCE.put(ResolutionBody.WRC, 1993);
    FIRST_CONFERENCE.put(ResolutionBody.RA, 1993);
    FIRST_CONFERENCE.put(ResolutionBody.WTDC, 1994);
  }

  private static final Pattern OUTCOME_LABEL = Pattern.compile("([A-Za-z]?)([0-9]*)");
  private static final Pattern LETTER_NUMBER = Pattern.compile("([A-Za-z])([0-9]+)");
  private static final Pattern RESOLUTION_NUMBER = Pattern.compile("[0-9]+(/[0-9]+)?");
  private static final Pattern UN_NUMBER = Pattern.compile("[0-9]+/[0-9]+");
  private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");
  private static final Pattern NOTE_MARKER = Pattern.compile("^\\s*([\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+|[0-9]+)(?=[\\s.):])");
  static final Pattern MARKUP =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|&(amp|lt|gt|nbsp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");
  private static final Pattern DIGIT = Pattern.compile("[0-9]");
  private static final String[] ROMAN = romanNumerals(60);

  private final Roadmap roadmap;
  private final Profile profile;
  private final int editionYear;
  private final List<Finding> findings = new ArrayList<>();
  /** What this instance leaves to the replay in document order. */
  private final List<Deferred> deferred = new ArrayList<>();
  /** The footnote numbers of the table being checked. */
  private Set<String> footnotes = Set.of();
  /** Unread fragments by SDG cell text: cells repeat across outcomes, so each text is read once. */
  private final Map<String, List<String>> sdgCells = new HashMap<>();

  Checks(Roadmap roadmap, Profile profile, int editionYear) {
    this.roadmap = roadmap;
    this.profile = profile;
    this.editionYear = editionYear;
  }

  /**
   * Runs every rule over the roadmap.
   *
   * @param shapes whether each outcome's Bean Validation constraints are checked too, with its chunk
   * @param parallel whether chunks may run on the common fork-join pool
   * @return the findings, in the order of a sequential run
   */
  List<Finding> run(boolean shapes, boolean parallel) {
    structure();
    Checks mandate = new Checks(roadmap, profile, editionYear);
    for (int r = 0; r < roadmap.getMandateReferences().size(); r++) {
      mandate.reference(roadmap.getMandateReferences().get(r), "/mandateReferences/" + r, null);
    }
    absorb(mandate);
    List<ActionLineRoadmap> lines = roadmap.getActionLines();
    List<Set<String>> lineFootnotes = new ArrayList<>(lines.size());
    int count = 0;
    for (int a = 0; a < lines.size(); a++) {
      ActionLineRoadmap line = lines.get(a);
      Set<String> notes = new HashSet<>();
      collectFootnotes(line.getNotes(), notes);
      collectFootnotes(roadmap.getIntroduction(), notes);
      lineFootnotes.add(notes);
      String linePointer = "/actionLines/" + a;
      labelSequences(line, linePointer);
      emptyCells(line, linePointer);
      sectionOrder(line, linePointer);
      count += line.getOutcomes().size();
    }
    // Chunks never span two tables, so a chunk is (table, first outcome, end).
    List<int[]> chunks = new ArrayList<>(count / CHUNK + lines.size());
    for (int a = 0; a < lines.size(); a++) {
      int n = lines.get(a).getOutcomes().size();
      for (int from = 0; from < n; from += CHUNK) {
        chunks.add(new int[] {a, from, Math.min(n, from + CHUNK)});
      }
    }
    IntFunction<Checks> check = c -> {
      int[] chunk = chunks.get(c);
      Checks unit = new Checks(roadmap, profile, editionYear);
      unit.footnotes = lineFootnotes.get(chunk[0]);
      unit.outcomes(lines.get(chunk[0]), chunk[0], chunk[1], chunk[2], shapes);
      return unit;
    };
    IntStream indexes = IntStream.range(0, chunks.size());
    List<Checks> units = (parallel && chunks.size() > 1 ? indexes.parallel() : indexes).mapToObj(check).collect(Collectors.toList());
    for (Checks unit : units) {
      absorb(unit);
    }
    matrixTargets();
    return findings;
  }

  private void sectionOrder(ActionLineRoadmap line, String linePointer) {
    OutcomeSection previous = null;
    for (int o = 0; o < line.getOutcomes().size(); o++) {
      Outcome outcome = line.getOutcomes().get(o);
      if (outcome.getSection() == OutcomeSection.GENEVA_TUNIS && previous == OutcomeSection.WSIS_PLUS_10) {
        report(Rule.STR_005, linePointer + "/outcomes/" + o + "/section", outcome,
            "outcomes of the Geneva Plan of Action and Tunis Agenda must come before those of WSIS+10, but this one follows a WSIS+10 outcome: '"
                + outcome.getId() + "'");
      }
      previous = outcome.getSection();
    }
  }

  /** Checks outcomes {@code from} (inclusive) to {@code to} (exclusive) of table {@code a}. */
  private void outcomes(ActionLineRoadmap line, int a, int from, int to, boolean shapes) {
    String linePointer = "/actionLines/" + a + "/outcomes/";
    for (int o = from; o < to; o++) {
      Outcome outcome = line.getOutcomes().get(o);
      String base = linePointer + o;
      if (shapes) {
        findings.addAll(Shapes.checkOutcome(outcome, base, profile));
      }
      outcome(line, outcome, base);
    }
  }

  // ---------------------------------------------------------------- replay in document order

  // Indexes of the whole run, filled by the replay.
  private final Map<Object, String> firstIdPointer = new HashMap<>();
  private final Map<String, String> firstStatement = new HashMap<>();
  private final Map<String, String> symbolForms = new HashMap<>();

  /** A check across outcomes, recorded by a chunk and replayed in document order by {@link #absorb}. */
  private record Deferred(Kind kind, Outcome outcome, String pointer, String key, String text) {
    enum Kind { ID, STATEMENT, SYMBOL }
  }

  /** Takes the findings of a unit, then replays its deferred checks against this run's indexes. */
  private void absorb(Checks unit) {
    findings.addAll(unit.findings);
    for (Deferred d : unit.deferred) {
      switch (d.kind()) {
        case ID: {
          String first = firstIdPointer.putIfAbsent(d.outcome().getId(), d.pointer());
          if (first != null) {
            report(Rule.ID_001, d.pointer() + "/id", d.outcome(), "outcome id must be unique, but '" + d.outcome().getId() + "' is also the id of " + first);
          }
          break;
        }
        case STATEMENT: {
          String first = firstStatement.putIfAbsent(d.key(), d.outcome().getId().toString());
          if (first != null) {
            report(Rule.TEXT_002, d.pointer(), d.outcome(),
                "statements must not repeat, but this one repeats the statement of " + first + ": '" + clip(d.text()) + "'");
          }
          break;
        }
        default: {
          String first = symbolForms.putIfAbsent(d.key(), d.text());
          if (first != null && !first.equals(d.text())) {
            report(Rule.COVID_001, d.pointer(), d.outcome(),
                "a document symbol must be written as elsewhere in the roadmap ('" + first + "'), but was: '" + d.text() + "'");
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- structure

  private void structure() {
    if (roadmap.getAsOf().isEmpty()) {
      report(Rule.STR_008, "/asOf", null, "edition must be dated, but the date is missing; timings are measured against today's year " + editionYear);
    }
    if (roadmap.getActionLines().isEmpty()) {
      report(Rule.STR_004, "/actionLines", null, "roadmap must have at least one action line table, but has none");
    }
    facilitator();
    Map<ActionLine, Integer> seen = new EnumMap<>(ActionLine.class);
    for (int a = 0; a < roadmap.getActionLines().size(); a++) {
      ActionLineRoadmap line = roadmap.getActionLines().get(a);
      String pointer = "/actionLines/" + a;
      Integer first = seen.putIfAbsent(line.getActionLine(), a);
      if (first != null) {
        reportLine(Rule.STR_002, pointer + "/actionLine", line,
            "action line must have one table, but '" + line.getActionLine().getCode() + "' also has /actionLines/" + first);
      }
      titleMatchesCatalogue(line, pointer);
      if (line.getOutcomes().isEmpty()) {
        reportLine(Rule.STR_003, pointer + "/outcomes", line,
            "action line table must have outcomes, but '" + line.getActionLine().getCode() + "' has none");
      }
    }
  }

  private void facilitator() {
    if (roadmap.getFacilitator().isEmpty() || roadmap.getFacilitator().get().isBlank()) {
      return;
    }
    String facilitator = roadmap.getFacilitator().get().strip();
    StringBuilder others = new StringBuilder();
    Set<ActionLine> listed = java.util.EnumSet.noneOf(ActionLine.class);
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      ActionLine actionLine = line.getActionLine();
      if (!listed.add(actionLine)) {
        continue;
      }
      boolean facilitates = false;
      for (String name : actionLine.getLeadFacilitators()) {
        facilitates |= name.equalsIgnoreCase(facilitator);
      }
      for (String name : actionLine.getCoFacilitators()) {
        facilitates |= name.equalsIgnoreCase(facilitator);
      }
      if (!facilitates) {
        others.append(others.length() == 0 ? "" : ", ").append(actionLine.getCode()).append(" led by ")
            .append(actionLine.getLeadFacilitators().isEmpty() ? "its sub-line facilitators" : String.join(" and ", actionLine.getLeadFacilitators()));
      }
    }
    if (others.length() > 0) {
      report(Rule.STR_007, "/facilitator", null,
          "the roadmap's facilitator must be a lead or co-facilitator of every action line it covers (" + others + "), but was: '"
              + facilitator + "'");
    }
  }

  private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "from", "into", "that", "this", "all", "its", "their");

  private void titleMatchesCatalogue(ActionLineRoadmap line, String pointer) {
    if (line.getTitle().isBlank()) {
      return;
    }
    Set<String> official = words(line.getActionLine().getTitle());
    official.addAll(words(line.getActionLine().getGenevaPlanTitle()));
    for (String word : words(line.getTitle())) {
      if (official.contains(word)) {
        return;
      }
    }
    reportLine(Rule.STR_006, pointer + "/title", line,
        "the printed title must share a word with the official title of " + line.getActionLine().getCode() + " ('"
            + line.getActionLine().getTitle() + "'), but was: '" + clip(line.getTitle()) + "'");
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
        words.add(word.length() > 5 ? word.substring(0, 5) : word);
      }
    }
    return words;
  }

  // ---------------------------------------------------------------- outcome

  private void outcome(ActionLineRoadmap line, Outcome outcome, String base) {
    identity(line, outcome, base);
    subItems(outcome, base);
    sdg(outcome, base);
    GdcChecks.links(outcome, base, (rule, pointer, message) -> report(rule, pointer, outcome, message));
    matrixLinks(line, outcome, base);
    timing(outcome, base);
    for (int r = 0; r < outcome.getReferences().size(); r++) {
      reference(outcome.getReferences().get(r), base + "/references/" + r, outcome);
    }
    repeatedReferences(outcome, base);
    results(outcome, base);
    text(outcome, base);
    covid(outcome, base);
  }

  private void identity(ActionLineRoadmap line, Outcome outcome, String base) {
    deferred.add(new Deferred(Deferred.Kind.ID, outcome, base, null, null));
    if (outcome.getId().getActionLine() != line.getActionLine()) {
      report(Rule.ID_002, base + "/id", outcome,
          "outcome id must name the action line of its table (" + line.getActionLine().getCode() + "), but was: '" + outcome.getId() + "'");
    }
    if (outcome.getId().getSection() != outcome.getSection()) {
      report(Rule.ID_002, base + "/id", outcome,
          "outcome id must name the outcome's section (" + outcome.getSection().getCode() + "), but was: '" + outcome.getId() + "'");
    }
    if (!outcome.getId().getLabel().equals(outcome.getLabel())) {
      report(Rule.ID_002, base + "/id", outcome,
          "outcome id must end with the outcome's label ('" + outcome.getLabel() + "'), but was: '" + outcome.getId() + "'");
    }
  }

  private void labelSequences(ActionLineRoadmap line, String linePointer) {
    Map<OutcomeSection, String> previous = new EnumMap<>(OutcomeSection.class);
    Set<String> seen = new HashSet<>();
    for (int o = 0; o < line.getOutcomes().size(); o++) {
      Outcome outcome = line.getOutcomes().get(o);
      String label = outcome.getLabel();
      if (!seen.add(outcome.getSection() + ":" + label)) {
        // A repeated label repeats an id: WSIS-ID-001 reports it, and the sequence goes on from the label before.
        continue;
      }
      String before = previous.put(outcome.getSection(), label);
      String pointer = linePointer + "/outcomes/" + o + "/label";
      Matcher m = OUTCOME_LABEL.matcher(label);
      if (!m.matches() || label.isEmpty()) {
        report(Rule.ID_003, pointer, outcome,
            "outcome label must be a letter, a letter and a number, or a number, but was: '" + label + "'");
        continue;
      }
      if (before == null) {
        if (!startsSequence(m)) {
          report(Rule.ID_003, pointer, outcome,
              "the first label of a section must be 'A', 'a', 'A1', 'a1' or '1', but was: '" + label + "'");
        }
      } else {
        Matcher p = OUTCOME_LABEL.matcher(before);
        if (p.matches() && !before.isEmpty() && !follows(p, m)) {
          report(Rule.ID_003, pointer, outcome,
              "outcome labels must run in sequence within a section, but '" + label + "' follows '" + before + "'");
        }
      }
    }
  }

  private static boolean startsSequence(Matcher m) {
    String letter = m.group(1);
    int number = m.group(2).isEmpty() ? 0 : parseSmall(m.group(2));
    if (letter.isEmpty()) {
      return number == 1;
    }
    return (letter.equals("A") || letter.equals("a")) && (number == 0 || number == 1);
  }

  private static boolean follows(Matcher previous, Matcher current) {
    String pl = previous.group(1);
    String cl = current.group(1);
    int pn = previous.group(2).isEmpty() ? 0 : parseSmall(previous.group(2));
    int cn = current.group(2).isEmpty() ? 0 : parseSmall(current.group(2));
    if (pl.isEmpty() || cl.isEmpty()) {
      return pl.isEmpty() && cl.isEmpty() && cn == pn + 1;
    }
    char p = pl.charAt(0);
    char c = cl.charAt(0);
    if (Character.isUpperCase(p) != Character.isUpperCase(c)) {
      return false;
    }
    if (p == c) {
      return pn >= 1 && cn == pn + 1;
    }
    return c == p + 1 && (cn == 0 || cn == 1);
  }

  private static int parseSmall(String digits) {
    return digits.length() > 6 ? Integer.MAX_VALUE - 1 : Integer.parseInt(digits);
  }

  private void subItems(Outcome outcome, String base) {
    for (int i = 1; i < outcome.getSubItems().size(); i++) {
      String before = outcome.getSubItems().get(i - 1).getLabel();
      String label = outcome.getSubItems().get(i).getLabel();
      String first = outcome.getSubItems().get(0).getLabel();
      Optional<String> expected = successor(first, before);
      if (expected.isPresent() && !expected.get().equals(label)) {
        report(Rule.ID_004, base + "/subItems/" + i + "/label", outcome,
            "sub-item labels must run in sequence ('" + expected.get() + "' after '" + before + "'), but was: '" + label + "'");
      }
    }
    if (!outcome.getSubItems().isEmpty()) {
      String first = outcome.getSubItems().get(0).getLabel();
      if (!isSequenceStart(first)) {
        report(Rule.ID_004, base + "/subItems/0/label", outcome,
            "the first sub-item label must be 'i', 'a', 'A', '1' or a letter followed by 1 such as 'D1', but was: '" + first + "'");
      }
    }
  }

  private static boolean isSequenceStart(String label) {
    return label.equals("i") || label.equals("a") || label.equals("A") || label.equals("1")
        || (LETTER_NUMBER.matcher(label).matches() && label.substring(1).equals("1"));
  }

  /** Returns the label that should follow {@code previous} in a sequence that began with {@code first}. */
  private static Optional<String> successor(String first, String previous) {
    if (first.equals("i")) {
      int value = romanValue(previous);
      return value > 0 && value + 1 < ROMAN.length ? Optional.of(ROMAN[value + 1]) : Optional.empty();
    }
    Matcher m = LETTER_NUMBER.matcher(previous);
    if (LETTER_NUMBER.matcher(first).matches() && m.matches()) {
      return Optional.of(m.group(1) + (parseSmall(m.group(2)) + 1));
    }
    if (first.length() == 1 && Character.isLetter(first.charAt(0)) && previous.length() == 1 && Character.isLetter(previous.charAt(0))) {
      return Optional.of(String.valueOf((char) (previous.charAt(0) + 1)));
    }
    if (first.chars().allMatch(Character::isDigit) && !previous.isEmpty() && previous.chars().allMatch(Character::isDigit)) {
      return Optional.of(String.valueOf(parseSmall(previous) + 1));
    }
    return Optional.empty();
  }

  private static int romanValue(String label) {
    for (int i = 1; i < ROMAN.length; i++) {
      if (ROMAN[i].equals(label)) {
        return i;
      }
    }
    return 0;
  }

  private static String[] romanNumerals(int count) {
    String[] tens = {"", "x", "xx", "xxx", "xl", "l"};
    String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    String[] result = new String[count];
    for (int i = 0; i < count; i++) {
      result[i] = tens[i / 10] + units[i % 10];
    }
    return result;
  }

  // ---------------------------------------------------------------- SDG

  private void sdg(Outcome outcome, String base) {
    List<SdgLink> links = outcome.getSdgLinks();
    Set<SdgGoal> goals = java.util.EnumSet.noneOf(SdgGoal.class);
    for (SdgLink link : links) {
      if (link.getKind() == SdgLink.Kind.GOAL) {
        goals.add(link.getGoal());
      }
    }
    Set<String> codes = new HashSet<>();
    for (int k = 0; k < links.size(); k++) {
      SdgLink link = links.get(k);
      String pointer = base + "/sdgLinks/" + k;
      if (!codes.add(link.getCode())) {
        report(Rule.SDG_003, pointer, outcome, "SDG links must not repeat in one outcome, but was: '" + link.getCode() + "'");
      }
      if (link.getKind() == SdgLink.Kind.TARGET) {
        TargetLink target = (TargetLink) link;
        if (!target.getTarget().isKnown()) {
          report(Rule.SDG_001, pointer, outcome,
              "an SDG target must be one of the 169 targets of the UN catalogue, but was: '" + link.getCode() + "'");
        }
        if (!goals.isEmpty() && !goals.contains(target.getGoal())) {
          report(Rule.SDG_002, pointer, outcome,
              "an SDG target must belong to a goal the outcome lists (" + goalList(goals) + "), but was: '" + link.getCode() + "'");
        }
      }
    }
    if (links.isEmpty()) {
      report(Rule.SDG_004, base + "/sdgLinks", outcome, outcome.getSdgRaw().isEmpty()
          ? "outcome must be linked with SDG goals or targets, but the SDG cell is empty"
          : "outcome must be linked with SDG goals or targets, but none was read from: '" + clip(outcome.getSdgRaw().get()) + "'");
    }
    if (outcome.getSdgRaw().isPresent() && profile.isEnabled(Rule.SDG_005)) {
      for (String fragment : unreadSdgText(outcome.getSdgRaw().get())) {
        report(Rule.SDG_005, base + "/sdgRaw", outcome,
            "SDG cell text must read as goals, targets or prose, but this fragment was not: '" + clip(fragment) + "'");
      }
    }
  }

  /** The unread fragments of an SDG cell; cells repeat across outcomes, so each text is read once per run. */
  private List<String> unreadSdgText(String raw) {
    List<String> unread = sdgCells.get(raw);
    if (unread == null) {
      unread = isCodeList(raw) ? List.of() : SdgCell.read(raw).getUnread();
      sdgCells.put(raw, unread);
    }
    return unread;
  }

  /**
   * Tells whether a cell is only a list of known codes, such as {@code SDG 8, 9: 9.c, 17.8}: such
   * a cell has nothing unread, and the full reader is not needed.
   */
  static boolean isCodeList(String raw) {
    int i = 0;
    int n = raw.length();
    boolean any = false;
    boolean sdg = false;
    while (i < n) {
      char c = raw.charAt(i);
      if (c == ' ' || c == ',' || c == ';' || c == ':') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && " ,;:".indexOf(raw.charAt(i)) < 0) {
        i++;
      }
      String token = raw.substring(start, i);
      if (token.equals("SDG") || token.equals("SDGs")) {
        sdg = true;
        continue;
      }
      if (!isKnownCode(token) || (token.indexOf('.') < 0 && !sdg)) {
        // A bare number is a goal only after "SDG"; elsewhere the full reader decides.
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isKnownCode(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      if (token.isEmpty() || token.length() > 2 || !Character.isDigit(token.charAt(0)) || (token.length() == 2 && !Character.isDigit(token.charAt(1)))) {
        return false;
      }
      int goal = Integer.parseInt(token);
      return goal >= 1 && goal <= 17;
    }
    String prefix = token.substring(0, dot);
    String suffix = token.substring(dot + 1);
    if (prefix.isEmpty() || prefix.length() > 2 || suffix.isEmpty() || suffix.length() > 2
        || !prefix.chars().allMatch(Character::isDigit)
        || !(suffix.chars().allMatch(Character::isDigit) || (suffix.length() == 1 && suffix.charAt(0) >= 'a' && suffix.charAt(0) <= 'z'))) {
      return false;
    }
    int goal = Integer.parseInt(prefix);
    return goal >= 1 && goal <= 17 && suffix.charAt(0) != '0' && org.wsis.roadmap.SdgTarget.read(token).isKnown();
  }

  // ---------------------------------------------------------------- WSIS-SDG Matrix

  private void matrixLinks(ActionLineRoadmap line, Outcome outcome, String base) {
    if (!profile.isEnabled(Rule.MATRIX_001)) {
      return;
    }
    ActionLine actionLine = line.getActionLine();
    Set<String> seen = new HashSet<>();
    List<SdgLink> links = outcome.getSdgLinks();
    for (int k = 0; k < links.size(); k++) {
      SdgLink link = links.get(k);
      boolean unknown = link.getKind() == SdgLink.Kind.TARGET && !((TargetLink) link).getTarget().isKnown();
      if (unknown || !seen.add(link.getCode()) || WsisSdgMatrix.covers(actionLine, link)) {
        continue; // an unknown target is WSIS-SDG-001's, a repeat WSIS-SDG-003's
      }
      report(Rule.MATRIX_001, base + "/sdgLinks/" + k, outcome,
          "an SDG link must lie within the WSIS-SDG Matrix mapping of " + actionLine.getCode() + " (" + matrixMapping(actionLine)
              + "), but was: '" + link.getCode() + "'");
    }
  }

  private void matrixTargets() {
    if (!profile.isEnabled(Rule.MATRIX_002)) {
      return;
    }
    MatrixCoverage coverage = MatrixCoverage.of(roadmap);
    Set<ActionLine> done = java.util.EnumSet.noneOf(ActionLine.class);
    List<ActionLineRoadmap> lines = roadmap.getActionLines();
    for (int a = 0; a < lines.size(); a++) {
      ActionLineRoadmap table = lines.get(a);
      ActionLine actionLine = table.getActionLine();
      if (!done.add(actionLine)) {
        continue;
      }
      boolean linked = false;
      Set<SdgGoal> goalLinks = java.util.EnumSet.noneOf(SdgGoal.class);
      for (ActionLineRoadmap other : lines) {
        for (Outcome outcome : other.getActionLine() == actionLine ? other.getOutcomes() : List.<Outcome>of()) {
          linked |= !outcome.getSdgLinks().isEmpty();
          for (SdgLink link : outcome.getSdgLinks()) {
            if (link.getKind() == SdgLink.Kind.GOAL) {
              goalLinks.add(link.getGoal());
            }
          }
        }
      }
      if (!linked) {
        continue; // no SDG link at all: WSIS-SDG-004 reports each outcome
      }
      MatrixCoverage.Line line = coverage.getLine(actionLine).orElseThrow();
      List<SdgGoal> goalLevel = WsisSdgMatrix.goalLevelGoalsOf(actionLine);
      for (SdgGoal goal : line.getGoalsWithoutMatrixTarget()) {
        String message;
        if (goalLevel.contains(goal)) {
          message = "the outcomes of " + actionLine.getCode() + " must serve SDG " + goal.getNumber()
              + ", which the WSIS-SDG Matrix maps to " + actionLine.getCode() + " as a whole goal, but none links the goal or one of its targets";
        } else {
          StringBuilder targets = new StringBuilder();
          for (SdgTarget target : line.getMatrixTargets()) {
            if (target.getGoal() == goal) {
              targets.append(targets.length() == 0 ? "" : ", ").append(target);
            }
          }
          StringBuilder others = new StringBuilder();
          for (SdgLink link : line.getOutsideLinks().keySet()) {
            if (link.getKind() == SdgLink.Kind.TARGET && link.getGoal() == goal) {
              others.append(others.length() == 0 ? "" : ", ").append(link.getCode());
            }
          }
          String how;
          if (!line.getAddressedGoals().contains(goal)) {
            how = "none links SDG " + goal.getNumber() + " at all";
          } else if (others.length() == 0) {
            how = "they link SDG " + goal.getNumber() + " only as a goal";
          } else {
            how = "they link SDG " + goal.getNumber() + " only " + (goalLinks.contains(goal) ? "as a goal and " : "") + "through other targets (" + others + ")";
          }
          message = "the outcomes of " + actionLine.getCode() + " must link at least one of the WSIS-SDG Matrix targets of SDG "
              + goal.getNumber() + " (" + targets + "), but " + how;
        }
        reportLine(Rule.MATRIX_002, "/actionLines/" + a + "/outcomes", table, message);
      }
    }
  }

  private static String matrixMapping(ActionLine actionLine) {
    StringBuilder sb = new StringBuilder();
    List<SdgGoal> goalLevel = WsisSdgMatrix.goalLevelGoalsOf(actionLine);
    if (!goalLevel.isEmpty()) {
      sb.append("goals");
      for (SdgGoal goal : goalLevel) {
        sb.append(sb.length() == 5 ? " " : ", ").append(goal.getNumber());
      }
    }
    List<SdgTarget> targets = WsisSdgMatrix.targetsOf(actionLine);
    if (!targets.isEmpty()) {
      sb.append(sb.length() == 0 ? "targets " : "; targets ");
      for (int i = 0; i < targets.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(targets.get(i));
      }
    }
    return sb.toString();
  }

  private static String goalList(Set<SdgGoal> goals) {
    StringBuilder sb = new StringBuilder();
    for (SdgGoal goal : goals) {
      sb.append(sb.length() == 0 ? "" : ", ").append("SDG ").append(goal.getNumber());
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- timing

  private void timing(Outcome outcome, String base) {
    if (outcome.getTiming().isEmpty()) {
      report(Rule.TIME_003, base + "/timing", outcome, "outcome must have a timing, but the timing cell is empty");
      return;
    }
    Timing timing = outcome.getTiming().get();
    List<TimingEntry> entries = timing.getEntries();
    if (entries.isEmpty()) {
      report(Rule.TIME_006, base + "/timing", outcome, "timing text must be read as spans, years or open periods, but nothing was read from: '" + clip(timing.getRaw()) + "'");
    }
    Set<String> seen = new HashSet<>();
    boolean continuous = false;
    boolean closed = false;
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      TimingEntry entry = entries.get(k);
      String pointer = base + "/timing/entries/" + k;
      if (entry.getKind() == TimingEntry.Kind.UNREAD) {
        report(Rule.TIME_006, pointer, outcome, "timing text must be read as spans, years or open periods, but was: '" + clip(entry.getRaw()) + "'");
        continue;
      }
      Optional<Integer> from = entry.getFrom();
      Optional<Integer> to = entry.getTo();
      if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
        report(Rule.TIME_001, pointer, outcome, "a timing span must not end before it starts, but was: '" + entry.getRaw() + "'");
      }
      for (Optional<Integer> year : List.of(from, to)) {
        if (year.isPresent() && (year.get() < HORIZON_FIRST_YEAR || year.get() > HORIZON_LAST_YEAR)) {
          report(Rule.TIME_002, pointer, outcome,
              "timing years must lie in " + HORIZON_FIRST_YEAR + "-" + HORIZON_LAST_YEAR + ", but was: '" + entry.getRaw() + "'");
          break;
        }
      }
      if ((entry.getKind() == TimingEntry.Kind.SINCE || entry.getKind() == TimingEntry.Kind.TO_DATE)
          && from.isPresent() && from.get() > editionYear) {
        report(Rule.TIME_004, pointer, outcome,
            "an open timing must start by the edition's year " + editionYear + ", but was: '" + entry.getRaw() + "'");
      }
      String key = entry.getKind() + ":" + from.orElse(null) + ":" + to.orElse(null);
      boolean closedEntry = (entry.getKind() == TimingEntry.Kind.SPAN || entry.getKind() == TimingEntry.Kind.YEAR)
          && from.isPresent() && to.isPresent();
      if (!seen.add(key)) {
        report(Rule.TIME_005, pointer, outcome, "timing entries must not repeat, but was: '" + entry.getRaw() + "'");
      } else if (closedEntry && from.get() <= to.get()) {
        for (int[] span : spans) {
          if (from.get() <= span[1] && span[0] <= to.get()) {
            report(Rule.TIME_005, pointer, outcome,
                "timing spans must not overlap, but '" + entry.getRaw() + "' overlaps '" + entries.get(span[2]).getRaw() + "'");
            break;
          }
        }
        spans.add(new int[] {from.get(), to.get(), k});
      }
      if (closedEntry && to.get() < editionYear && from.get() <= to.get()) {
        report(Rule.TIME_007, pointer, outcome,
            "a proposed timing must not have ended before the edition's year " + editionYear + ", but was: '" + entry.getRaw() + "'");
      }
      boolean wasContradiction = (entry.getKind() == TimingEntry.Kind.CONTINUOUS && closed) || (closedEntry && continuous);
      continuous |= entry.getKind() == TimingEntry.Kind.CONTINUOUS;
      closed |= closedEntry;
      if (wasContradiction) {
        report(Rule.TIME_005, pointer, outcome,
            "a timing must not be both continuous and a closed span, but was: '" + clip(timing.getRaw()) + "'");
      }
    }
  }

  // ---------------------------------------------------------------- references

  private void reference(Reference reference, String pointer, Outcome outcome) {
    switch (reference.getKind()) {
      case RESOLUTION:
        resolution((ResolutionRef) reference, pointer, outcome);
        break;
      case STRATEGIC_GOAL:
        StrategicGoalRef goal = (StrategicGoalRef) reference;
        if (goal.getTarget().isPresent() && !goal.getTarget().get().startsWith(goal.getGoal() + ".")
            && !goal.getTarget().get().equals(String.valueOf(goal.getGoal()))) {
          report(Rule.REF_001, pointer, outcome,
              "a strategic target must belong to the cited strategic goal " + goal.getGoal() + ", but was: '" + reference.getRaw() + "'");
        }
        break;
      case INSTRUMENT:
        InstrumentRef instrument = (InstrumentRef) reference;
        if (instrument.getYear().isPresent() && instrument.getYear().get() > editionYear) {
          report(Rule.REF_004, pointer, outcome,
              "a cited instrument must not be dated after the edition's year " + editionYear + ", but was: '" + reference.getRaw() + "'");
        }
        break;
      case DOCUMENT:
        DocumentRef document = (DocumentRef) reference;
        if (document.getSymbols().isEmpty()) {
          report(Rule.REF_001, pointer, outcome, "a document citation must name a document symbol, but was: '" + reference.getRaw() + "'");
        }
        for (int s = 0; s < document.getSymbols().size(); s++) {
          String symbol = document.getSymbols().get(s);
          symbolForm(symbol, symbolKey(symbol), pointer + "/symbols/" + s, outcome);
        }
        break;
      case TEXT:
        report(Rule.REF_006, pointer, outcome,
            "citation text must name a strategic goal, resolution, instrument or document, but was: '" + clip(reference.getRaw()) + "'");
        break;
      default:
        throw new AssertionError(reference.getKind());
    }
  }

  private void resolution(ResolutionRef ref, String pointer, Outcome outcome) {
    if (ref.getNumbers().isEmpty()) {
      report(Rule.REF_001, pointer, outcome, "a resolution citation must name a resolution number, but was: '" + ref.getRaw() + "'");
    }
    for (String number : ref.getNumbers()) {
      if (!RESOLUTION_NUMBER.matcher(number).matches()) {
        report(Rule.REF_001, pointer, outcome,
            "a resolution number must look like '71' or '70/1', but was: '" + number + "' in '" + clip(ref.getRaw()) + "'");
      }
    }
    if (ref.isRevised() && ref.getYear().isEmpty()) {
      report(Rule.REF_001, pointer, outcome, "a revised resolution must name the year of its revision, but was: '" + ref.getRaw() + "'");
    }
    if (ref.getBody().isEmpty() && !ref.getNumbers().isEmpty()
        && !ref.getNumbers().stream().allMatch(n -> UN_NUMBER.matcher(n).matches())) {
      report(Rule.REF_002, pointer, outcome, "a resolution citation must name the body that adopted it, but was: '" + ref.getRaw() + "'");
    }
    if (ref.getBody().isPresent() && ref.getYear().isPresent()) {
      int first = FIRST_CONFERENCE.get(ref.getBody().get());
      if (ref.getYear().get() < first) {
        report(Rule.REF_003, pointer, outcome,
            "a " + ref.getBody().get() + " resolution cannot be dated before the body's first conference in " + first
                + ", but was: '" + ref.getRaw() + "'");
      }
    }
    if (ref.getYear().isPresent() && ref.getYear().get() > editionYear) {
      report(Rule.REF_004, pointer, outcome,
          "a cited resolution must not be dated after the edition's year " + editionYear + ", but was: '" + ref.getRaw() + "'");
    }
  }

  private void repeatedReferences(Outcome outcome, String base) {
    Set<String> keys = new HashSet<>();
    for (int r = 0; r < outcome.getReferences().size(); r++) {
      Reference reference = outcome.getReferences().get(r);
      List<String> referenceKeys = new ArrayList<>();
      if (reference.getKind() == Reference.Kind.RESOLUTION) {
        ResolutionRef ref = (ResolutionRef) reference;
        for (String number : ref.getNumbers()) {
          referenceKeys.add("resolution:" + ref.getBody().map(Enum::name).orElse("?") + ":" + number);
        }
      } else {
        referenceKeys.add(reference.getKind() + ":" + normalise(reference.getRaw()));
      }
      for (String key : referenceKeys) {
        if (!keys.add(key)) {
          report(Rule.REF_005, base + "/references/" + r, outcome,
              "citations must not repeat in one outcome, but was: '" + clip(reference.getRaw()) + "'");
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- results

  private void results(Outcome outcome, String base) {
    if (outcome.getResults().isEmpty()) {
      report(Rule.RES_001, base + "/results", outcome, "outcome must state expected or achieved results, but the results cell is empty");
      return;
    }
    Map<String, BigDecimal> targetByUnit = new HashMap<>();
    List<ResultTarget> targets = outcome.getResults().getTargets();
    for (int t = 0; t < targets.size(); t++) {
      ResultTarget target = targets.get(t);
      String pointer = base + "/results/targets/" + t;
      if (target.getMetric().isPresent()) {
        Metric metric = target.getMetric().get();
        if (metric.getUnit().isBlank()) {
          report(Rule.RES_002, pointer + "/metric/unit", outcome, "a metric must name its unit, but was: '" + clip(metric.getRaw()) + "'");
        } else {
          targetByUnit.merge(unitKey(metric.getUnit()), metric.getValue(), BigDecimal::max);
        }
      }
      Optional<Integer> lastYear = lastClosedYear(outcome);
      if (target.getByYear().isPresent() && lastYear.isPresent() && target.getByYear().get() > lastYear.get()) {
        report(Rule.RES_005, pointer + "/byYear", outcome,
            "a target must fall within the outcome's timing (up to " + lastYear.get() + "), but was due " + target.getByYear().get()
                + ": '" + clip(target.getText()) + "'");
      }
    }
    Optional<Integer> firstYear = firstYear(outcome);
    List<Achievement> achievements = outcome.getResults().getAchievements();
    for (int k = 0; k < achievements.size(); k++) {
      Achievement achievement = achievements.get(k);
      if (achievement.getMetric().isEmpty()) {
        continue;
      }
      Metric metric = achievement.getMetric().get();
      String pointer = base + "/results/achievements/" + k + "/metric";
      if (metric.getUnit().isBlank()) {
        report(Rule.RES_002, pointer + "/unit", outcome, "a metric must name its unit, but was: '" + clip(metric.getRaw()) + "'");
      } else {
        BigDecimal target = targetByUnit.get(unitKey(metric.getUnit()));
        if (target != null && metric.getValue().compareTo(target) > 0) {
          report(Rule.RES_003, pointer + "/value", outcome,
              "an achievement must not exceed the outcome's target of " + target.toPlainString() + " " + metric.getUnit()
                  + ", but was: '" + clip(metric.getRaw()) + "'");
        }
      }
      if (metric.getAsOfYear().isPresent()) {
        int year = metric.getAsOfYear().get();
        if (year > editionYear || (firstYear.isPresent() && year < firstYear.get())) {
          report(Rule.RES_004, pointer + "/asOfYear", outcome,
              "an achievement must be dated from the outcome's timing start" + firstYear.map(y -> " " + y).orElse("")
                  + " to the edition's year " + editionYear + ", but was dated " + year + ": '" + clip(metric.getRaw()) + "'");
        }
      }
    }
  }

  private static Optional<Integer> firstYear(Outcome outcome) {
    return outcome.getTiming().flatMap(t -> t.getEntries().stream()
        .filter(e -> e.getKind() != TimingEntry.Kind.UNREAD && !isReversed(e))
        .flatMap(e -> e.getFrom().stream())
        .min(Integer::compare));
  }

  private static Optional<Integer> lastClosedYear(Outcome outcome) {
    if (outcome.getTiming().isEmpty() || outcome.getTiming().get().getEntries().isEmpty()) {
      return Optional.empty();
    }
    int last = Integer.MIN_VALUE;
    for (TimingEntry entry : outcome.getTiming().get().getEntries()) {
      if (isReversed(entry)) {
        continue;
      }
      boolean closed = (entry.getKind() == TimingEntry.Kind.SPAN || entry.getKind() == TimingEntry.Kind.YEAR) && entry.getTo().isPresent();
      if (!closed) {
        return Optional.empty();
      }
      last = Math.max(last, entry.getTo().get());
    }
    return last == Integer.MIN_VALUE ? Optional.empty() : Optional.of(last);
  }

  /** A span that ends before it starts gives no usable year (WSIS-TIME-001 reports it). */
  private static boolean isReversed(TimingEntry entry) {
    return entry.getFrom().isPresent() && entry.getTo().isPresent() && entry.getFrom().get() > entry.getTo().get();
  }

  private static String unitKey(String unit) {
    return normalise(unit);
  }

  // ---------------------------------------------------------------- text

  private void text(Outcome outcome, String base) {
    if (outcome.getStatement().isBlank() && outcome.getSubItems().isEmpty()) {
      report(Rule.TEXT_001, base + "/statement", outcome, "outcome must have a statement or sub-items, but the statement is empty");
    }
    String key = normalise(outcome.getStatement());
    if (!key.isEmpty()) {
      key.hashCode(); // computed here, in the chunk, and cached by the string: the replay only looks it up
      deferred.add(new Deferred(Deferred.Kind.STATEMENT, outcome, base + "/statement", key, outcome.getStatement()));
    }
    prose(outcome, base, "/statement", -1, outcome.getStatement());
    for (int i = 0; i < outcome.getSubItems().size(); i++) {
      prose(outcome, base, "/subItems/" + i + "/text", -1, outcome.getSubItems().get(i).getText());
    }
    list(outcome, base, "/evidence/", outcome.getEvidence());
    list(outcome, base, "/results/expected/", outcome.getResults().getExpected());
    list(outcome, base, "/results/activities/", outcome.getResults().getActivities());
    list(outcome, base, "/results/text/", outcome.getResults().getText());
    for (int i = 0; i < outcome.getResults().getAchievements().size(); i++) {
      prose(outcome, base, "/results/achievements/", i, outcome.getResults().getAchievements().get(i).getText());
    }
    for (int i = 0; i < outcome.getResults().getTargets().size(); i++) {
      prose(outcome, base, "/results/targets/", i, outcome.getResults().getTargets().get(i).getText());
    }
    if (outcome.getCovidResponse().isPresent()) {
      list(outcome, base, "/covidResponse/text/", outcome.getCovidResponse().get().getText());
    }
    for (int r = 0; r < outcome.getReferences().size(); r++) {
      prose(outcome, base, "/references/", r, outcome.getReferences().get(r).getRaw());
    }
    if (outcome.getTiming().isPresent()) {
      prose(outcome, base, "/timing/raw", -1, outcome.getTiming().get().getRaw());
    }
    if (outcome.getSdgRaw().isPresent()) {
      prose(outcome, base, "/sdgRaw", -1, outcome.getSdgRaw().get());
    }
  }

  /** Builds a pointer only when a finding needs it: {@code base + field}, then {@code index} (and {@code /raw} or {@code /text}). */
  private static String at(String base, String field, int index) {
    if (index < 0) {
      return base + field;
    }
    if (field.equals("/references/")) {
      return base + field + index + "/raw";
    }
    if (field.equals("/results/achievements/") || field.equals("/results/targets/")) {
      return base + field + index + "/text";
    }
    return base + field + index;
  }

  /** Footnote markers, brackets and markup of one text, each checked only when one scan saw its characters. */
  private void prose(Outcome outcome, String base, String field, int index, String value) {
    int seen = scan(value);
    if ((seen & SUPERSCRIPT) != 0) {
      footnoteMarkers(outcome, base, field, index, value);
    }
    if ((seen & BRACKET) != 0) {
      brackets(outcome, base, field, index, value);
    }
    if ((seen & MARKUP_START) != 0) {
      markup(outcome, base, field, index, value);
    }
  }

  static final int SUPERSCRIPT = 1;
  static final int BRACKET = 2;
  static final int MARKUP_START = 4;

  /** The superscript digits of footnote markers. */
  private static final char[] SUPERSCRIPT_DIGITS = {'\u00B9', '\u00B2', '\u00B3', '\u2070', '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079'};

  /**
   * Tells which checks of a text can find anything: a superscript digit, a bracket, or the start of
   * markup ({@code <} before a letter or {@code /}, or {@code &} with a {@code ;} after it, which
   * every tag and entity of {@link #MARKUP} has). Built on {@link String#indexOf(int)}, which the JVM
   * runs as a vectorised search, and which returns at once for a character that the string's
   * encoding cannot hold (no superscript but the first three in a Latin-1 string).
   */
  static int scan(String value) {
    int seen = 0;
    if (value.indexOf('(') >= 0 || value.indexOf(')') >= 0 || value.indexOf('[') >= 0 || value.indexOf(']') >= 0) {
      seen |= BRACKET;
    }
    int amp = value.indexOf('&');
    if (amp >= 0 && value.indexOf(';', amp) >= 0) {
      seen |= MARKUP_START;
    } else {
      for (int lt = value.indexOf('<'); lt >= 0 && lt + 1 < value.length(); lt = value.indexOf('<', lt + 1)) {
        char next = value.charAt(lt + 1);
        if (next == '/' || isAsciiLetter(next)) {
          seen |= MARKUP_START;
          break;
        }
      }
    }
    for (char superscript : SUPERSCRIPT_DIGITS) {
      if (value.indexOf(superscript) >= 0) {
        seen |= SUPERSCRIPT;
        break;
      }
    }
    return seen;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private void list(Outcome outcome, String base, String field, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      prose(outcome, base, field, i, items.get(i));
    }
    if (items.size() > 1) {
      for (int i : repeatedItems(items)) {
        report(Rule.TEXT_007, at(base, field, i), outcome, "list items must not repeat in one cell, but was: '" + clip(items.get(i)) + "'");
      }
    }
  }

  /** Cells of up to this many items are compared pairwise by key hash, with no key built unless two hashes agree. */
  private static final int SMALL_LIST = 16;

  /** The indexes of the items whose {@link #normalise key} is not empty and equals that of an earlier item, in order. */
  static List<Integer> repeatedItems(List<String> items) {
    List<Integer> repeated = new ArrayList<>(0);
    if (items.size() > SMALL_LIST) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        String key = normalise(items.get(i));
        if (!key.isEmpty() && !seen.add(key)) {
          repeated.add(i);
        }
      }
      return repeated;
    }
    int[] hashes = new int[items.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = keyHash(items.get(i));
      for (int j = 0; j < i; j++) {
        if (hashes[j] == hashes[i]) {
          String key = normalise(items.get(i));
          if (!key.isEmpty() && key.equals(normalise(items.get(j)))) {
            repeated.add(i);
            break;
          }
        }
      }
    }
    return repeated;
  }

  /** {@code normalise(text).hashCode()}, computed without building the key. */
  static int keyHash(String text) {
    int hash = 0;
    int kept = 0; // the hash up to the last character that the trailing trim keeps
    boolean space = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = any;
        continue;
      }
      if (space) {
        hash = 31 * hash + ' ';
        space = false;
      }
      hash = 31 * hash + Character.toLowerCase(c);
      any = true;
      if (c != '.' && c != ';' && c != ':' && c != ',') {
        kept = hash;
      }
    }
    return kept;
  }

  private static void collectFootnotes(List<String> notes, Set<String> footnotes) {
    for (String note : notes) {
      Matcher m = NOTE_MARKER.matcher(note);
      if (m.find()) {
        footnotes.add(toDigits(m.group(1)));
      }
    }
  }

  private void footnoteMarkers(Outcome outcome, String base, String field, int index, String value) {
    String pointer = at(base, field, index);
    Matcher m = SUPERSCRIPTS.matcher(value);
    while (m.find()) {
      String number = toDigits(m.group());
      if (!footnotes.contains(number)) {
        report(Rule.TEXT_004, pointer, outcome,
            "a footnote marker must have a note of its number, but marker " + m.group() + " (" + number + ") has none in: '" + clip(value) + "'");
        return;
      }
    }
  }

  private static String toDigits(String marker) {
    StringBuilder sb = new StringBuilder();
    for (char c : marker.toCharArray()) {
      switch (c) {
        case '\u2070': sb.append('0'); break;
        case '\u00B9': sb.append('1'); break;
        case '\u00B2': sb.append('2'); break;
        case '\u00B3': sb.append('3'); break;
        default:
          if (c >= '\u2074' && c <= '\u2079') {
            sb.append((char) ('4' + (c - '\u2074')));
          } else {
            sb.append(c);
          }
      }
    }
    String digits = sb.toString().replaceFirst("^0+(?=.)", "");
    return digits;
  }

  private void brackets(Outcome outcome, String base, String field, int index, String value) {
    StringBuilder open = new StringBuilder(); // the open brackets, innermost last
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(' || c == '[') {
        open.append(c);
      } else if (c == ')' && (open.length() == 0 || open.charAt(open.length() - 1) != '(') && isListMarker(value, i)) {
        continue; // a list marker such as 'a)' or 'iv)', unless a '(' is open for it to close
      } else if (c == ')' || c == ']') {
        char expected = c == ')' ? '(' : '[';
        if (open.length() == 0 || open.charAt(open.length() - 1) != expected) {
          report(Rule.TEXT_005, at(base, field, index), outcome, "brackets must be balanced, but '" + c + "' closes nothing in: '" + clip(value) + "'");
          return;
        }
        open.setLength(open.length() - 1);
      }
    }
    if (open.length() > 0) {
      report(Rule.TEXT_005, at(base, field, index), outcome,
          "brackets must be balanced, but '" + open.charAt(open.length() - 1) + "' is never closed in: '" + clip(value) + "'");
    }
  }

  /**
   * Tells whether the ')' at {@code close} ends a list marker such as {@code a)}, {@code iv)} or
   * {@code 2)} standing at the start of the text or after white space or {@code ;:,}.
   */
  private static boolean isListMarker(String text, int close) {
    int start = close;
    while (start > 0 && close - start < 4 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    if (start == close || (start > 0 && " \t\n;:,".indexOf(text.charAt(start - 1)) < 0)) {
      return false;
    }
    int length = close - start;
    if (length == 1) {
      return true;
    }
    boolean digits = length <= 2;
    boolean roman = true;
    for (int i = start; i < close; i++) {
      char ch = text.charAt(i);
      digits &= Character.isDigit(ch);
      roman &= "ivxIVX".indexOf(ch) >= 0;
    }
    return digits || roman;
  }

  private void markup(Outcome outcome, String base, String field, int index, String value) {
    Matcher m = MARKUP.matcher(value);
    if (m.find()) {
      report(Rule.TEXT_006, at(base, field, index), outcome, "text must carry no markup, but has '" + m.group() + "' in: '" + clip(value) + "'");
    }
  }

  private void emptyCells(ActionLineRoadmap line, String linePointer) {
    List<Outcome> outcomes = line.getOutcomes();
    int n = outcomes.size();
    if (n < 3) {
      return;
    }
    int evidence = 0;
    int references = 0;
    int covid = 0;
    for (Outcome outcome : outcomes) {
      evidence += outcome.getEvidence().isEmpty() ? 0 : 1;
      references += outcome.getReferences().isEmpty() ? 0 : 1;
      covid += hasCovid(outcome) ? 1 : 0;
    }
    for (int o = 0; o < n; o++) {
      Outcome outcome = outcomes.get(o);
      String base = linePointer + "/outcomes/" + o;
      int others = n - 1;
      if (outcome.getEvidence().isEmpty() && evidence * 3 >= others * 2) {
        report(Rule.TEXT_003, base + "/evidence", outcome,
            "the evidence cell must be filled like the rest of the action line, but it is empty while " + evidence + " of " + others + " other outcomes fill it");
      }
      if (outcome.getReferences().isEmpty() && references * 3 >= others * 2) {
        report(Rule.TEXT_003, base + "/references", outcome,
            "the references cell must be filled like the rest of the action line, but it is empty while " + references + " of " + others + " other outcomes fill it");
      }
      if (!hasCovid(outcome) && covid * 3 >= others * 2) {
        report(Rule.TEXT_003, base + "/covidResponse", outcome,
            "the COVID-19 response cell must be filled like the rest of the action line, but it is empty while " + covid + " of " + others + " other outcomes fill it");
      }
    }
  }

  private static boolean hasCovid(Outcome outcome) {
    return outcome.getCovidResponse()
        .map(c -> !c.getDocuments().isEmpty() || !c.getInitiatives().isEmpty() || !c.getText().isEmpty())
        .orElse(false);
  }

  // ---------------------------------------------------------------- COVID-19 response

  private void covid(Outcome outcome, String base) {
    if (outcome.getCovidResponse().isEmpty()) {
      return;
    }
    List<String> documents = outcome.getCovidResponse().get().getDocuments();
    Set<String> inCell = new HashSet<>();
    for (int d = 0; d < documents.size(); d++) {
      String symbol = documents.get(d);
      String pointer = base + "/covidResponse/documents/" + d;
      String key = symbolKey(symbol);
      if (!inCell.add(key)) {
        report(Rule.COVID_002, pointer, outcome, "documents must not repeat in one COVID-19 response cell, but was: '" + symbol + "'");
      }
      if (!DIGIT.matcher(symbol).find()) {
        report(Rule.COVID_003, pointer, outcome, "a document symbol must carry a number, such as 'C20/18', but was: '" + clip(symbol) + "'");
      }
      symbolForm(symbol, key, pointer, outcome);
    }
  }

  private void symbolForm(String symbol, String key, String pointer, Outcome outcome) {
    if (key.isEmpty()) {
      return;
    }
    deferred.add(new Deferred(Deferred.Kind.SYMBOL, outcome, pointer, key, symbol.strip()));
  }

  /** The form-independent key of a document symbol: upper case, no white space, no leading "Doc."/"Document(s)", dashes as slashes. */
  static String symbolKey(String symbol) {
    StringBuilder sb = new StringBuilder(symbol.length());
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      sb.append(c == '-' || c == '\u2013' ? '/' : Character.toUpperCase(c));
    }
    String key = sb.toString();
    for (String word : new String[] {"DOCUMENTS", "DOCUMENT", "DOC.", "DOC"}) {
      if (key.startsWith(word)) {
        return key.substring(word.length());
      }
    }
    return key;
  }

  // ---------------------------------------------------------------- helpers

  /** Lower case, white space runs as one space, no leading white space, no trailing white space or {@code .;:,}. */
  static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(Character.toLowerCase(c));
      }
    }
    int end = sb.length();
    while (end > 0 && ".;:, ".indexOf(sb.charAt(end - 1)) >= 0) {
      end--;
    }
    sb.setLength(end);
    return sb.toString();
  }

  static String clip(String text) {
    return text.length() <= 100 ? text : text.substring(0, 97) + "...";
  }

  private void report(Rule rule, String pointer, Outcome outcome, String message) {
    Optional<Severity> severity = profile.severityOf(rule);
    if (severity.isEmpty()) {
      return;
    }
    Finding.Builder finding = Finding.builder().rule(rule).severity(severity.get()).message(message).pointer(pointer);
    if (outcome != null) {
      finding.outcomeId(outcome.getId());
      outcome.getSource().ifPresent(source -> finding.line(source.getFromLine()));
    }
    findings.add(finding.build());
  }

  private void reportLine(Rule rule, String pointer, ActionLineRoadmap line, String message) {
    Optional<Severity> severity = profile.severityOf(rule);
    if (severity.isEmpty()) {
      return;
    }
    Finding.Builder finding = Finding.builder().rule(rule).severity(severity.get()).message(message).pointer(pointer);
    line.getSource().ifPresent(source -> finding.line(source.getFromLine()));
    findings.add(finding.build());
  }
}
