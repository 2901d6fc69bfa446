package org.wsis.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.internal.Args;
import org.wsis.roadmap.internal.Tsv;

/**
 * The UN SDG catalogue bundled with the library: 17 goals, 169 targets with their official text and
 * kind, and the 248 global indicator entries (framework after the 2020 comprehensive review,
 * release 2022.Q1.G.03), with goal and target titles in the six UN languages.
 *
 * <pre>{@code
 * SdgTarget target = SdgTarget.parse("9.c");
 * SdgCatalogue.contains(target);            // true
 * SdgCatalogue.kindOf(target);              // Optional[MEANS_OF_IMPLEMENTATION]
 * SdgCatalogue.indicatorsOf(target).get(0).getText();
 * // "Proportion of population covered by a mobile network, by technology"
 * SdgCatalogue.targetCount();               // 169
 * }</pre>
 *
 * <p>The catalogue is read once, on first use, from resources of this library (no network access,
 * no Jackson); every list it returns is unmodifiable and in UN order. The class is thread-safe.
 * Sources and checksums are in {@code org/wsis/roadmap/catalogue/PROVENANCE.md}.
 *
 * <p><b>Languages.</b> Titles exist in Arabic ({@code ar}), Chinese ({@code zh}, Simplified script,
 * the UN's official form: every {@code zh} locale, including {@code zh-TW} and {@code zh-Hant}, gets
 * it), English ({@code en}), French ({@code fr}), Russian ({@code ru}) and Spanish ({@code es}). Only
 * the locale's language counts; any other language falls back to English.
 */
public final class SdgCatalogue {
  private SdgCatalogue() {}

  /** The two kinds of SDG target of resolution 70/1. */
  public enum TargetKind {
    /** A numbered target of Goals 1 to 16, such as {@code 9.1}. */
    OUTCOME("outcome"),
    /** A lettered target ({@code 9.c}) or any target of Goal 17. */
    MEANS_OF_IMPLEMENTATION("means-of-implementation");

    private final String code;

    TargetKind(String code) {
      this.code = code;
    }

    /**
     * Returns the code used in the catalogue source.
     *
     * @return {@code "outcome"} or {@code "means-of-implementation"}
     */
    public String getCode() {
      return code;
    }

    static TargetKind ofCode(String code) {
      for (TargetKind kind : values()) {
        if (kind.code.equals(code)) {
          return kind;
        }
      }
      throw new RoadmapException("Bundled SDG catalogue has an unknown target kind: '" + code + "'");
    }
  }

  /**
   * One entry of the global indicator framework: its code, official text, and the other codes under
   * which the same indicator is repeated.
   *
   * <pre>{@code
   * SdgCatalogue.IndicatorEntry entry = SdgCatalogue.findIndicator(SdgIndicator.parse("1.5.1")).get();
   * entry.getSameIndicatorAs(); // [11.5.1, 13.1.1]
   * }</pre>
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class IndicatorEntry {
    private final SdgIndicator indicator;
    private final String text;
    private final List<SdgIndicator> sameIndicatorAs;

    IndicatorEntry(SdgIndicator indicator, String text, List<SdgIndicator> sameIndicatorAs) {
      this.indicator = indicator;
      this.text = text;
      this.sameIndicatorAs = List.copyOf(sameIndicatorAs);
    }

    /**
     * Returns the indicator code.
     *
     * @return such as {@code 9.c.1}
     */
    public SdgIndicator getIndicator() {
      return indicator;
    }

    /**
     * Returns the official English text.
     *
     * @return the text
     */
    public String getText() {
      return text;
    }

    /**
     * Returns the other codes of the same indicator (a repeated indicator), in UN order.
     *
     * @return such as {@code [11.5.1, 13.1.1]} for {@code 1.5.1}; empty for most indicators
     */
    public List<SdgIndicator> getSameIndicatorAs() {
      return sameIndicatorAs;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof IndicatorEntry other
          && indicator.equals(other.indicator) && text.equals(other.text) && sameIndicatorAs.equals(other.sameIndicatorAs);
    }

    @Override
    public int hashCode() {
      return Objects.hash(indicator, text, sameIndicatorAs);
    }

    @Override
    public String toString() {
      return indicator + " " + text;
    }
  }

  /**
   * Returns the six UN languages the catalogue has titles in.
   *
   * @return Arabic, Chinese (Simplified), English, French, Russian, Spanish
   */
  public static List<Locale> languages() {
    return LANGUAGES;
  }

  /**
   * Returns the 17 goals.
   *
   * @return every goal, in order
   */
  public static List<SdgGoal> goals() {
    return GOALS;
  }

  /**
   * Returns every target of the catalogue.
   *
   * @return the 169 targets in UN order (by goal; numbered before lettered)
   */
  public static List<SdgTarget> targets() {
    return Data.INSTANCE.targets;
  }

  /**
   * Returns the targets of one goal.
   *
   * @param goal the goal
   * @return its targets in UN order
   * @throws RoadmapException when the goal is null
   */
  public static List<SdgTarget> targetsOf(SdgGoal goal) {
    return Data.INSTANCE.targetsByGoal.get(Args.notNull(goal, "SDG goal"));
  }

  /**
   * Tells whether a target exists in the catalogue ({@code 9.c} does, {@code 9.z} does not).
   *
   * @param target the target
   * @return true when the UN catalogue has the target
   * @throws RoadmapException when the target is null
   */
  public static boolean contains(SdgTarget target) {
    return Data.INSTANCE.kinds.containsKey(Args.notNull(target, "SDG target"));
  }

  /**
   * Tells whether an indicator code exists in the catalogue.
   *
   * @param indicator the indicator
   * @return true when the catalogue has an entry with that code
   * @throws RoadmapException when the indicator is null
   */
  public static boolean contains(SdgIndicator indicator) {
    return Data.INSTANCE.indicatorsByCode.containsKey(Args.notNull(indicator, "SDG indicator"));
  }

  /**
   * Returns the kind of a target.
   *
   * @param target the target
   * @return its kind, or empty when the catalogue does not have the target
   * @throws RoadmapException when the target is null
   */
  public static Optional<TargetKind> kindOf(SdgTarget target) {
    return Optional.ofNullable(Data.INSTANCE.kinds.get(Args.notNull(target, "SDG target")));
  }

  /**
   * Returns every indicator entry.
   *
   * @return the 248 entries, in UN order
   */
  public static List<IndicatorEntry> indicators() {
    return Data.INSTANCE.indicators;
  }

  /**
   * Returns the indicator entries of one target.
   *
   * @param target the target
   * @return its entries in order; empty for a target without indicators ({@code 11.c}) or unknown target
   * @throws RoadmapException when the target is null
   */
  public static List<IndicatorEntry> indicatorsOf(SdgTarget target) {
    return Data.INSTANCE.indicatorsByTarget.getOrDefault(Args.notNull(target, "SDG target"), List.of());
  }

  /**
   * Looks an indicator up by code.
   *
   * @param indicator the code
   * @return the entry, or empty when the catalogue has no such code
   * @throws RoadmapException when the indicator is null
   */
  public static Optional<IndicatorEntry> findIndicator(SdgIndicator indicator) {
    return Optional.ofNullable(Data.INSTANCE.indicatorsByCode.get(Args.notNull(indicator, "SDG indicator")));
  }

  /**
   * Returns the indicators of this catalogue that have no IRI in the bundled UN SDG vocabulary: the
   * vocabulary follows the framework of 2019 to 2020, the catalogue that of 2022.
   *
   * <pre>{@code
   * SdgCatalogue.indicatorsWithoutIri(); // [2.2.3, 3.d.2, 4.1.2, 10.4.2, 10.7.3, 10.7.4, 11.5.3, 13.2.2, 16.3.3]
   * }</pre>
   *
   * @return the codes in UN order; their {@link SdgIndicator#getIri()} is empty
   */
  public static List<SdgIndicator> indicatorsWithoutIri() {
    List<SdgIndicator> missing = new ArrayList<>();
    for (IndicatorEntry entry : indicators()) {
      if (entry.getIndicator().getIri().isEmpty()) {
        missing.add(entry.getIndicator());
      }
    }
    return List.copyOf(missing);
  }

  /**
   * Returns the number of goals.
   *
   * @return 17
   */
  public static int goalCount() {
    return GOALS.size();
  }

  /**
   * Returns the number of targets.
   *
   * @return 169
   */
  public static int targetCount() {
    return targets().size();
  }

  /**
   * Returns the number of indicator entries, repeats counted.
   *
   * @return 248
   */
  public static int indicatorEntryCount() {
    return indicators().size();
  }

  /**
   * Returns the number of distinct indicators: entries whose text repeats another (linked by
   * {@link IndicatorEntry#getSameIndicatorAs()}) count once. The UN states 231 unique indicators;
   * one repeat it counts cannot be identified from the texts, so this count is 232.
   *
   * @return 232
   */
  public static int distinctIndicatorCount() {
    return Data.INSTANCE.distinctIndicators;
  }

  /** Maps a locale to the language key of the bundled titles; English when the language has none. */
  static String languageKey(Locale locale) {
    String language = Args.notNull(locale, "locale").getLanguage();
    return switch (language) {
      case "ar", "fr", "ru", "es" -> language;
      case "zh" -> "zh-Hans";
      default -> "en";
    };
  }

  static String goalTitle(SdgGoal goal, Locale locale, boolean shortTitle) {
    String[] titles = Data.INSTANCE.goalTitles.get(goal).get(languageKey(locale));
    return shortTitle ? titles[0] : titles[1];
  }

  static Optional<String> targetTitle(SdgTarget target, Locale locale) {
    Map<String, String> titles = Data.INSTANCE.targetTitles.get(Args.notNull(target, "SDG target"));
    return titles == null ? Optional.empty() : Optional.of(titles.get(languageKey(locale)));
  }

  private static final List<Locale> LANGUAGES = List.of(
      Locale.forLanguageTag("ar"), Locale.forLanguageTag("zh-Hans"), Locale.ENGLISH, Locale.FRENCH,
      Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));

  private static final List<SdgGoal> GOALS = List.of(SdgGoal.values());

  /** The catalogue, read from the bundled resources on first use (lazy holder idiom). */
  private static final class Data {
    static final Data INSTANCE = new Data();

    final List<SdgTarget> targets;
    final Map<SdgGoal, List<SdgTarget>> targetsByGoal;
    final Map<SdgTarget, TargetKind> kinds;
    final Map<SdgGoal, Map<String, String[]>> goalTitles;
    final Map<SdgTarget, Map<String, String>> targetTitles;
    final List<IndicatorEntry> indicators;
    final Map<SdgIndicator, IndicatorEntry> indicatorsByCode;
    final Map<SdgTarget, List<IndicatorEntry>> indicatorsByTarget;
    final int distinctIndicators;

    private Data() {
      Map<SdgGoal, Map<String, String[]>> goals = new EnumMap<>(SdgGoal.class);
      for (List<String> row : Tsv.read("sdg-goals.tsv", 4)) {
        goals.computeIfAbsent(SdgGoal.parse(row.get(0)), g -> new HashMap<>())
            .put(row.get(1), new String[] {Tsv.text(row.get(2)), Tsv.text(row.get(3))});
      }
      for (SdgGoal goal : SdgGoal.values()) {
        for (String key : List.of("ar", "zh-Hans", "en", "fr", "ru", "es")) {
          if (goals.getOrDefault(goal, Map.of()).get(key) == null) {
            throw new RoadmapException("Bundled SDG catalogue lacks the " + key + " title of goal " + goal.getNumber());
          }
        }
      }
      goalTitles = Collections.unmodifiableMap(goals);

      List<SdgTarget> all = new ArrayList<>();
      Map<SdgTarget, TargetKind> kindMap = new HashMap<>();
      Map<SdgTarget, Map<String, String>> titles = new HashMap<>();
      for (List<String> row : Tsv.read("sdg-targets.tsv", 3)) {
        SdgTarget target = SdgTarget.read(row.get(0));
        all.add(target);
        kindMap.put(target, TargetKind.ofCode(row.get(1)));
        titles.computeIfAbsent(target, t -> new HashMap<>()).put("en", Tsv.text(row.get(2)));
      }
      for (List<String> row : Tsv.read("sdg-target-titles.tsv", 3)) {
        SdgTarget target = SdgTarget.read(row.get(0));
        Map<String, String> byLanguage = titles.get(target);
        if (byLanguage == null) {
          throw new RoadmapException("Bundled SDG target titles name a target the catalogue lacks: '" + target + "'");
        }
        byLanguage.put(row.get(1), Tsv.text(row.get(2)));
      }
      targets = List.copyOf(all);
      kinds = Collections.unmodifiableMap(kindMap);
      Map<SdgTarget, Map<String, String>> frozenTitles = new HashMap<>();
      titles.forEach((target, byLanguage) -> frozenTitles.put(target, Map.copyOf(byLanguage)));
      targetTitles = Collections.unmodifiableMap(frozenTitles);
      Map<SdgGoal, List<SdgTarget>> byGoal = new EnumMap<>(SdgGoal.class);
      for (SdgGoal goal : SdgGoal.values()) {
        List<SdgTarget> ofGoal = new ArrayList<>();
        for (SdgTarget target : all) {
          if (target.getGoal() == goal) {
            ofGoal.add(target);
          }
        }
        byGoal.put(goal, List.copyOf(ofGoal));
      }
      targetsByGoal = Collections.unmodifiableMap(byGoal);

      List<IndicatorEntry> entries = new ArrayList<>();
      Map<SdgIndicator, IndicatorEntry> byCode = new LinkedHashMap<>();
      Map<SdgTarget, List<IndicatorEntry>> byTarget = new LinkedHashMap<>();
      for (List<String> row : Tsv.read("sdg-indicators.tsv", 3)) {
        List<SdgIndicator> same = new ArrayList<>();
        for (String code : Tsv.list(row.get(2))) {
          same.add(SdgIndicator.parse(code));
        }
        IndicatorEntry entry = new IndicatorEntry(SdgIndicator.parse(row.get(0)), Tsv.text(row.get(1)), same);
        entries.add(entry);
        byCode.put(entry.getIndicator(), entry);
        byTarget.computeIfAbsent(entry.getIndicator().getTarget(), t -> new ArrayList<>()).add(entry);
      }
      indicators = List.copyOf(entries);
      indicatorsByCode = Collections.unmodifiableMap(byCode);
      Map<SdgTarget, List<IndicatorEntry>> frozen = new HashMap<>();
      byTarget.forEach((target, list) -> frozen.put(target, List.copyOf(list)));
      indicatorsByTarget = Collections.unmodifiableMap(frozen);
      Set<SdgIndicator> counted = new LinkedHashSet<>();
      int distinct = 0;
      for (IndicatorEntry entry : entries) {
        if (counted.add(entry.getIndicator())) {
          distinct++;
          counted.addAll(entry.getSameIndicatorAs());
        }
      }
      distinctIndicators = distinct;
    }
  }
}
