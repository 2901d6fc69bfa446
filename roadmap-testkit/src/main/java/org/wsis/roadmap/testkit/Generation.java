package org.wsis.roadmap.testkit;

import org.wsis.roadmap.validation.RuleFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.WsisSdgMatrix;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.validation.RoadmapValidator;

/**
 * One run of the generator: the choices of one roadmap and the indexes that keep it consistent
 * (statements used, the edition year). Not thread-safe: one instance per roadmap.
 *
 * <p>Each choice keeps one rule of the catalogue; the rule ids in the comments say which.
 */
final class Generation {
  /** First and last year of the roadmap horizon (WSIS-TIME-002). */
  static final int FIRST_YEAR = RuleFacts.HORIZON_FIRST_YEAR;
  static final int LAST_YEAR = RuleFacts.HORIZON_LAST_YEAR;

  private static final String[][] WORDS = {
    {"development", "capacity", "broadband", "infrastructure", "security", "cooperation", "governments", "ICTs"},
    {"développement", "coopération", "société", "información", "ação", "Übersicht", "économie", "niño"},
    {"التنمية", "المعلومات", "الأمن", "البنية", "التحتية", "الاتصالات"},
    {"信息", "社会", "发展", "安全", "基础设施", "能力建设"},
    {"развитие", "информационного", "общества", "безопасность", "инфраструктура", "связи"},
    {"\"quoted\"", "back\\slash", "key: value", "# hash", "- dash", "no", "null", "2020", "9.1", "a,b", "'single'",
      "🌍", "&anchor", "*alias", "!tag", "@at", "%pct", "{brace}", "[bracket]", "|pipe", ">fold"}
  };

  private static final String[] PLACES = {"Bucharest", "Kigali", "Dubai", "Genève", "Busan", "Hyderabad", "Doha"};
  private static final String[] SUPERSCRIPT = {"", "\u00B9", "\u00B2", "\u00B3"};
  private static final String[] NOTES = {"", "GCA: Global Cybersecurity Agenda", "CIRT: Computer Incident Response Team",
    "ITU-D: ITU Telecommunication Development Sector"};
  private static final String[] ROMAN = new String[12];

  static {
    for (int i = 0; i < ROMAN.length; i++) {
      ROMAN[i] = RuleFacts.roman(i + 1);
    }
  }
  private static final Map<Metric.Comparison, String> COMPARATOR_WORDS = new EnumMap<>(Map.of(
      Metric.Comparison.MORE_THAN, "More than", Metric.Comparison.AT_LEAST, "At least", Metric.Comparison.AROUND, "Around",
      Metric.Comparison.UP_TO, "Up to", Metric.Comparison.LESS_THAN, "Less than"));

  private final Random random;
  private final int size;
  /** For {@link RoadmapGenerator#withDefect}: no text references, every column filled, a first outcome fit for every defect. */
  private final boolean forDefect;
  private final int editionYear;
  private final Set<String> statements = new HashSet<>();
  private int footnotes;

  Generation(Random random, int size, boolean forDefect) {
    this.random = random;
    this.size = size;
    this.forDefect = forDefect;
    // 2010 to 2028: late enough for every resolution body, early enough for two spans before 2030.
    this.editionYear = 2010 + random.nextInt(19);
  }

  Roadmap roadmap() {
    Roadmap.Builder b = Roadmap.builder()
        .id("roadmap-" + Integer.toString(random.nextInt(1_000_000), 36))
        .title(text())
        .status(random.nextBoolean() ? RoadmapStatus.DRAFT : RoadmapStatus.FINAL)
        // Dated, so that no rule depends on today's date (WSIS-STR-008).
        .asOf(LocalDate.of(editionYear, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    b.introduction(texts(count()));
    b.mandateReferences(references(count()));
    for (String term : distinctWords(count())) {
      b.addGlossary(GlossaryEntry.builder().term(term).meaning(text()).build());
    }
    List<ActionLine> lines = new ArrayList<>(Arrays.asList(ActionLine.values()));
    Collections.shuffle(lines, random);
    if (forDefect && WsisSdgMatrix.goalsOf(lines.get(0)).size() < 2) {
      // A defect's table needs a second matrix goal, so that a target of an unlisted goal stays inside the matrix.
      Collections.swap(lines, 0, 1);
    }
    lines = lines.subList(0, 1 + random.nextInt(Math.min(size, 3) + 1));
    // The facilitator, when there is one, facilitates every action line (WSIS-STR-007).
    List<String> facilitators = facilitatorsOfAll(lines);
    if (!facilitators.isEmpty() && random.nextBoolean()) {
      b.facilitator(facilitators.get(random.nextInt(facilitators.size())));
    }
    for (int i = 0; i < lines.size(); i++) {
      b.addActionLine(actionLine(lines.get(i), i == 0));
    }
    return b.build();
  }

  static List<String> facilitatorsOfAll(List<ActionLine> lines) {
    List<String> common = null;
    for (ActionLine line : lines) {
      Set<String> names = new LinkedHashSet<>(line.getLeadFacilitators());
      names.addAll(line.getCoFacilitators());
      if (common == null) {
        common = new ArrayList<>(names);
      } else {
        common.retainAll(names);
      }
    }
    return common == null ? List.of() : common;
  }

  private ActionLineRoadmap actionLine(ActionLine line, boolean first) {
    // A printed title shares words with the catalogue's title (WSIS-STR-006).
    String title;
    switch (random.nextInt(4)) {
      case 0:
        title = line.getGenevaPlanTitle().isBlank() ? line.getTitle() : line.getGenevaPlanTitle();
        break;
      case 1:
        title = "Action Line " + line.getCode() + ": " + line.getTitle();
        break;
      case 2:
        title = line.getTitle().toUpperCase(Locale.ROOT);
        break;
      default:
        title = line.getTitle();
    }
    ActionLineRoadmap.Builder b = ActionLineRoadmap.builder().actionLine(line).title(title);
    // Footnote markers in statements have their notes (WSIS-TEXT-004).
    footnotes = random.nextInt(4);
    for (int n = 1; n <= footnotes; n++) {
      b.addNote(SUPERSCRIPT[n] + " " + NOTES[n]);
    }
    b.addAllNotes(texts(count()));
    if (random.nextBoolean()) {
      b.source(sourceRange());
    }
    int genevaTunis = (forDefect && first ? 2 : 1) + random.nextInt(Math.min(size, 10) + 1);
    int wsisPlus10 = (forDefect && first ? 1 : 0) + random.nextInt(Math.min(size, 6) + 1);
    List<String> labels = new ArrayList<>(labels(OutcomeSection.GENEVA_TUNIS, genevaTunis));
    labels.addAll(labels(OutcomeSection.WSIS_PLUS_10, wsisPlus10));
    int n = labels.size();
    // Columns are filled in every row, or in too few rows for an empty one to look like a gap (WSIS-TEXT-003).
    boolean[] evidence = fill(n);
    boolean[] references = fill(n);
    boolean[] covid = fill(n);
    for (int i = 0; i < n; i++) {
      OutcomeSection section = i < genevaTunis ? OutcomeSection.GENEVA_TUNIS : OutcomeSection.WSIS_PLUS_10;
      boolean full = forDefect && first && i == 0;
      Outcome outcome = outcome(OutcomeId.of(line, section, labels.get(i)), full, evidence[i], references[i], covid[i]);
      b.addOutcome(i == n - 1 ? servingEveryMatrixGoal(outcome, line) : outcome);
    }
    return b.build();
  }

  /** Labels of one section in one of the sequences the documents use (WSIS-ID-003). */
  private List<String> labels(OutcomeSection section, int count) {
    List<String> labels = new ArrayList<>();
    boolean upper = section == OutcomeSection.GENEVA_TUNIS;
    int style = random.nextInt(upper ? 3 : 2);
    if (style == 2) {
      for (int i = 1; i <= count; i++) {
        labels.add(Integer.toString(i));
      }
      return labels;
    }
    char letter = upper ? 'A' : 'a';
    while (labels.size() < count) {
      int numbered = style == 1 && random.nextInt(3) == 0 ? Math.min(2 + random.nextInt(3), count - labels.size()) : 0;
      if (numbered < 2) {
        labels.add(String.valueOf(letter));
      } else {
        for (int k = 1; k <= numbered; k++) {
          labels.add(letter + Integer.toString(k));
        }
      }
      letter++;
    }
    return labels;
  }

  private boolean[] fill(int n) {
    boolean[] filled = new boolean[n];
    boolean all = forDefect || random.nextBoolean();
    int count = 0;
    for (int i = 0; i < n; i++) {
      filled[i] = all || random.nextInt(3) == 0;
      count += filled[i] ? 1 : 0;
    }
    if (n >= 3 && count < n && count * 3 >= (n - 1) * 2) {
      Arrays.fill(filled, true);
    }
    return filled;
  }

  private Outcome outcome(OutcomeId id, boolean full, boolean evidence, boolean references, boolean covid) {
    Outcome.Builder b = Outcome.builder().id(id).section(id.getSection()).label(id.getLabel());
    List<SubItem> subItems = subItems(full ? 0 : count());
    b.subItems(subItems);
    // A statement, or sub-items (WSIS-TEXT-001); statements differ across the roadmap (WSIS-TEXT-002).
    b.statement(!full && !subItems.isEmpty() && random.nextInt(4) == 0 ? "" : statement());
    // The first outcome of a roadmap for a defect has one span that starts before the edition's year and ends after.
    Timing timing = full ? timing(span(FIRST_YEAR + random.nextInt(editionYear - FIRST_YEAR), lateYear())) : timing();
    b.timing(timing);
    if (references || full) {
      b.references(references(1 + count()));
    }
    sdg(b, full, id.getActionLine());
    if (evidence || full) {
      b.evidence(texts(1 + count()));
    }
    b.results(results(timing, full));
    if (covid || full) {
      b.covidResponse(CovidResponse.builder()
          .documents(symbols(1 + count()))
          .initiatives(random.nextBoolean() ? List.of("REG4COVID") : texts(count()))
          .text(texts(count()))
          .build());
    } else if (random.nextInt(4) == 0) {
      b.covidResponse(CovidResponse.builder().build());
    }
    if (random.nextBoolean()) {
      b.source(sourceRange());
    }
    return b.build();
  }

  private String statement() {
    for (int attempt = 0; ; attempt++) {
      String statement = text();
      if (footnotes > 0 && random.nextInt(3) == 0) {
        statement = statement + " (GCA" + SUPERSCRIPT[1 + random.nextInt(footnotes)] + ")";
      }
      if (attempt > 5) {
        statement = statement + " " + statements.size();
      }
      if (statements.add(normalise(statement))) {
        return statement;
      }
    }
  }

  /** Sub-items in one of the sequences the documents use (WSIS-ID-004). */
  private List<SubItem> subItems(int count) {
    count = Math.min(count, ROMAN.length);
    List<SubItem> items = new ArrayList<>();
    int style = random.nextInt(5);
    char letter = (char) ('A' + random.nextInt(26));
    for (int i = 0; i < count; i++) {
      String label;
      switch (style) {
        case 0:
          label = ROMAN[i];
          break;
        case 1:
          label = String.valueOf((char) ('a' + i));
          break;
        case 2:
          label = String.valueOf((char) ('A' + i));
          break;
        case 3:
          label = Integer.toString(i + 1);
          break;
        default:
          label = letter + Integer.toString(i + 1);
      }
      items.add(SubItem.builder().label(label).text(text()).build());
    }
    return items;
  }

  // ---------------------------------------------------------------- timing

  /** A year from the start of the horizon to the edition's year. */
  private int earlyYear() {
    return FIRST_YEAR + random.nextInt(editionYear - FIRST_YEAR + 1);
  }

  /** A year from the edition's year to the end of the horizon. */
  private int lateYear() {
    return editionYear + random.nextInt(LAST_YEAR - editionYear + 1);
  }

  /**
   * A timing of one of the read forms: spans and years inside the horizon, ordered, not over before
   * the edition (WSIS-TIME-001, 002, 007); open timings started by the edition (WSIS-TIME-004); no
   * overlap, repeat or "continuous" next to a closed span (WSIS-TIME-005).
   */
  private Timing timing() {
    List<TimingEntry> entries = new ArrayList<>();
    switch (random.nextInt(8)) {
      case 0: {
        // The edition is at most LAST_YEAR - 2, so from + 1 stays inside the horizon.
        int from = earlyYear();
        entries.add(span(from, Math.max(from + 1, lateYear())));
        break;
      }
      case 1:
        entries.add(year(lateYear()));
        break;
      case 2:
        entries.add(since(earlyYear()));
        break;
      case 3: {
        int from = earlyYear();
        entries.add(TimingEntry.builder().raw(from + " to date").kind(TimingEntry.Kind.TO_DATE).from(from).build());
        break;
      }
      case 4:
        entries.add(continuous());
        break;
      case 5: {
        // Two closed spans, one after the other, both still running at the edition.
        if (editionYear + 2 <= LAST_YEAR) {
          int split = editionYear + random.nextInt(LAST_YEAR - editionYear - 1);
          int from = FIRST_YEAR + random.nextInt(split - FIRST_YEAR + 1);
          entries.add(from < split ? span(from, split) : year(split));
          entries.add(span(split + 1, split + 2 + random.nextInt(LAST_YEAR - split - 1)));
        } else {
          entries.add(year(LAST_YEAR));
        }
        break;
      }
      case 6:
        entries.add(since(earlyYear()));
        entries.add(continuous());
        break;
      default: {
        int from = earlyYear();
        entries.add(since(from));
        int start = lateYear();
        entries.add(start < LAST_YEAR ? span(start, start + 1 + random.nextInt(LAST_YEAR - start)) : year(start));
      }
    }
    return timing(entries.toArray(new TimingEntry[0]));
  }

  static Timing timing(TimingEntry... entries) {
    return Timing.builder().raw(Arrays.stream(entries).map(TimingEntry::getRaw).collect(Collectors.joining("; "))).addEntries(entries).build();
  }

  static TimingEntry span(int from, int to) {
    return TimingEntry.builder().raw(from + "-" + to).kind(TimingEntry.Kind.SPAN).from(from).to(to).build();
  }

  private static TimingEntry year(int year) {
    return TimingEntry.builder().raw(Integer.toString(year)).kind(TimingEntry.Kind.YEAR).from(year).to(year).build();
  }

  private TimingEntry since(int from) {
    return TimingEntry.builder().raw(random.nextBoolean() ? "Since " + from + " (continuous)" : "Since " + from)
        .kind(TimingEntry.Kind.SINCE).from(from).build();
  }

  private TimingEntry continuous() {
    return TimingEntry.builder().raw(random.nextBoolean() ? "Continuous" : "Ongoing").kind(TimingEntry.Kind.CONTINUOUS).build();
  }

  // ---------------------------------------------------------------- references

  /** Citations of every kind, well formed, dated by the edition, none repeated (WSIS-REF-001 to 005). */
  private List<Reference> references(int count) {
    List<Reference> references = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int attempt = 0; references.size() < count && attempt < 3 * count; attempt++) {
      Reference reference = reference();
      List<String> referenceKeys = new ArrayList<>();
      if (reference instanceof ResolutionRef) {
        ResolutionRef ref = (ResolutionRef) reference;
        for (String number : ref.getNumbers()) {
          referenceKeys.add("resolution:" + ref.getBody().map(Enum::name).orElse("?") + ":" + number);
        }
      } else {
        referenceKeys.add(reference.getKind() + ":" + normalise(reference.getRaw()));
      }
      if (referenceKeys.stream().noneMatch(keys::contains)) {
        keys.addAll(referenceKeys);
        references.add(reference);
      }
    }
    return references;
  }

  private Reference reference() {
    switch (random.nextInt(forDefect ? 5 : 6)) {
      case 0: {
        int goal = 1 + random.nextInt(5);
        StrategicGoalRef.Builder b = StrategicGoalRef.builder().goal(goal);
        if (random.nextBoolean()) {
          String target = goal + "." + (1 + random.nextInt(8));
          return b.raw("ITU Strategic Goal " + goal + " (Target " + target + ")").target(target).build();
        }
        return b.raw("ITU Strategic Goal " + goal).build();
      }
      case 1:
      case 2:
        return resolution();
      case 3: {
        String name = random.nextBoolean() ? "ITRs" : "Radio Regulations";
        InstrumentRef.Builder b = InstrumentRef.builder().name(name);
        if (random.nextBoolean()) {
          String place = PLACES[random.nextInt(PLACES.length)];
          int year = earlyYear();
          return b.place(place).year(year).raw(name + " (Rev. " + place + ", " + year + ")").build();
        }
        return b.raw(name).build();
      }
      case 4: {
        List<String> symbols = symbols(1 + random.nextInt(3));
        DocumentRef.Builder b = DocumentRef.builder().symbols(symbols);
        if (random.nextBoolean()) {
          b.issuer("Council");
        }
        return b.raw((symbols.size() > 1 ? "Council Documents " : "Council Document ") + String.join(", ", symbols)).build();
      }
      default:
        return TextRef.builder().raw(text()).build();
    }
  }

  private Reference resolution() {
    ResolutionRef.Builder b = ResolutionRef.builder();
    if (random.nextInt(6) == 0) {
      // A UN General Assembly resolution cited by session and number needs no body (WSIS-REF-002).
      String number = (56 + random.nextInt(editionYear - 2001 + 1)) + "/" + (1 + random.nextInt(300));
      boolean body = random.nextBoolean();
      if (body) {
        b.body(ResolutionBody.UNGA);
      }
      return b.addNumber(number).raw((body ? "UNGA Resolution " : "Resolution ") + number).build();
    }
    ResolutionBody body = ResolutionBody.values()[random.nextInt(ResolutionBody.values().length)];
    b.body(body);
    Set<String> numbers = new LinkedHashSet<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      numbers.add(body == ResolutionBody.UNGA ? (56 + random.nextInt(editionYear - 2001 + 1)) + "/" + (1 + random.nextInt(300))
          : Integer.toString(1 + random.nextInt(body == ResolutionBody.COUNCIL ? 1400 : 300)));
    }
    b.numbers(numbers);
    String cited = (numbers.size() > 1 ? "Resolutions " : "Resolution ") + String.join(", ", numbers);
    String revision = "";
    if (random.nextBoolean()) {
      String place = PLACES[random.nextInt(PLACES.length)];
      int year = earlyYear();
      b.revised(true).place(place).year(year);
      revision = " (Rev. " + place + ", " + year + ")";
    }
    String raw;
    switch (body) {
      case PP:
        raw = cited + revision + " of the Plenipotentiary Conference";
        break;
      case COUNCIL:
        raw = "Council " + cited + revision;
        break;
      default:
        raw = body.name() + " " + cited + revision;
    }
    return b.raw(raw).build();
  }

  // ---------------------------------------------------------------- SDG

  /**
   * Goals, targets of the UN catalogue, or goals with their targets, sometimes with a note (WSIS-SDG-001
   * to 005): targets belong to the goals listed, nothing is repeated, every outcome has a link, and the
   * cell as printed reads back in full.
   */
  private void sdg(Outcome.Builder b, boolean full, ActionLine line) {
    // Inside the action line's WSIS-SDG Matrix mapping (WSIS-MATRIX-001).
    List<SdgGoal> goals = new ArrayList<>(WsisSdgMatrix.goalsOf(line));
    Collections.shuffle(goals, random);
    int form = full ? 2 : random.nextInt(3);
    List<SdgLink> links = new ArrayList<>();
    int most = full && goals.size() > 1 ? goals.size() - 1 : goals.size();
    List<SdgGoal> listed = goals.subList(0, Math.min(most, 1 + random.nextInt(Math.min(size, 3) + 1)));
    if (form != 1) {
      for (SdgGoal goal : listed) {
        links.add(SdgLink.of(goal));
      }
    }
    if (form != 0) {
      Set<SdgTarget> targets = new LinkedHashSet<>();
      for (int i = 0, n = 1 + random.nextInt(Math.min(size, 3) + 1); i < n; i++) {
        List<SdgTarget> of = matrixTargets(line, listed.get(random.nextInt(listed.size())));
        targets.add(of.get(random.nextInt(of.size())));
      }
      for (SdgTarget target : targets) {
        links.add(SdgLink.of(target));
      }
    }
    b.sdgLinks(links);
    String goalCodes = links.stream().filter(l -> l.getKind() == SdgLink.Kind.GOAL).map(SdgLink::getCode).collect(Collectors.joining(", "));
    String targetCodes = links.stream().filter(l -> l.getKind() == SdgLink.Kind.TARGET).map(SdgLink::getCode).collect(Collectors.joining(", "));
    b.sdgRaw(goalCodes.isEmpty() ? targetCodes : targetCodes.isEmpty() ? "SDG " + goalCodes : "SDG " + goalCodes + ": " + targetCodes);
    if (random.nextInt(4) == 0) {
      b.sdgNote(text());
    }
  }

  /** The targets of a goal the matrix covers for an action line: its listed targets, or all for a goal mapped as a whole. */
  static List<SdgTarget> matrixTargets(ActionLine line, SdgGoal goal) {
    List<SdgTarget> listed = new ArrayList<>();
    for (SdgTarget target : WsisSdgMatrix.targetsOf(line)) {
      if (target.getGoal() == goal) {
        listed.add(target);
      }
    }
    return listed.isEmpty() ? goal.getTargets() : listed;
  }

  /** The outcome with every matrix goal of its action line, and one matrix target of each, added (WSIS-MATRIX-002). */
  private static Outcome servingEveryMatrixGoal(Outcome outcome, ActionLine line) {
    Set<SdgLink> links = new LinkedHashSet<>();
    for (SdgGoal goal : WsisSdgMatrix.goalsOf(line)) {
      links.add(SdgLink.of(goal));
    }
    links.addAll(outcome.getSdgLinks());
    for (SdgGoal goal : WsisSdgMatrix.goalsOf(line)) {
      links.add(SdgLink.of(matrixTargets(line, goal).get(0)));
    }
    List<SdgLink> all = new ArrayList<>(links);
    String goalCodes = all.stream().filter(l -> l.getKind() == SdgLink.Kind.GOAL).map(SdgLink::getCode).collect(Collectors.joining(", "));
    String targetCodes = all.stream().filter(l -> l.getKind() == SdgLink.Kind.TARGET).map(SdgLink::getCode).collect(Collectors.joining(", "));
    return Outcome.builder().from(outcome).sdgLinks(all).sdgRaw("SDG " + goalCodes + (targetCodes.isEmpty() ? "" : ": " + targetCodes)).build();
  }

  // ---------------------------------------------------------------- results

  /**
   * Results that are never empty (WSIS-RES-001), metrics with units (002), achievements below every
   * target of their unit (003) and dated inside the timing (004), targets due inside a closed timing (005).
   */
  private Results results(Timing timing, boolean full) {
    Results.Builder b = Results.builder().expected(texts(full ? 1 + count() : count())).activities(texts(count())).text(texts(count()));
    int first = timing.getEntries().stream().flatMap(e -> e.getFrom().stream()).min(Integer::compare).orElse(FIRST_YEAR);
    boolean closed = timing.getEntries().stream()
        .allMatch(e -> e.getKind() == TimingEntry.Kind.SPAN || e.getKind() == TimingEntry.Kind.YEAR);
    int last = closed ? timing.getEntries().stream().map(e -> e.getTo().get()).max(Integer::compare).get() : LAST_YEAR;
    for (int i = 0, n = count(); i < n; i++) {
      Metric.Builder metric = null;
      if (random.nextBoolean()) {
        metric = metric(BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(3) == 0 ? 1 : 0));
        if (first <= editionYear && random.nextBoolean()) {
          metric.asOfYear(first + random.nextInt(editionYear - first + 1));
        }
      }
      Achievement.Builder a = Achievement.builder();
      if (metric != null) {
        Metric built = metric.build();
        a.text(built.getRaw() + " " + text()).metric(built);
      } else {
        a.text(text());
      }
      b.addAchievement(a.build());
    }
    for (int i = 0, n = count(); i < n; i++) {
      ResultTarget.Builder t = ResultTarget.builder();
      String text = text();
      if (random.nextBoolean()) {
        Metric metric = metric(BigDecimal.valueOf(1_000_000L + random.nextInt(9_000_000))).build();
        t.metric(metric);
        text = metric.getRaw() + " " + text;
      }
      if (random.nextBoolean()) {
        int by = editionYear + random.nextInt(Math.max(1, last - editionYear + 1));
        t.byYear(Math.min(by, last));
        text = text + " by " + Math.min(by, last);
      }
      b.addTarget(t.text(text).build());
    }
    Results results = b.build();
    if (results.isEmpty()) {
      return Results.builder().addExpected(text()).build();
    }
    return results;
  }

  private Metric.Builder metric(BigDecimal value) {
    Metric.Comparison comparison = Metric.Comparison.values()[random.nextInt(Metric.Comparison.values().length)];
    String unit = word();
    String words = COMPARATOR_WORDS.getOrDefault(comparison, "");
    return Metric.builder()
        .raw((words.isEmpty() ? "" : words + " ") + value.toPlainString() + " " + unit)
        .comparator(comparison)
        .value(value)
        .unit(unit);
  }

  // ---------------------------------------------------------------- text

  private SourceRange sourceRange() {
    int from = 1 + random.nextInt(5000);
    return SourceRange.of(from, from + random.nextInt(200));
  }

  /** Document symbols of the one form {@code C20/18}, none repeated (WSIS-COVID-001 to 003). */
  private List<String> symbols(int count) {
    Set<String> symbols = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      symbols.add("C" + (10 + random.nextInt(15)) + "/" + (1 + random.nextInt(99)));
    }
    return new ArrayList<>(symbols);
  }

  private int count() {
    return random.nextInt(3) == 0 ? 0 : random.nextInt(size / 2 + 2);
  }

  /** Texts of one list, none repeated (WSIS-TEXT-007). */
  private List<String> texts(int count) {
    List<String> texts = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int attempt = 0; texts.size() < count && attempt < 3 * count; attempt++) {
      String text = text();
      if (keys.add(normalise(text))) {
        texts.add(text);
      }
    }
    return texts;
  }

  private List<String> distinctWords(int count) {
    Set<String> words = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      words.add(word());
    }
    return new ArrayList<>(words);
  }

  private String word() {
    String[] script = WORDS[random.nextInt(WORDS.length - 1)];
    return script[random.nextInt(script.length)];
  }

  /**
   * A text of one script, sometimes mixed with characters special in JSON, YAML and CSV, now and
   * then a long one; never markup or an unbalanced bracket (WSIS-TEXT-005, 006).
   */
  private String text() {
    String[] script = WORDS[random.nextInt(WORDS.length - 1)];
    int words = random.nextInt(500) == 0 ? 200 + random.nextInt(300) : 1 + random.nextInt(12);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String[] from = random.nextInt(8) == 0 ? WORDS[WORDS.length - 1] : script;
      out.append(from[random.nextInt(from.length)]);
    }
    return out.toString();
  }

  /** The key under which the validator compares texts, so that generated texts never repeat in its eyes. */
  static String normalise(String text) {
    return RoadmapValidator.textKey(text);
  }
}
