package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;

/** The entry points of the validator: built-in profiles by name, profile equality, the default validator and model constraints. */
final class ValidatorApiTest {
  @Test
  void named_builtInNames_returnTheBuiltInProfiles() {
    assertThat(Profile.named("default")).isSameAs(Profile.DEFAULT);
    assertThat(Profile.named("strict")).isSameAs(Profile.STRICT);
    assertThat(Profile.named("editorial")).isSameAs(Profile.EDITORIAL);
  }

  @Test
  void profile_sameNameAndSeverities_isEqualWithTheSameHash() {
    Profile same = Profile.DEFAULT.withSeverity("WSIS-TEXT-003", Severity.INFO);

    assertThat(same).isEqualTo(Profile.DEFAULT).hasSameHashCodeAs(Profile.DEFAULT);
    assertThat(Profile.DEFAULT.without("WSIS-TEXT-003")).isNotEqualTo(Profile.DEFAULT);
    assertThat(Profile.DEFAULT.withSeverity("WSIS-TEXT-003", Severity.ERROR)).isNotEqualTo(Profile.DEFAULT);
    assertThat(Profile.DEFAULT).isNotEqualTo(Profile.STRICT).isNotEqualTo("default");
    assertThat(Profile.DEFAULT.hashCode()).isNotZero();
  }

  @Test
  void profile_toString_isItsName() {
    assertThat(Profile.STRICT).hasToString("strict");
    assertThat(Profile.EDITORIAL.without("WSIS-TEXT-003")).hasToString("editorial");
  }

  @Test
  void rule_toString_isItsId() {
    assertThat(Rule.TEXT_003).hasToString("WSIS-TEXT-003");
  }

  @Test
  void create_validatesWithTheDefaultProfile() {
    ValidationReport report = RoadmapValidator.create().validate(Fixtures.clean());

    assertThat(report.getFindings()).isEmpty();
    assertThat(report.getProfile()).isEqualTo("default");
  }

  @Test
  void constraintValidator_checksTheModelsConstraints() {
    Roadmap roadmap = Fixtures.edit(Fixtures.clean(), b -> b.title(" "));

    assertThat(RoadmapValidator.constraintValidator().validate(roadmap)).isNotEmpty();
    assertThat(RoadmapValidator.constraintValidator().validate(Fixtures.clean())).isEmpty();
  }

  @Test
  void shapeViolation_ofAMandateReference_isReportedAtItsPointer() {
    Roadmap roadmap = Fixtures.edit(Fixtures.clean(), b -> b.addMandateReference(org.wsis.roadmap.InstrumentRef.builder()
        .raw("Convention of 1700").name("Convention").year(1700).build()));

    assertThat(Findings.of(roadmap)).containsExactly(
        "WSIS-STR-001 ERROR /mandateReferences/0/year mandateReferences[0].year: a year is from 1800 to 2200, but was: '1700'");
  }

  @Test
  void shapeViolation_ofTheRoadmap_isReported() {
    Roadmap roadmap = Fixtures.edit(Fixtures.clean(), b -> b.title(" "));

    assertThat(Findings.of(roadmap)).hasSize(1).first().asString().isEqualTo("WSIS-STR-001 ERROR /title title: a text is not blank, but was: ' '");
  }

  @Test
  void shapeRule_skippedByTheProfile_givesNoFinding() {
    Roadmap roadmap = Fixtures.edit(Fixtures.clean(), b -> b.title(" "));
    RoadmapValidator validator = RoadmapValidator.builder().clock(Fixtures.CLOCK).profile(Profile.DEFAULT.without("WSIS-STR-001")).build();

    assertThat(validator.validate(roadmap).getFindings()).isEmpty();
  }
}
