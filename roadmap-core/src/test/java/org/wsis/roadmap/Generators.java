package org.wsis.roadmap;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The QuickTheories generators shared by the property tests of roadmap-core. */
final class Generators {
  private Generators() {}

  static Gen<SdgGoal> goals() {
    return Generate.enumValues(SdgGoal.class);
  }

  static Gen<ActionLine> actionLines() {
    return Generate.enumValues(ActionLine.class);
  }

  /** Syntactically valid target codes, known and unknown: 9.1, 9.c, 9.z, 17.19. */
  static Gen<SdgTarget> targets() {
    Gen<String> suffix = Generate.oneOf(integers().between(1, 99).map(n -> String.valueOf(n)),
        Generate.characters('a', 'z').map(n -> String.valueOf(n)));
    return goals().zip(suffix, (goal, s) -> SdgTarget.of(goal, s));
  }

  static Gen<SdgIndicator> indicators() {
    return targets().zip(integers().between(1, 99), (t, n) -> SdgIndicator.parse(t + "." + n));
  }

  static Gen<OutcomeId> outcomeIds() {
    Gen<Character> labelChar = Generate.pick(List.of('A', 'B', 'C', 'a', 'b', 'i', 'v', 'x', 'Z', 'z', '0', '1', '3', '9'));
    Gen<String> label = lists().of(labelChar).ofSizeBetween(1, 12).map(cs -> {
      StringBuilder out = new StringBuilder();
      cs.forEach(out::append);
      return out.toString();
    });
    return actionLines().zip(Generate.enumValues(OutcomeSection.class), label, OutcomeId::of);
  }

  static Gen<SdgLink> links() {
    return Generate.oneOf(goals().map(g -> (SdgLink) SdgLink.of(g)), targets().map(t -> (SdgLink) SdgLink.of(t)));
  }

  // ---- timing

  private static Gen<Integer> years() {
    return integers().between(1900, 2099);
  }

  /** One timing value as canonical text with its expected entry. */
  static Gen<TimingEntry> timingEntries() {
    Gen<TimingEntry> span = years().zip(years(), Generate.pick(List.of("-", " - ", " \u2013 ", " to ")),
        (a, b, dash) -> TimingEntry.builder().raw(a + dash + b).kind(TimingEntry.Kind.SPAN).from(a).to(b).build());
    Gen<TimingEntry> year = years().map(y -> TimingEntry.builder().raw(String.valueOf(y)).kind(TimingEntry.Kind.YEAR).from(y).to(y).build());
    Gen<TimingEntry> since = years().zip(Generate.pick(List.of("Since %d", "Since %d (continuous)", "%d onwards", "since %d")),
        (y, form) -> TimingEntry.builder().raw(String.format(form, y)).kind(TimingEntry.Kind.SINCE).from(y).build());
    Gen<TimingEntry> toDate = years().map(y -> TimingEntry.builder().raw(y + " to date").kind(TimingEntry.Kind.TO_DATE).from(y).build());
    Gen<TimingEntry> continuous = Generate.pick(List.of("Continuous", "Ongoing", "continuous"))
        .map(w -> TimingEntry.builder().raw(w).kind(TimingEntry.Kind.CONTINUOUS).build());
    return Generate.oneOf(span, year, since, toDate, continuous);
  }

  /** A timing whose raw text is its entries joined by separators the reader accepts. */
  static Gen<Timing> timings() {
    return lists().of(timingEntries()).ofSizeBetween(1, 4).zip(Generate.pick(List.of(", ", "; ", " and ", " / ", " ")),
        (entries, sep) -> {
          List<String> raws = new ArrayList<>();
          entries.forEach(e -> raws.add(e.getRaw()));
          return Timing.builder().raw(String.join(sep, raws)).entries(entries).build();
        });
  }

  // ---- references in canonical form: raw == toCitation()

  private static <T extends Reference> T canonical(T ref, java.util.function.Function<String, T> withRaw) {
    return withRaw.apply(ref.toCitation());
  }

  static Gen<Reference> references() {
    Gen<Reference> goal = integers().between(1, 9).zip(integers().between(0, 9), (g, t) -> {
      StrategicGoalRef ref = StrategicGoalRef.builder().raw("x").goal(g)
          .target(t == 0 ? Optional.empty() : Optional.of(g + "." + t)).build();
      return canonical(ref, raw -> StrategicGoalRef.builder().from(ref).raw(raw).build());
    });
    Gen<List<String>> numbers = lists().of(integers().between(1, 999).map(n -> String.valueOf(n))).ofSizeBetween(1, 4);
    Gen<Optional<ResolutionBody>> bodies = Generate.enumValues(ResolutionBody.class).toOptionals(30);
    Gen<String> places = Generate.pick(List.of("Lisbon", "Nairobi", "Buenos Aires", "São Paulo", "Sharm el-Sheikh"));
    Gen<Integer> parenKind = integers().between(0, 2);
    Gen<Reference> resolution = numbers.zip(bodies, places, parenKind, Generate.booleans(), (nums, body, place, kind, revised) -> {
      ResolutionRef.Builder b = ResolutionRef.builder().raw("x").numbers(nums).body(body);
      if (kind == 1) {
        b.year(2021).revised(revised);
      } else if (kind == 2) {
        b.place(place).year(2021).revised(revised);
      }
      ResolutionRef ref = b.build();
      return canonical(ref, raw -> ResolutionRef.builder().from(ref).raw(raw).build());
    });
    Gen<Reference> instrument = Generate.pick(List.of("ITRs", "Radio Regulations", "ITU Constitution", "ITU Convention",
        "International Telecommunication Regulations")).zip(places, integers().between(0, 2), (name, place, kind) -> {
          InstrumentRef.Builder b = InstrumentRef.builder().raw("x").name(name);
          if (kind == 1) {
            b.year(2012);
          } else if (kind == 2) {
            b.place(place).year(2012);
          }
          InstrumentRef ref = b.build();
          return canonical(ref, raw -> InstrumentRef.builder().from(ref).raw(raw).build());
        });
    Gen<String> symbol = Generate.pick(List.of("C", "CA", "D")).zip(integers().between(1, 99), integers().between(1, 99),
        (prefix, a, b) -> prefix + a + "/" + b);
    Gen<Reference> document = lists().of(symbol).ofSizeBetween(1, 4).zip(
        Generate.pick(List.of("Council", "TDAG", "Secretariat")).toOptionals(30), (symbols, issuer) -> {
          DocumentRef ref = DocumentRef.builder().raw("x").symbols(symbols).issuer(issuer).build();
          return canonical(ref, raw -> DocumentRef.builder().from(ref).raw(raw).build());
        });
    return Generate.oneOf(goal, resolution, instrument, document);
  }

  // ---- metrics as text

  static Gen<String> metricTexts() {
    Gen<String> comparator = Generate.pick(List.of("", "More than ", "over ", "around ", "at least ", "up to ", "less than ", "about "));
    Gen<String> number = Generate.pick(List.of("7", "400", "250,000", "1,234,567", "1.5", "40,000", "12"));
    Gen<String> multiplier = Generate.pick(List.of("", " million", " thousand", " billion"));
    Gen<String> unit = Generate.pick(List.of("", " participants", " course participants", " young people", " countries",
        " global public and private sector actors"));
    Gen<String> year = Generate.pick(List.of("", " (2023)", " in 2021"));
    return comparator.zip(number, multiplier, unit, year, (c, n, m, u, y) -> c + n + m + u + y)
        .assuming(s -> !s.matches("(19|20)\\d\\d( .*)?"));
  }

  // ---- arbitrary text for totality

  /** Any string, including surrogates and control characters. */
  static Gen<String> anyText() {
    return strings().allPossible().ofLengthBetween(0, 200);
  }

  /** Strings made of the pieces cells are made of, to reach deep into the readers. */
  static Gen<String> cellLikeText() {
    Gen<String> piece = Generate.pick(List.of("SDG", "SDG ", "Resolution", "Resolutions ", "Res.", "Res ", "(", ")", ",", ", ",
        ";", ".", " ", "Rev.", "Rev. ", "Kigali", "Dubai", "2022", "2018", "19", "1", "9", "9.c", "17.8.", "70/1",
        "A/RES/", "ITU-R ", "WRC-", "PP-", "WTDC ", "of the ", "Plenipotentiary Conference", "Council ", "Documents ",
        "C15/18", "ITRs", "Strategic Goal ", "(Target ", "Since ", "since", " to ", "to date", "-", "\u2013", "Continuous",
        "(continuous)", "More than ", "over ", "250,000", " million", "participants", "<p>", "</p>", "<i>", "&amp;",
        "&#", "<", ">", "&", "and ", "\u00b2", "\n", "\t", "Goal", "x", "é", "\uD83D\uDE00"));
    return lists().of(piece).ofSizeBetween(0, 40).map(pieces -> String.join("", pieces));
  }
}
