package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.TimingEntry;

/** The model's Bean Validation constraints, seen by a plain default validator with no configuration. */
final class ConstraintsTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void build() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static Set<String> paths(Object value) {
    return validator.validate(value).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void defaultValidator_cleanFixture_hasNoViolation() {
    assertThat(validator.validate(Fixtures.clean())).isEmpty();
  }

  @Test
  void defaultValidator_blankRoadmapId_reportsId() {
    assertThat(paths(Fixtures.edit(Fixtures.clean(), b -> b.id(" ")))).containsExactly("id");
  }

  @Test
  void defaultValidator_emptyStatement_isNoShapeViolation() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.statement("")));

    assertThat(validator.validate(roadmap)).isEmpty();
  }

  @Test
  void defaultValidator_blankEvidenceItem_cascadesToTheListElement() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> Fixtures.edit(o, b -> b.evidence(List.of("fine", " "))));

    assertThat(paths(roadmap)).containsExactly("actionLines[0].outcomes[1].evidence[1].<list element>");
  }

  @Test
  void defaultValidator_ofAnApplication_speaksTheModelsWords() {
    // An application's own default Validator finds roadmap-core's ContributorValidationMessages.properties.
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> Fixtures.edit(o, b -> b.label("A:").evidence(List.of(" "))));

    assertThat(validator.validate(roadmap)).extracting(ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder("a label is 1 to 12 letters or digits", "a text is not blank");
  }

  @Test
  void defaultValidator_labelWithPunctuation_reportsLabel() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 1, 0, o -> Fixtures.edit(o, b -> b.label("A:")));

    assertThat(paths(roadmap)).containsExactly("actionLines[1].outcomes[0].label");
  }

  @Test
  void defaultValidator_emptyOptionalText_isAccepted() {
    Outcome outcome = Fixtures.edit(Fixtures.clean().outcomes().get(0), b -> b.sdgRaw(Optional.empty()).sdgNote(Optional.empty()));

    assertThat(validator.validate(outcome)).isEmpty();
  }

  @Test
  void defaultValidator_blankOptionalText_isRejected() {
    Outcome outcome = Fixtures.edit(Fixtures.clean().outcomes().get(0), b -> b.sdgNote("  "));

    assertThat(paths(outcome)).containsExactly("sdgNote");
  }

  @Test
  void defaultValidator_yearOutOfRange_reportsYear() {
    TimingEntry entry = TimingEntry.builder().raw("20250").kind(TimingEntry.Kind.YEAR).from(20250).to(20250).build();

    assertThat(paths(entry)).containsExactlyInAnyOrder("from", "to");
  }

  @Test
  void defaultValidator_blankResolutionNumberInCascade_reportsNumber() {
    ResolutionRef ref = ResolutionRef.builder().raw("Resolution").body(ResolutionBody.PP).addNumber("").build();
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 2, o -> Fixtures.edit(o, b -> b.references(List.of(ref))));

    assertThat(paths(roadmap)).containsExactly("actionLines[0].outcomes[2].references[0].numbers[0].<list element>");
  }

  @Test
  void validate_shapeViolation_isFindingWithPointerOutcomeAndLine() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 1, 0, o -> Fixtures.edit(o, b -> b.label("A:")));

    ValidationReport report = Fixtures.validator().validate(roadmap);

    Finding finding = report.findingsOf("WSIS-STR-001").get(0);
    assertThat(finding.getPointer()).isEqualTo("/actionLines/1/outcomes/0/label");
    assertThat(finding.getOutcomeId()).map(Object::toString).hasValue("C5.GT.A");
    assertThat(finding.getLine()).hasValue(60);
    assertThat(finding.getMessage()).isEqualTo("label: a label is 1 to 12 letters or digits, but was: 'A:'");
  }
}
