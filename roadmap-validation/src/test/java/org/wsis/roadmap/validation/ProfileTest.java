package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.Roadmap;

final class ProfileTest {
  private static Roadmap missingTimingAndEvidence() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.timing(java.util.Optional.empty())));
    return Fixtures.withOutcome(roadmap, 0, 1, o -> Fixtures.edit(o, b -> b.evidence(java.util.List.of())));
  }

  private static ValidationReport validate(Profile profile, Roadmap roadmap) {
    return RoadmapValidator.builder().clock(Fixtures.CLOCK).profile(profile).build().validate(roadmap);
  }

  @Test
  void default_runsEveryRuleAtItsDefaultSeverity() {
    for (Rule rule : Rule.values()) {
      assertThat(Profile.DEFAULT.severityOf(rule)).hasValue(rule.getDefaultSeverity());
    }
  }

  @Test
  void strict_raisesWarningsToErrorsAndInfosToWarnings() {
    ValidationReport report = validate(Profile.named("strict"), missingTimingAndEvidence());

    assertThat(report.active()).extracting(Finding::getRuleId, Finding::getSeverity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("WSIS-TIME-003", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("WSIS-TEXT-003", Severity.WARNING));
    assertThat(report.isValid()).isFalse();
    assertThat(report.getProfile()).isEqualTo("strict");
  }

  @Test
  void editorial_reportsLinksOutsideTheMatrixAsWarnings_andLeavesMatrixGapsToPlanning() {
    Roadmap roadmap = Defects.all().get(Rule.MATRIX_001).apply(Fixtures.clean());

    assertThat(validate(Profile.DEFAULT, roadmap).active()).extracting(Finding::getRuleId, Finding::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WSIS-MATRIX-001", Severity.INFO));
    assertThat(validate(Profile.EDITORIAL, roadmap).active()).extracting(Finding::getRuleId, Finding::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WSIS-MATRIX-001", Severity.WARNING));
    assertThat(Profile.EDITORIAL.isEnabled(Rule.MATRIX_002)).isFalse();
    assertThat(Profile.STRICT.severityOf(Rule.MATRIX_002)).hasValue(Severity.WARNING);
  }

  @Test
  void editorial_skipsTimingAndKeepsText() {
    ValidationReport report = validate(Profile.EDITORIAL, missingTimingAndEvidence());

    assertThat(report.active()).extracting(Finding::getRuleId).containsExactly("WSIS-TEXT-003");
  }

  @Test
  void withSeverity_overridesOneRule() {
    Profile profile = Profile.DEFAULT.withSeverity("WSIS-TIME-003", Severity.ERROR);

    ValidationReport report = validate(profile, missingTimingAndEvidence());

    assertThat(report.findingsOf("WSIS-TIME-003")).extracting(Finding::getSeverity).containsExactly(Severity.ERROR);
    assertThat(report.findingsOf("WSIS-TEXT-003")).extracting(Finding::getSeverity).containsExactly(Severity.INFO);
    assertThat(profile.getName()).isEqualTo("default");
  }

  @Test
  void withSeverity_enablesARuleTheProfileSkips() {
    Profile profile = Profile.EDITORIAL.withSeverity("WSIS-TIME-003", Severity.INFO);

    assertThat(validate(profile, missingTimingAndEvidence()).findingsOf("WSIS-TIME-003")).hasSize(1);
  }

  @Test
  void without_disablesOneRule() {
    ValidationReport report = validate(Profile.DEFAULT.without("WSIS-TEXT-003"), missingTimingAndEvidence());

    assertThat(report.active()).extracting(Finding::getRuleId).containsExactly("WSIS-TIME-003");
  }

  @Test
  void named_unknown_throws() {
    assertThatThrownBy(() -> Profile.named("lenient"))
        .isInstanceOf(RoadmapException.class)
        .hasMessage("profile must be one of 'default', 'strict', 'editorial', but was: 'lenient'");
  }

  @Test
  void withSeverity_unknownRule_throws() {
    assertThatThrownBy(() -> Profile.DEFAULT.withSeverity("WSIS-TIME-999", Severity.INFO))
        .isInstanceOf(RoadmapException.class)
        .hasMessage("rule id must name a rule of the catalogue, but was: 'WSIS-TIME-999'");
  }
}
