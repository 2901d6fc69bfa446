package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;
import static org.wsis.roadmap.validation.Texts.normalise;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.TimingEntry;

/**
 * The results family ({@code WSIS-RES-001} to {@code WSIS-RES-005}): expected and achieved results, targets and metrics.
 */
final class ResultChecks implements RuleCheck {
  @Override
  public List<Rule> rules() {
    return List.of(Rule.RES_001, Rule.RES_002, Rule.RES_003, Rule.RES_004, Rule.RES_005);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    String base = context.getPointer();
    results(sink, outcome, base);
  }

  private static void results(FindingSink sink, Outcome outcome, String base) {
    if (outcome.getResults().isEmpty()) {
      sink.report(Rule.RES_001, base + "/results", outcome, "outcome must state expected or achieved results, but the results cell is empty");
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
          sink.report(Rule.RES_002, pointer + "/metric/unit", outcome, "a metric must name its unit, but was: '" + clip(metric.getRaw()) + "'");
        } else {
          targetByUnit.merge(unitKey(metric.getUnit()), metric.getValue(), BigDecimal::max);
        }
      }
      Optional<Integer> lastYear = lastClosedYear(outcome);
      if (target.getByYear().isPresent() && lastYear.isPresent() && target.getByYear().get() > lastYear.get()) {
        sink.report(Rule.RES_005, pointer + "/byYear", outcome,
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
        sink.report(Rule.RES_002, pointer + "/unit", outcome, "a metric must name its unit, but was: '" + clip(metric.getRaw()) + "'");
      } else {
        BigDecimal target = targetByUnit.get(unitKey(metric.getUnit()));
        if (target != null && metric.getValue().compareTo(target) > 0) {
          sink.report(Rule.RES_003, pointer + "/value", outcome,
              "an achievement must not exceed the outcome's target of " + target.toPlainString() + " " + metric.getUnit()
                  + ", but was: '" + clip(metric.getRaw()) + "'");
        }
      }
      if (metric.getAsOfYear().isPresent()) {
        int year = metric.getAsOfYear().get();
        if (year > sink.getEditionYear() || (firstYear.isPresent() && year < firstYear.get())) {
          sink.report(Rule.RES_004, pointer + "/asOfYear", outcome,
              "an achievement must be dated from the outcome's timing start" + firstYear.map(y -> " " + y).orElse("")
                  + " to the edition's year " + sink.getEditionYear() + ", but was dated " + year + ": '" + clip(metric.getRaw()) + "'");
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
}
