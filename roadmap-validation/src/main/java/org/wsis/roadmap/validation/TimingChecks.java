package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * The timing family ({@code WSIS-TIME-001} to {@code WSIS-TIME-007}): the Proposed Timing column.
 */
final class TimingChecks implements RuleCheck {
  static final int HORIZON_FIRST_YEAR = RuleFacts.HORIZON_FIRST_YEAR;
  static final int HORIZON_LAST_YEAR = RuleFacts.HORIZON_LAST_YEAR;

  @Override
  public List<Rule> rules() {
    return List.of(Rule.TIME_001, Rule.TIME_002, Rule.TIME_003, Rule.TIME_004, Rule.TIME_005, Rule.TIME_006, Rule.TIME_007);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    String base = context.getPointer();
    timing(sink, outcome, base);
  }

  private static void timing(FindingSink sink, Outcome outcome, String base) {
    if (outcome.getTiming().isEmpty()) {
      sink.report(Rule.TIME_003, base + "/timing", outcome, "outcome must have a timing, but the timing cell is empty");
      return;
    }
    Timing timing = outcome.getTiming().get();
    List<TimingEntry> entries = timing.getEntries();
    if (entries.isEmpty()) {
      sink.report(Rule.TIME_006, base + "/timing", outcome, "timing text must be read as spans, years or open periods, but nothing was read from: '" + clip(timing.getRaw()) + "'");
    }
    Set<String> seen = new HashSet<>();
    boolean continuous = false;
    boolean closed = false;
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      TimingEntry entry = entries.get(k);
      String pointer = base + "/timing/entries/" + k;
      if (entry.getKind() == TimingEntry.Kind.UNREAD) {
        sink.report(Rule.TIME_006, pointer, outcome, "timing text must be read as spans, years or open periods, but was: '" + clip(entry.getRaw()) + "'");
        continue;
      }
      Optional<Integer> from = entry.getFrom();
      Optional<Integer> to = entry.getTo();
      if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
        sink.report(Rule.TIME_001, pointer, outcome, "a timing span must not end before it starts, but was: '" + entry.getRaw() + "'");
      }
      for (Optional<Integer> year : List.of(from, to)) {
        if (year.isPresent() && (year.get() < HORIZON_FIRST_YEAR || year.get() > HORIZON_LAST_YEAR)) {
          sink.report(Rule.TIME_002, pointer, outcome,
              "timing years must lie in " + HORIZON_FIRST_YEAR + "-" + HORIZON_LAST_YEAR + ", but was: '" + entry.getRaw() + "'");
          break;
        }
      }
      if ((entry.getKind() == TimingEntry.Kind.SINCE || entry.getKind() == TimingEntry.Kind.TO_DATE)
          && from.isPresent() && from.get() > sink.getEditionYear()) {
        sink.report(Rule.TIME_004, pointer, outcome,
            "an open timing must start by the edition's year " + sink.getEditionYear() + ", but was: '" + entry.getRaw() + "'");
      }
      String key = entry.getKind() + ":" + from.orElse(null) + ":" + to.orElse(null);
      boolean closedEntry = (entry.getKind() == TimingEntry.Kind.SPAN || entry.getKind() == TimingEntry.Kind.YEAR)
          && from.isPresent() && to.isPresent();
      if (!seen.add(key)) {
        sink.report(Rule.TIME_005, pointer, outcome, "timing entries must not repeat, but was: '" + entry.getRaw() + "'");
      } else if (closedEntry && from.get() <= to.get()) {
        for (int[] span : spans) {
          if (from.get() <= span[1] && span[0] <= to.get()) {
            sink.report(Rule.TIME_005, pointer, outcome,
                "timing spans must not overlap, but '" + entry.getRaw() + "' overlaps '" + entries.get(span[2]).getRaw() + "'");
            break;
          }
        }
        spans.add(new int[] {from.get(), to.get(), k});
      }
      if (closedEntry && to.get() < sink.getEditionYear() && from.get() <= to.get()) {
        sink.report(Rule.TIME_007, pointer, outcome,
            "a proposed timing must not have ended before the edition's year " + sink.getEditionYear() + ", but was: '" + entry.getRaw() + "'");
      }
      boolean wasContradiction = (entry.getKind() == TimingEntry.Kind.CONTINUOUS && closed) || (closedEntry && continuous);
      continuous |= entry.getKind() == TimingEntry.Kind.CONTINUOUS;
      closed |= closedEntry;
      if (wasContradiction) {
        sink.report(Rule.TIME_005, pointer, outcome,
            "a timing must not be both continuous and a closed span, but was: '" + clip(timing.getRaw()) + "'");
      }
    }
  }
}
