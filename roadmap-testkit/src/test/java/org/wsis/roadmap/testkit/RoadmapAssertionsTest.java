package org.wsis.roadmap.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapParseException;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.validation.Profile;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;

final class RoadmapAssertionsTest {
  private static final RoadmapValidator VALIDATOR =
      RoadmapValidator.builder().clock(Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC)).build();

  private static final String TIME_001 = "  ERROR WSIS-TIME-001 Timing spans are ordered (1 finding)\n"
      + "    - C2.GT.A at /actionLines/0/outcomes/0/timing/entries/0 (line 10): a timing span must not end before it starts, but was: '2030-2020'";
  private static final String TEXT_001 = "  ERROR WSIS-TEXT-001 Outcome has a statement (1 finding)\n"
      + "    - C2.GT.B at /actionLines/0/outcomes/1/statement (line 20): outcome must have a statement or sub-items, but the statement is empty";
  private static final String TIME_003 = "  WARNING WSIS-TIME-003 Outcome has a timing (1 finding)\n"
      + "    - C2.W10.a at /actionLines/0/outcomes/2/timing (line 30): outcome must have a timing, but the timing cell is empty";

  private final Roadmap clean = TestRoadmaps.clean();
  private final Roadmap broken = TestRoadmaps.broken();
  private final ValidationReport cleanReport = VALIDATOR.validate(clean);
  private final ValidationReport brokenReport = VALIDATOR.validate(broken);

  // ---------------------------------------------------------------- roadmap

  @Test
  void isConsistent_cleanRoadmap_passes() {
    RoadmapAssertions.assertThat(clean).isConsistent();
  }

  @Test
  void isConsistent_onlyAWarning_passes() {
    RoadmapAssertions.assertThat(TestRoadmaps.withoutTiming(clean)).isConsistent();
  }

  @Test
  void isConsistent_errors_failsListingThemGroupedByRule() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(broken).isConsistent())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting roadmap 'test-roadmap' to be consistent under profile 'default' (no ERROR or FATAL finding), "
            + "but it has 2 failing findings:\n" + TIME_001 + "\n" + TEXT_001 + "\n  (and 1 WARNING or INFO finding not listed)");
  }

  @Test
  void isConsistent_nullRoadmap_fails() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat((Roadmap) null).isConsistent())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void isConsistentUnder_strictProfileCleanRoadmap_passes() {
    RoadmapAssertions.assertThat(clean).isConsistentUnder(Profile.STRICT);
  }

  @Test
  void isConsistentUnder_strictProfileWarning_failsWithTheRaisedSeverity() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(TestRoadmaps.withoutTiming(clean)).isConsistentUnder(Profile.STRICT))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting roadmap 'test-roadmap' to be consistent under profile 'strict' (no ERROR or FATAL finding), "
            + "but it has 1 failing finding:\n" + TIME_003.replace("WARNING", "ERROR"));
  }

  @Test
  void usingValidator_strictValidator_appliesItsProfile() {
    RoadmapValidator strict = RoadmapValidator.builder().profile(Profile.STRICT).build();

    assertThatThrownBy(() -> RoadmapAssertions.assertThat(TestRoadmaps.withoutTiming(clean)).usingValidator(strict).isConsistent())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting roadmap 'test-roadmap' to be consistent under profile 'strict'");
  }

  @Test
  void isConsistent_describedAssertion_prefixesTheDescription() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(broken).as("edition %s", "2024").isConsistent())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[edition 2024] Expecting roadmap 'test-roadmap'");
  }

  @Test
  void hasOutcome_presentOutcome_passes() {
    RoadmapAssertions.assertThat(clean).hasOutcome("C2.GT.A").hasOutcome("C2.W10.a");
  }

  @Test
  void hasOutcome_missingOutcome_failsListingTheActionLinesOutcomes() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(clean).hasOutcome("C2.GT.C"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting roadmap 'test-roadmap' to have outcome C2.GT.C, but the outcomes of C2 are: C2.GT.A, C2.GT.B, C2.W10.a");
  }

  @Test
  void hasOutcome_missingActionLine_failsNamingIt() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(clean).hasOutcome("C5.GT.A"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting roadmap 'test-roadmap' to have outcome C5.GT.A, but it has no table of C5");
  }

  @Test
  void hasOutcome_malformedId_throwsParseException() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(clean).hasOutcome("C2-GT-A")).isInstanceOf(RoadmapParseException.class);
  }

  @Test
  void linksTo_linkedGoal_passes() {
    RoadmapAssertions.assertThat(clean).linksTo(SdgGoal.NINE).linksTo(SdgTarget.parse("9.c"));
  }

  @Test
  void linksTo_goalOfALinkedTarget_passes() {
    Roadmap targetOnly = TestRoadmaps.withOutcome(clean, 0,
        o -> TestRoadmaps.edit(o, b -> b.addSdgLink(SdgLink.of(SdgTarget.parse("4.4")))));

    RoadmapAssertions.assertThat(targetOnly).linksTo(SdgGoal.FOUR);
  }

  @Test
  void linksTo_unlinkedGoal_failsListingTheLinkedGoals() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(clean).linksTo(SdgGoal.FOUR))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting roadmap 'test-roadmap' to link to SDG 4 (by the goal or one of its targets), but it links only to SDG 1, SDG 8, SDG 9, SDG 11");
  }

  @Test
  void linksTo_unlinkedTarget_failsListingTheLinkedTargets() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(clean).linksTo(SdgTarget.parse("9.1")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting roadmap 'test-roadmap' to link to SDG target 9.1, but it links only to targets 1.4, 8.2, 9.c, 11.5");
  }

  // ---------------------------------------------------------------- report

  @Test
  void hasNoErrors_cleanReport_passes() {
    RoadmapAssertions.assertThat(cleanReport).hasNoErrors().hasNoFindings();
  }

  @Test
  void hasNoErrors_errors_failsListingThem() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have no ERROR or FATAL finding, but it has 2 failing findings:\n"
            + TIME_001 + "\n" + TEXT_001);
  }

  @Test
  void hasNoFindings_warning_failsListingIt() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(VALIDATOR.validate(TestRoadmaps.withoutTiming(clean))).hasNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have no findings, but it has 1 finding:\n" + TIME_003);
  }

  @Test
  void hasFinding_presentRuleAtItsOutcome_passes() {
    RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-TIME-001").at("C2.GT.A")
        .withSeverity(Severity.ERROR).withMessageContaining("'2030-2020'")
        .and().hasFinding("WSIS-TIME-003").at("/actionLines/0/outcomes/2");
  }

  @Test
  void hasFinding_findings_returnsThoseNarrowedDownTo() {
    assertThat(RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-TEXT-001").at("C2.GT.B").findings())
        .singleElement().satisfies(f -> assertThat(f.getPointer()).isEqualTo("/actionLines/0/outcomes/1/statement"));
  }

  @Test
  void hasFinding_absentRule_failsListingTheFindings() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-REF-005"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have a finding of WSIS-REF-005, but it has none; its findings are:\n"
            + TIME_001 + "\n" + TEXT_001 + "\n" + TIME_003);
  }

  @Test
  void hasFinding_absentRuleInCleanReport_failsSayingThereAreNone() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(cleanReport).hasFinding("WSIS-REF-005"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have a finding of WSIS-REF-005, but it has none; its findings are:\n"
            + "  (no findings)");
  }

  @Test
  void hasFinding_unknownRuleId_throws() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-TIME-999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule id must name a rule of the catalogue, such as 'WSIS-TEXT-001', but was: 'WSIS-TIME-999'");
  }

  @Test
  void at_otherOutcome_failsSayingWhereTheFindingIs() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-TIME-001").at("C2.GT.B"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting a finding of WSIS-TIME-001 at C2.GT.B, but the one finding is at:\n" + TIME_001);
  }

  @Test
  void at_otherPointer_failsSayingWhereTheFindingIs() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-TIME-001").at("/actionLines/0/outcomes/1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting a finding of WSIS-TIME-001 at /actionLines/0/outcomes/1, but the one finding is at:\n" + TIME_001);
  }

  @Test
  void withSeverity_otherSeverity_fails() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-TIME-001").at("C2.GT.A").withSeverity(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting a finding of WSIS-TIME-001 at C2.GT.A with severity WARNING, but found:\n" + TIME_001);
  }

  @Test
  void withMessageContaining_otherText_fails() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasFinding("WSIS-TIME-001").withMessageContaining("2025"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting a finding of WSIS-TIME-001 with a message containing '2025', but found:\n" + TIME_001);
  }

  @Test
  void hasOnlyFindingsOf_exactlyTheRules_passes() {
    RoadmapAssertions.assertThat(brokenReport).hasOnlyFindingsOf("WSIS-TIME-003", "WSIS-TIME-001", "WSIS-TEXT-001");
    RoadmapAssertions.assertThat(cleanReport).hasOnlyFindingsOf();
  }

  @Test
  void hasOnlyFindingsOf_otherRules_failsListingThem() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasOnlyFindingsOf("WSIS-TIME-001"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have findings of WSIS-TIME-001 only, but it also has:\n"
            + TEXT_001 + "\n" + TIME_003);
  }

  @Test
  void hasOnlyFindingsOf_missingRule_failsNamingIt() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport)
        .hasOnlyFindingsOf("WSIS-TIME-001", "WSIS-TEXT-001", "WSIS-TIME-003", "WSIS-REF-005"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have findings of WSIS-TIME-001, WSIS-TEXT-001, WSIS-TIME-003, WSIS-REF-005 only, "
            + "but it has none of WSIS-REF-005; its findings are:\n" + TIME_001 + "\n" + TEXT_001 + "\n" + TIME_003);
  }

  @Test
  void hasOnlyFindingsOf_missingAndOtherRules_failsNamingBoth() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(brokenReport).hasOnlyFindingsOf("WSIS-TIME-001", "WSIS-REF-005"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have findings of WSIS-TIME-001, WSIS-REF-005 only, "
            + "but it has none of WSIS-REF-005, and it also has:\n" + TEXT_001 + "\n" + TIME_003);
  }

  @Test
  void hasOnlyFindingsOf_cleanReportExpectingARule_fails() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat(cleanReport).hasOnlyFindingsOf("WSIS-TIME-001"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the report on 'test-roadmap' to have findings of WSIS-TIME-001 only, but it has none of WSIS-TIME-001; "
            + "its findings are:\n  (no findings)");
  }

  @Test
  void hasNoErrors_nullReport_fails() {
    assertThatThrownBy(() -> RoadmapAssertions.assertThat((ValidationReport) null).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }
}
