package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;

/** The results rules (WSIS-RES-*) at their edges; the clean outcome's timing is 2020-2030 and the edition year 2024. */
final class ResultRulesTest {
  private static final String O0 = "/actionLines/0/outcomes/0";

  private static List<String> findings(UnaryOperator<Outcome> change) {
    return Findings.of(Fixtures.withOutcome(Fixtures.clean(), 0, 0, change));
  }

  private static List<String> results(UnaryOperator<Results.Builder> change) {
    return findings(o -> Fixtures.withResults(o, change));
  }

  private static Metric metric(String raw, long value, String unit, Integer asOf) {
    Metric.Builder metric = Metric.builder().raw(raw).comparator(Metric.Comparison.EXACT).value(BigDecimal.valueOf(value)).unit(unit);
    if (asOf != null) {
      metric.asOfYear(asOf);
    }
    return metric.build();
  }

  private static Achievement achievement(Metric metric) {
    return Achievement.builder().text(metric.getRaw()).metric(metric).build();
  }

  private static ResultTarget target(Metric metric) {
    return ResultTarget.builder().text(metric.getRaw()).metric(metric).build();
  }

  @Test
  void achievement_equalToTheTarget_isAccepted() {
    assertThat(results(b -> b.achievements(List.of(achievement(metric("1000 participants", 1000, "participants", 2023)))))).isEmpty();
  }

  @Test
  void achievement_aboveTheTargetOfTheSameUnit_isReported() {
    assertThat(results(b -> b.achievements(List.of(achievement(metric("1001 Participants.", 1001, "Participants.", 2023)))))).containsExactly(
        "WSIS-RES-003 WARNING " + O0 + "/results/achievements/0/metric/value an achievement must not exceed the outcome's target of"
            + " 1000 Participants., but was: '1001 Participants.'");
  }

  @Test
  void achievement_aboveATargetOfAnotherUnit_isAccepted() {
    assertThat(results(b -> b.achievements(List.of(achievement(metric("5000 countries", 5000, "countries", 2023)))))).isEmpty();
  }

  @Test
  void achievement_isComparedWithTheLargestTargetOfItsUnit() {
    assertThat(results(b -> b.targets(List.of(target(metric("500 participants", 500, "participants", null)),
        target(metric("1000 participants", 1000, "participants", null)), target(metric("700 participants", 700, "participants", null))))
        .achievements(List.of(achievement(metric("800 participants", 800, "participants", 2023)))))).isEmpty();
  }

  @Test
  void metric_withoutUnit_isReportedForTargetsAndAchievements() {
    assertThat(results(b -> b.targets(List.of(target(metric("1000", 1000, " ", null))))
        .achievements(List.of(achievement(metric("5000", 5000, "", 2023)))))).containsExactly(
        "WSIS-RES-002 WARNING " + O0 + "/results/achievements/0/metric/unit a metric must name its unit, but was: '5000'",
        "WSIS-RES-002 WARNING " + O0 + "/results/targets/0/metric/unit a metric must name its unit, but was: '1000'");
  }

  @Test
  void achievementDate_onTheTimingStartAndTheEditionYear_isAccepted() {
    assertThat(results(b -> b.achievements(List.of(achievement(metric("100 participants", 100, "participants", 2020)),
        achievement(metric("200 participants", 200, "participants", 2024)))))).isEmpty();
  }

  @Test
  void achievementDate_beforeTheTimingOrAfterTheEdition_isReported() {
    String dated = "WSIS-RES-004 WARNING " + O0 + "/results/achievements/";
    assertThat(results(b -> b.achievements(List.of(achievement(metric("100 participants", 100, "participants", 2019)),
        achievement(metric("200 participants", 200, "participants", 2025)))))).containsExactly(
        dated + "0/metric/asOfYear an achievement must be dated from the outcome's timing start 2020 to the edition's year 2024,"
            + " but was dated 2019: '100 participants'",
        dated + "1/metric/asOfYear an achievement must be dated from the outcome's timing start 2020 to the edition's year 2024,"
            + " but was dated 2025: '200 participants'");
  }

  @Test
  void achievementDate_withoutTiming_isMeasuredAgainstTheEditionOnly() {
    assertThat(findings(o -> Fixtures.withResults(Fixtures.edit(o, b -> b.timing(Optional.empty())),
        b -> b.achievements(List.of(achievement(metric("100 participants", 100, "participants", 2025))))))).containsExactly(
        "WSIS-RES-004 WARNING " + O0 + "/results/achievements/0/metric/asOfYear an achievement must be dated from the outcome's"
            + " timing start to the edition's year 2024, but was dated 2025: '100 participants'",
        "WSIS-TIME-003 WARNING " + O0 + "/timing outcome must have a timing, but the timing cell is empty");
  }

  @Test
  void achievement_withoutMetric_isNotMeasured() {
    assertThat(results(b -> b.achievements(List.of(Achievement.builder().text("Many participants").build())))).isEmpty();
  }

  @Test
  void targetYear_onTheTimingEnd_isAccepted_andAfterItReported() {
    assertThat(results(b -> b.targets(List.of(ResultTarget.builder().text("All by 2030").byYear(2030).build())))).isEmpty();
    assertThat(findings(o -> Fixtures.edit(o, b -> b.timing(Fixtures.timing(Fixtures.span(2020, 2029)))))).containsExactly(
        "WSIS-RES-005 INFO " + O0 + "/results/targets/0/byYear a target must fall within the outcome's timing (up to 2029),"
            + " but was due 2030: '1000 participants by 2030'");
  }

  @Test
  void results_empty_isReportedOnTheCell() {
    assertThat(findings(o -> Fixtures.edit(o, b -> b.results(Results.builder().build())))).containsExactly(
        "WSIS-RES-001 WARNING " + O0 + "/results outcome must state expected or achieved results, but the results cell is empty");
  }
}
