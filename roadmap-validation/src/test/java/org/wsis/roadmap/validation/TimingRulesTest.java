package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.roadmap.validation.Fixtures.span;
import static org.wsis.roadmap.validation.Fixtures.timing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/** The timing rules (WSIS-TIME-*) and the results rules that read the timing, at their edges; the edition year is 2024. */
final class TimingRulesTest {
  private static final String O0 = "/actionLines/0/outcomes/0";

  private static List<String> findings(TimingEntry... entries) {
    return findings(timing(entries));
  }

  private static List<String> findings(Timing timing) {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.timing(timing)));
    return Findings.of(roadmap);
  }

  private static TimingEntry open(TimingEntry.Kind kind, String raw, int from) {
    return TimingEntry.builder().raw(raw).kind(kind).from(from).build();
  }

  private static TimingEntry year(int year) {
    return TimingEntry.builder().raw(String.valueOf(year)).kind(TimingEntry.Kind.YEAR).from(year).to(year).build();
  }

  private static TimingEntry continuous() {
    return TimingEntry.builder().raw("Continuous").kind(TimingEntry.Kind.CONTINUOUS).build();
  }

  @Test
  void horizon_yearsOnItsBounds_areInside() {
    assertThat(findings(span(2003, 2030))).isEmpty();
  }

  @Test
  void horizon_yearJustOutside_isReportedOncePerEntry() {
    String horizon = "WSIS-TIME-002 WARNING " + O0 + "/timing/entries/0 timing years must lie in 2003-2030, but was: ";
    assertThat(findings(span(2002, 2030))).containsExactly(horizon + "'2002-2030'");
    assertThat(findings(span(2003, 2031))).containsExactly(horizon + "'2003-2031'");
    assertThat(findings(span(2001, 2031))).containsExactly(horizon + "'2001-2031'");
  }

  @Test
  void openTiming_startingInTheEditionYear_isAccepted() {
    assertThat(findings(span(2020, 2030), open(TimingEntry.Kind.SINCE, "Since 2024", 2024))).isEmpty();
    assertThat(findings(span(2020, 2030), open(TimingEntry.Kind.TO_DATE, "2024 to date", 2024))).isEmpty();
  }

  @Test
  void openTiming_startingAfterTheEditionYear_isReported() {
    String open = "WSIS-TIME-004 ERROR " + O0 + "/timing/entries/1 an open timing must start by the edition's year 2024, but was: ";
    assertThat(findings(span(2020, 2030), open(TimingEntry.Kind.SINCE, "Since 2025", 2025))).containsExactly(open + "'Since 2025'");
    assertThat(findings(span(2020, 2030), open(TimingEntry.Kind.TO_DATE, "2025 to date", 2025))).containsExactly(open + "'2025 to date'");
  }

  @Test
  void elapsedTiming_endingBeforeTheEditionYear_isReportedWithTheTargetDueLater() {
    assertThat(findings(span(2020, 2023))).containsExactly(
        "WSIS-RES-005 INFO " + O0 + "/results/targets/0/byYear a target must fall within the outcome's timing (up to 2023),"
            + " but was due 2030: '1000 participants by 2030'",
        "WSIS-TIME-007 INFO " + O0 + "/timing/entries/0 a proposed timing must not have ended before the edition's year 2024,"
            + " but was: '2020-2023'");
    assertThat(findings(span(2020, 2024))).containsExactly(
        "WSIS-RES-005 INFO " + O0 + "/results/targets/0/byYear a target must fall within the outcome's timing (up to 2024),"
            + " but was due 2030: '1000 participants by 2030'");
  }

  @Test
  void spans_touchingInOneYear_overlap() {
    assertThat(findings(span(2020, 2025), span(2025, 2030))).containsExactly(
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 timing spans must not overlap, but '2025-2030' overlaps '2020-2025'");
    assertThat(findings(span(2025, 2030), span(2020, 2025))).containsExactly(
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 timing spans must not overlap, but '2020-2025' overlaps '2025-2030'");
  }

  @Test
  void spans_adjacentYears_doNotOverlap() {
    assertThat(findings(span(2020, 2024), span(2025, 2030))).isEmpty();
    assertThat(findings(span(2025, 2030), span(2020, 2024))).isEmpty();
  }

  @Test
  void oneYearSpans_areClosedSpans() {
    assertThat(findings(span(2025, 2025), span(2020, 2030))).containsExactly(
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 timing spans must not overlap, but '2020-2030' overlaps '2025-2025'");
    assertThat(findings(year(2026), span(2020, 2030))).containsExactly(
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 timing spans must not overlap, but '2020-2030' overlaps '2026'");
    assertThat(findings(span(2022, 2022), span(2024, 2030))).containsExactly(
        "WSIS-TIME-007 INFO " + O0 + "/timing/entries/0 a proposed timing must not have ended before the edition's year 2024,"
            + " but was: '2022-2022'");
    assertThat(findings(year(2022), span(2024, 2030))).containsExactly(
        "WSIS-TIME-007 INFO " + O0 + "/timing/entries/0 a proposed timing must not have ended before the edition's year 2024,"
            + " but was: '2022'");
  }

  @Test
  void entries_repeated_areReportedAsRepeatsNotOverlaps() {
    assertThat(findings(span(2020, 2030), span(2020, 2030))).containsExactly(
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 timing entries must not repeat, but was: '2020-2030'");
    assertThat(findings(year(2025), year(2025))).containsExactly(
        "WSIS-RES-004 WARNING " + O0 + "/results/achievements/0/metric/asOfYear an achievement must be dated from the outcome's"
            + " timing start 2025 to the edition's year 2024, but was dated 2022: 'More than 100 participants'",
        "WSIS-RES-005 INFO " + O0 + "/results/targets/0/byYear a target must fall within the outcome's timing (up to 2025),"
            + " but was due 2030: '1000 participants by 2030'",
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 timing entries must not repeat, but was: '2025'");
  }

  @Test
  void continuousAndClosedSpan_inEitherOrder_contradict() {
    assertThat(findings(continuous(), span(2020, 2030))).containsExactly(
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 a timing must not be both continuous and a closed span, but was: 'Continuous; 2020-2030'");
    assertThat(findings(span(2020, 2030), continuous())).containsExactly(
        "WSIS-TIME-005 WARNING " + O0 + "/timing/entries/1 a timing must not be both continuous and a closed span, but was: '2020-2030; Continuous'");
    assertThat(findings(continuous())).isEmpty();
  }

  @Test
  void reversedSpan_givesNoYearToTheOtherRules() {
    assertThat(findings(span(2030, 2028), span(2020, 2025))).containsExactly(
        "WSIS-RES-005 INFO " + O0 + "/results/targets/0/byYear a target must fall within the outcome's timing (up to 2025),"
            + " but was due 2030: '1000 participants by 2030'",
        "WSIS-TIME-001 ERROR " + O0 + "/timing/entries/0 a timing span must not end before it starts, but was: '2030-2028'");
    assertThat(findings(span(2026, 2023), span(2020, 2030))).containsExactly(
        "WSIS-TIME-001 ERROR " + O0 + "/timing/entries/0 a timing span must not end before it starts, but was: '2026-2023'");
    assertThat(findings(span(2023, 2021), span(2022, 2030))).containsExactly(
        "WSIS-TIME-001 ERROR " + O0 + "/timing/entries/0 a timing span must not end before it starts, but was: '2023-2021'");
  }

  @Test
  void timing_nothingRead_isReportedOnTheCell() {
    assertThat(findings(Timing.builder().raw("when funds allow").build())).containsExactly(
        "WSIS-TIME-006 WARNING " + O0 + "/timing timing text must be read as spans, years or open periods, but nothing was read from: 'when funds allow'");
  }

  @Test
  void openTiming_endsNoTarget() {
    assertThat(findings(span(2020, 2023), open(TimingEntry.Kind.SINCE, "Since 2023", 2023))).containsExactly(
        "WSIS-TIME-007 INFO " + O0 + "/timing/entries/0 a proposed timing must not have ended before the edition's year 2024,"
            + " but was: '2020-2023'");
  }
}
