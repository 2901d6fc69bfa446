package org.wsis.roadmap.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
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
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * The public test-kit generator: turns a seeded {@link Random} into a varied, internally consistent,
 * valid {@link Roadmap}.
 *
 * <p>Every generated roadmap has unique outcome ids; labels in sequence within each section
 * ({@code A, B, C} in the Geneva–Tunis section, {@code a, b, c} in the WSIS+10 section); distinct
 * action lines; SDG goal and target links naming real targets of the UN catalogue ({@link SdgGoal#getTargets()}); timing spans
 * ordered and within 2000–2035; every reference kind; every timing kind except {@code UNREAD};
 * metrics; empty and full cells; optional values absent and present; text in the scripts of the six
 * UN languages (Arabic, Chinese, Cyrillic, Latin with accents) with characters that are special in
 * JSON, YAML and CSV; and now and then a long text. It uses no other source of randomness than the
 * {@code Random} given, so the same seed gives the same roadmap.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapGenerator.valid(new Random(42), 8);
 * // QuickTheories:
 * qt().forAll(longs().all().map(seed -> RoadmapGenerator.valid(new Random(seed), 8)))
 *     .check(r -> RoadmapJson.read(RoadmapJson.toString(r)).equals(r));
 * }</pre>
 *
 * <p>This class has no state; it is thread-safe as long as each thread uses its own {@code Random}.
 */
public final class RoadmapGenerator {
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

  private RoadmapGenerator() {}

  /**
   * Returns a valid roadmap drawn from {@code random}.
   *
   * @param random the source of every choice; the same seed gives the same roadmap
   * @param size how large the roadmap may grow: the most outcomes per section and items per list grow
   *     with it; 0 gives a roadmap with no action lines
   * @return the roadmap
   * @throws IllegalArgumentException when {@code size} is negative
   * @throws NullPointerException when {@code random} is null
   */
  public static Roadmap valid(Random random, int size) {
    Objects.requireNonNull(random, "random");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, but was: " + size);
    }
    Roadmap.Builder b = Roadmap.builder()
        .id("roadmap-" + Integer.toString(random.nextInt(1_000_000), 36))
        .title(text(random))
        .status(random.nextBoolean() ? RoadmapStatus.DRAFT : RoadmapStatus.FINAL);
    if (random.nextBoolean()) {
      b.asOf(LocalDate.of(2000 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    if (random.nextBoolean()) {
      b.facilitator(random.nextBoolean() ? "ITU" : text(random));
    }
    b.introduction(texts(random, size));
    b.mandateReferences(references(random, size));
    for (int i = 0, n = count(random, size); i < n; i++) {
      b.addGlossary(GlossaryEntry.builder().term(word(random)).meaning(text(random)).build());
    }
    List<ActionLine> lines = new ArrayList<>(Arrays.asList(ActionLine.values()));
    Collections.shuffle(lines, random);
    int lineCount = size == 0 ? 0 : random.nextInt(Math.min(size, 4) + 1);
    for (ActionLine line : lines.subList(0, lineCount)) {
      b.addActionLine(actionLine(random, line, size));
    }
    return b.build();
  }

  private static ActionLineRoadmap actionLine(Random random, ActionLine line, int size) {
    ActionLineRoadmap.Builder b = ActionLineRoadmap.builder()
        .actionLine(line)
        .title(text(random))
        .notes(texts(random, size));
    if (random.nextBoolean()) {
      b.source(sourceRange(random));
    }
    for (OutcomeSection section : OutcomeSection.values()) {
      int outcomes = random.nextInt(Math.min(size, 26) + 1);
      for (int i = 0; i < outcomes; i++) {
        char letter = (char) ((section == OutcomeSection.GENEVA_TUNIS ? 'A' : 'a') + i);
        b.addOutcome(outcome(random, OutcomeId.of(line, section, String.valueOf(letter)), size));
      }
    }
    return b.build();
  }

  private static Outcome outcome(Random random, OutcomeId id, int size) {
    Outcome.Builder b = Outcome.builder()
        .id(id)
        .section(id.getSection())
        .label(id.getLabel())
        .statement(random.nextInt(10) == 0 ? "" : text(random));
    for (int i = 0, n = count(random, size); i < n; i++) {
      b.addSubItem(SubItem.builder().label(id.getLabel() + (i + 1)).text(text(random)).build());
    }
    if (random.nextInt(4) != 0) {
      b.timing(timing(random));
    }
    b.references(references(random, size));
    List<SdgLink> links = new ArrayList<>();
    for (int i = 0, n = count(random, size); i < n; i++) {
      links.add(random.nextInt(3) == 0 ? SdgLink.of(goal(random)) : SdgLink.of(target(random)));
    }
    b.sdgLinks(links);
    if (!links.isEmpty()) {
      b.sdgRaw(links.stream().map(SdgLink::getCode).collect(Collectors.joining(", ")));
    }
    if (random.nextInt(3) == 0) {
      b.sdgNote(text(random));
    }
    b.evidence(texts(random, size));
    if (random.nextInt(4) != 0) {
      b.results(results(random, size));
    }
    if (random.nextInt(3) == 0) {
      b.covidResponse(CovidResponse.builder()
          .documents(symbols(random, size))
          .initiatives(texts(random, size))
          .text(texts(random, size))
          .build());
    }
    if (random.nextBoolean()) {
      b.source(sourceRange(random));
    }
    return b.build();
  }

  private static Timing timing(Random random) {
    List<TimingEntry> entries = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      entries.add(timingEntry(random));
    }
    return Timing.builder()
        .raw(entries.stream().map(TimingEntry::getRaw).collect(Collectors.joining("; ")))
        .entries(entries)
        .build();
  }

  private static TimingEntry timingEntry(Random random) {
    int from = 2000 + random.nextInt(35);
    TimingEntry.Builder b = TimingEntry.builder();
    switch (random.nextInt(5)) {
      case 0: {
        int to = from + 1 + random.nextInt(2035 - from);
        return b.raw(from + "-" + to).kind(TimingEntry.Kind.SPAN).from(from).to(to).build();
      }
      case 1:
        return b.raw(Integer.toString(from)).kind(TimingEntry.Kind.YEAR).from(from).to(from).build();
      case 2:
        return b.raw("Since " + from + " (continuous)").kind(TimingEntry.Kind.SINCE).from(from).build();
      case 3:
        return b.raw(from + " to date").kind(TimingEntry.Kind.TO_DATE).from(from).build();
      default:
        return b.raw(random.nextBoolean() ? "Continuous" : "Ongoing").kind(TimingEntry.Kind.CONTINUOUS).build();
    }
  }

  private static List<Reference> references(Random random, int size) {
    List<Reference> references = new ArrayList<>();
    for (int i = 0, n = count(random, size); i < n; i++) {
      references.add(reference(random));
    }
    return references;
  }

  private static Reference reference(Random random) {
    switch (random.nextInt(5)) {
      case 0: {
        int goal = 1 + random.nextInt(5);
        StrategicGoalRef.Builder b = StrategicGoalRef.builder().goal(goal);
        if (random.nextBoolean()) {
          String target = goal + "." + (1 + random.nextInt(8));
          return b.raw("ITU Strategic Goal " + goal + " (Target " + target + ")").target(target).build();
        }
        return b.raw("ITU Strategic Goal " + goal).build();
      }
      case 1: {
        ResolutionRef.Builder b = ResolutionRef.builder();
        List<String> numbers = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
          numbers.add(Integer.toString(1 + random.nextInt(300)));
        }
        b.numbers(numbers);
        StringBuilder raw = new StringBuilder(numbers.size() > 1 ? "Resolutions " : "Resolution ")
            .append(String.join(", ", numbers));
        if (random.nextBoolean()) {
          ResolutionBody body = ResolutionBody.values()[random.nextInt(ResolutionBody.values().length)];
          b.body(body);
          raw.insert(0, body.name() + " ");
        }
        if (random.nextBoolean()) {
          String place = PLACES[random.nextInt(PLACES.length)];
          int year = 2000 + random.nextInt(25);
          b.revised(true).place(place).year(year);
          raw.append(" (Rev. ").append(place).append(", ").append(year).append(')');
        }
        return b.raw(raw.toString()).build();
      }
      case 2: {
        InstrumentRef.Builder b = InstrumentRef.builder().name(random.nextBoolean() ? "ITRs" : "Radio Regulations");
        if (random.nextBoolean()) {
          String place = PLACES[random.nextInt(PLACES.length)];
          int year = 2000 + random.nextInt(25);
          return b.place(place).year(year).raw("ITRs (Rev. " + place + ", " + year + ")").build();
        }
        return b.raw("Radio Regulations").build();
      }
      case 3: {
        List<String> symbols = new ArrayList<>(symbols(random, 3));
        symbols.add("C" + (10 + random.nextInt(15)) + "/" + (1 + random.nextInt(99)));
        DocumentRef.Builder b = DocumentRef.builder().symbols(symbols);
        if (random.nextBoolean()) {
          b.issuer("Council");
        }
        return b.raw("Council Documents " + String.join(", ", symbols)).build();
      }
      default:
        return TextRef.builder().raw(text(random)).build();
    }
  }

  private static Results results(Random random, int size) {
    Results.Builder b = Results.builder()
        .expected(texts(random, size))
        .activities(texts(random, size))
        .text(texts(random, size));
    for (int i = 0, n = count(random, size); i < n; i++) {
      Achievement.Builder a = Achievement.builder().text(text(random));
      if (random.nextBoolean()) {
        a.metric(metric(random));
      }
      b.addAchievement(a.build());
    }
    for (int i = 0, n = count(random, size); i < n; i++) {
      ResultTarget.Builder t = ResultTarget.builder().text(text(random));
      if (random.nextBoolean()) {
        t.metric(metric(random));
      }
      if (random.nextBoolean()) {
        t.byYear(2020 + random.nextInt(16));
      }
      b.addTarget(t.build());
    }
    return b.build();
  }

  private static Metric metric(Random random) {
    Metric.Comparison comparison = Metric.Comparison.values()[random.nextInt(Metric.Comparison.values().length)];
    BigDecimal value = random.nextBoolean()
        ? BigDecimal.valueOf(random.nextInt(1_000_000))
        : BigDecimal.valueOf(random.nextInt(100_000), 1 + random.nextInt(2));
    Metric.Builder b = Metric.builder()
        .raw(comparison.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + value.toPlainString())
        .comparator(comparison)
        .value(value)
        .unit(word(random));
    if (random.nextBoolean()) {
      b.asOfYear(2000 + random.nextInt(36));
    }
    return b.build();
  }

  private static SdgGoal goal(Random random) {
    return SdgGoal.of(1 + random.nextInt(17));
  }

  private static SdgTarget target(Random random) {
    List<SdgTarget> targets = goal(random).getTargets();
    return targets.get(random.nextInt(targets.size()));
  }

  private static SourceRange sourceRange(Random random) {
    int from = 1 + random.nextInt(5000);
    return SourceRange.of(from, from + random.nextInt(200));
  }

  private static List<String> symbols(Random random, int size) {
    List<String> symbols = new ArrayList<>();
    for (int i = 0, n = count(random, size); i < n; i++) {
      symbols.add("C" + (10 + random.nextInt(15)) + "/" + (1 + random.nextInt(99)));
    }
    return symbols;
  }

  private static int count(Random random, int size) {
    return random.nextInt(3) == 0 ? 0 : random.nextInt(size / 2 + 2);
  }

  private static List<String> texts(Random random, int size) {
    List<String> texts = new ArrayList<>();
    for (int i = 0, n = count(random, size); i < n; i++) {
      texts.add(text(random));
    }
    return texts;
  }

  private static String word(Random random) {
    String[] script = WORDS[random.nextInt(WORDS.length - 1)];
    return script[random.nextInt(script.length)];
  }

  /** A text of one script (sometimes mixed with special characters), now and then a long one. */
  private static String text(Random random) {
    String[] script = WORDS[random.nextInt(WORDS.length - 1)];
    int words = random.nextInt(50) == 0 ? 300 + random.nextInt(700) : 1 + random.nextInt(12);
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
}
