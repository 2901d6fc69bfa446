package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;

/** Rules of an application's own: registered, reported, profiled, waived and refused on a clash. */
final class CustomRulesTest {
  static final CustomRule EVIDENCE = CustomRule.of("ACME-EVID-001", Severity.WARNING, "Evidence is given", "Readers follow evidence.");

  /** Reports each outcome without evidence. */
  static final class EvidenceGiven implements RuleCheck {
    @Override
    public List<CustomRule> rules() {
      return List.of(EVIDENCE);
    }

    @Override
    public void checkOutcome(OutcomeContext outcome, FindingSink sink) {
      if (outcome.getOutcome().getEvidence().isEmpty()) {
        sink.report(EVIDENCE, outcome.getPointer() + "/evidence", outcome.getOutcome(), "an outcome must give evidence, but has none");
      }
    }
  }

  /** Declares a rule with the id of a rule of the catalogue. */
  static final class Clashing implements RuleCheck {
    @Override
    public List<RuleDefinition> rules() {
      return List.of(new RuleDefinition() {
        @Override public String getId() { return "WSIS-TEXT-001"; }
        @Override public Severity getDefaultSeverity() { return Severity.INFO; }
        @Override public String getTitle() { return "t"; }
        @Override public String getRationale() { return "r"; }
        @Override public String getSince() { return ""; }
        @Override public String getFamilyName() { return "CUSTOM"; }
      });
    }
  }

  private static Roadmap withoutEvidence() {
    return Fixtures.withOutcome(Fixtures.clean(), 0, 1, o -> o.withEvidence(List.of()));
  }

  private static RoadmapValidator.Builder builder() {
    return RoadmapValidator.builder().clock(Fixtures.CLOCK).rules(new EvidenceGiven());
  }

  @Test
  void validate_customRule_isReportedInEveryFormat() {
    ValidationReport report = builder().build().validate(withoutEvidence());

    assertThat(report.findingsOf("ACME-EVID-001")).singleElement().satisfies(f -> {
      assertThat(f.getPointer()).isEqualTo("/actionLines/0/outcomes/1/evidence");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getRule()).isEqualTo(EVIDENCE);
    });
    assertThat(report.toText()).contains("WARNING ACME-EVID-001 Evidence is given (1)");
    assertThat(report.toJson()).contains("\"ruleId\" : \"ACME-EVID-001\"");
    assertThat(report.toSarif()).contains("\"id\" : \"ACME-EVID-001\"", "\"name\" : \"ACME-EVID-001\"", "\"family\" : \"CUSTOM\"",
        "\"text\" : \"Readers follow evidence.\"");
  }

  @Test
  void validate_cleanRoadmap_hasNoCustomFinding() {
    assertThat(builder().build().validate(Fixtures.clean()).findingsOf("ACME-EVID-001")).isEmpty();
  }

  @Test
  void profile_overridesAndDisablesCustomRules() {
    Roadmap roadmap = withoutEvidence();

    assertThat(builder().profile(Profile.DEFAULT.withSeverity("ACME-EVID-001", Severity.ERROR)).build().validate(roadmap)
        .findingsOf("ACME-EVID-001")).extracting(Finding::getSeverity).containsExactly(Severity.ERROR);
    assertThat(builder().profile(Profile.STRICT).build().validate(roadmap)
        .findingsOf("ACME-EVID-001")).extracting(Finding::getSeverity).containsExactly(Severity.ERROR);
    assertThat(builder().profile(Profile.DEFAULT.without("ACME-EVID-001")).build().validate(roadmap)
        .findingsOf("ACME-EVID-001")).isEmpty();
  }

  @Test
  void waiver_waivesACustomFinding() {
    Waiver waiver = Waiver.builder().ruleId("ACME-EVID-001").location("C2.GT.B").reason("collected later").build();

    ValidationReport report = builder().waivers(List.of(waiver)).build().validate(withoutEvidence());

    assertThat(report.findingsOf("ACME-EVID-001")).isEmpty();
    assertThat(report.waived()).extracting(Finding::getRuleId).containsExactly("ACME-EVID-001");
  }

  @Test
  void build_idOfTheCatalogue_isRefused() {
    assertThatThrownBy(() -> RoadmapValidator.builder().rules(new Clashing()).build())
        .isInstanceOf(RoadmapException.class)
        .hasMessage("rule ids must be unique, but 'WSIS-TEXT-001' of " + Clashing.class.getName() + " is also the id of a rule of the catalogue");
  }

  @Test
  void build_twoChecksWithOneId_isRefused() {
    assertThatThrownBy(() -> builder().rules(new EvidenceGiven()).build())
        .isInstanceOf(RoadmapException.class)
        .hasMessage("rule ids must be unique, but 'ACME-EVID-001' of " + EvidenceGiven.class.getName() + " is also the id of a rule of "
            + EvidenceGiven.class.getName());
  }

  @Test
  void build_profileNamingAnUnknownCustomRule_isRefused() {
    assertThatThrownBy(() -> RoadmapValidator.builder().profile(Profile.DEFAULT.without("ACME-NONE-001")).build())
        .isInstanceOf(RoadmapException.class)
        .hasMessage("a profile must name known rules, but profile 'default' names 'ACME-NONE-001', which is neither in the catalogue nor"
            + " registered with this validator");
  }

  @Test
  void customRule_idInTheCatalogueNamespace_throws() {
    assertThatThrownBy(() -> CustomRule.of("WSIS-ACME-001", Severity.INFO, "t", "r"))
        .isInstanceOf(RoadmapException.class)
        .hasMessageContaining("outside the WSIS- namespace");
    assertThat(CustomRule.of("ACME-A-1", Severity.INFO, "t", "r").getId()).isEqualTo("ACME-A-1");
  }

  @Test
  void discoverRules_findsTheServicesOfTheClassLoader() {
    RoadmapValidator validator = RoadmapValidator.builder().discoverRules(getClass().getClassLoader()).build();

    assertThat(validator.customRules()).extracting(RuleDefinition::getId).containsExactly("ACME-DISC-001");
  }

  @Test
  void stream_customRule_reportsAsTheRoadmap() {
    RoadmapValidator validator = builder().build();
    Roadmap roadmap = withoutEvidence();

    assertThat(StreamValidationPropertiesTest.streamed(validator, roadmap).toJson()).isEqualTo(validator.validate(roadmap).toJson());
  }
}
