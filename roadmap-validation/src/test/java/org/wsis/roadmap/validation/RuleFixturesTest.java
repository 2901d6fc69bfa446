package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Roadmap;

/** Each rule: the clean fixture passes it, and one targeted defect fails exactly it, at one location. */
final class RuleFixturesTest {
  private static final RoadmapValidator VALIDATOR = Fixtures.validator();

  static Stream<Arguments> defects() {
    return Defects.all().entrySet().stream().map(e -> Arguments.of(e.getKey().getId(), e.getKey(), e.getValue()));
  }

  @Test
  void validate_cleanFixture_hasNoFinding() {
    ValidationReport report = VALIDATOR.validate(Fixtures.clean());

    assertThat(report.getFindings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void validate_cleanFixture_passesRule(String id, Rule rule, Defects.Defect defect) {
    assertThat(VALIDATOR.validate(Fixtures.clean()).findingsOf(id)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void validate_targetedDefect_failsExactlyThatRuleAtItsLocation(String id, Rule rule, Defects.Defect defect) {
    Roadmap broken = defect.apply(Fixtures.clean());

    ValidationReport report = VALIDATOR.validate(broken);

    assertThat(report.getFindings()).extracting(Finding::getRuleId).containsOnly(id);
    assertThat(report.getFindings()).extracting(Finding::getPointer).containsExactly(defect.pointer);
    assertThat(report.isValid()).isEqualTo(!rule.getDefaultSeverity().isFailure());
  }

  @Test
  void validate_gdcLinksToObjectivesOneAndFive_passWsisGdc001() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> Fixtures.edit(o,
        b -> b.addGdcLinks(org.wsis.roadmap.GdcObjective.of(1), org.wsis.roadmap.GdcObjective.of(5))));

    assertThat(VALIDATOR.validate(roadmap).getFindings()).isEmpty();
  }

  @Test
  void validate_footnoteMarkerAloneInTheReferencesCell_isDangling() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> Fixtures.edit(o,
        b -> b.addReference(org.wsis.roadmap.TextRef.builder().raw("\u00B2").build())));

    ValidationReport report = VALIDATOR.validate(roadmap);

    assertThat(report.findingsOf("WSIS-TEXT-004")).extracting(Finding::getPointer)
        .containsExactly("/actionLines/0/outcomes/1/references/2/raw");
  }

  @Test
  void validate_listMarkersInParentheses_areNoUnbalancedBrackets() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> Fixtures.edit(o,
        b -> b.statement("Governments should: a) plan; ii) fund; 3) act (together).")));

    assertThat(VALIDATOR.validate(roadmap).getFindings()).isEmpty();
  }

  @Test
  void validate_subItemsRomanWithGap_pointsAtTheFirstLabelAfterTheGap() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> Fixtures.edit(o, b -> b.subItems(java.util.List.of(
        org.wsis.roadmap.SubItem.builder().label("i").text("one").build(),
        org.wsis.roadmap.SubItem.builder().label("ii").text("two").build(),
        org.wsis.roadmap.SubItem.builder().label("iv").text("four").build(),
        org.wsis.roadmap.SubItem.builder().label("v").text("five").build()))));

    assertThat(VALIDATOR.validate(roadmap).getFindings()).extracting(Finding::getPointer, Finding::getMessage).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/actionLines/0/outcomes/1/subItems/2/label",
            "sub-item labels must run in sequence ('iii' after 'ii'), but was: 'iv'"));
  }

  @Test
  void validate_numberedLabels_followLetterThenNumber() {
    Roadmap roadmap = Fixtures.withLine(Fixtures.clean(), 1, line -> Fixtures.edit(line, b -> b.outcomes(java.util.List.of(
        Fixtures.outcome(ActionLine.C5, org.wsis.roadmap.OutcomeSection.GENEVA_TUNIS, "A1", 60, "C20/18"),
        Fixtures.outcome(ActionLine.C5, org.wsis.roadmap.OutcomeSection.GENEVA_TUNIS, "A2", 70, "C20/18"),
        Fixtures.outcome(ActionLine.C5, org.wsis.roadmap.OutcomeSection.GENEVA_TUNIS, "B1", 80, "C20/18"),
        Fixtures.outcome(ActionLine.C5, org.wsis.roadmap.OutcomeSection.GENEVA_TUNIS, "C", 90, "C20/18"),
        Fixtures.outcome(ActionLine.C5, org.wsis.roadmap.OutcomeSection.GENEVA_TUNIS, "E", 100, "C20/18")))));

    assertThat(VALIDATOR.validate(roadmap).getFindings()).extracting(Finding::getRuleId, Finding::getPointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("WSIS-ID-003", "/actionLines/1/outcomes/4/label"));
  }

  @Test
  void validate_matrixGoalServedOnlyThroughOtherTargets_namesThem() {
    Roadmap roadmap = Fixtures.withLine(Fixtures.clean(), 1, line -> Fixtures.edit(line, b -> b.outcomes(
        line.getOutcomes().stream().map(o -> Fixtures.edit(o, ob -> ob.sdgLinks(o.getSdgLinks().stream()
            .map(link -> link.getCode().equals("8.1") ? org.wsis.roadmap.SdgLink.parse("8.2") : link)
            .collect(java.util.stream.Collectors.toList())).sdgRaw(Fixtures.sdgRaw(o.getSdgLinks()).replace("8.1", "8.2"))))
            .collect(java.util.stream.Collectors.toList()))));

    ValidationReport report = VALIDATOR.validate(roadmap);

    assertThat(report.findingsOf("WSIS-MATRIX-002")).extracting(Finding::getPointer, Finding::getMessage).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/actionLines/1/outcomes", "the outcomes of C5 must link at least one of the WSIS-SDG Matrix"
            + " targets of SDG 8 (8.1), but they link SDG 8 only as a goal and through other targets (8.2)"));
    assertThat(report.findingsOf("WSIS-MATRIX-001")).hasSize(3).allSatisfy(f -> assertThat(f.getMessage()).endsWith("but was: '8.2'"));
  }

  @Test
  void catalogue_everyRuleOfTheRoadmap_hasADefectFixture() {
    Set<Rule> covered = EnumSet.copyOf(Defects.all().keySet());
    Set<Rule> missing = Stream.of(Rule.values())
        .filter(rule -> rule.getFamily() != Rule.Family.VALIDATION)
        .filter(rule -> !covered.contains(rule))
        .collect(Collectors.toSet());

    assertThat(missing).isEmpty();
  }
}
