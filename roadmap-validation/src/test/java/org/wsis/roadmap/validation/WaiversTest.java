package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.Roadmap;

final class WaiversTest {
  private static final String YAML = String.join("\n",
      "waivers:",
      "  - rule: WSIS-TIME-003",
      "    location: C2.GT.*",
      "    reason: Timing is agreed at the next meeting",
      "    expires: 2025-06-30",
      "");

  /** The clean fixture with no timing in C2.GT.A. */
  private static Roadmap missingTiming() {
    return Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.timing(java.util.Optional.empty())));
  }

  private static RoadmapValidator validator(List<Waiver> waivers) {
    return RoadmapValidator.builder().clock(Fixtures.CLOCK).waivers(waivers).build();
  }

  private static Waiver waiver(String rule, String location, LocalDate expires) {
    Waiver.Builder waiver = Waiver.builder().ruleId(rule).location(location).reason("accepted for this edition");
    if (expires != null) {
      waiver.expires(expires);
    }
    return waiver.build();
  }

  @Test
  void parse_yaml_readsEveryField() {
    List<Waiver> waivers = Waivers.parse(YAML, "waivers.yaml");

    assertThat(waivers).containsExactly(Waiver.builder().ruleId("WSIS-TIME-003").location("C2.GT.*")
        .reason("Timing is agreed at the next meeting").expires(LocalDate.of(2025, 6, 30)).build());
  }

  @Test
  void read_jsonFile_readsTheSameWaivers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("waivers.json");
    Files.writeString(file, "{\"waivers\": [{\"rule\": \"WSIS-TIME-003\", \"location\": \"C2.GT.*\","
        + " \"reason\": \"Timing is agreed at the next meeting\", \"expires\": \"2025-06-30\"}]}");

    assertThat(Waivers.read(file)).isEqualTo(Waivers.parse(YAML, "waivers.yaml"));
  }

  @Test
  void parse_unknownRule_throwsWithLineAndColumn() {
    String text = "waivers:\n  - rule: WSIS-NOPE-001\n    location: C2.GT.A\n    reason: r\n";

    assertThatThrownBy(() -> Waivers.parse(text, "waivers.yaml"))
        .isInstanceOf(WaiverFileException.class)
        .isInstanceOf(RoadmapException.class)
        .hasMessage("waivers.yaml:2:11: waiver rule must be a rule id of the catalogue such as 'WSIS-TEXT-002' or of a custom rule such as 'ACME-LINK-001', but was: 'WSIS-NOPE-001'")
        .satisfies(e -> {
          WaiverFileException w = (WaiverFileException) e;
          assertThat(w.getLine()).isEqualTo(2);
          assertThat(w.getColumn()).isEqualTo(11);
          assertThat(w.getSource()).isEqualTo("waivers.yaml");
        });
  }

  @Test
  void parse_missingReason_throwsAtTheWaiver() {
    String text = "waivers:\n  - rule: WSIS-TIME-003\n    location: C2.GT.A\n";

    assertThatThrownBy(() -> Waivers.parse(text, "w.yaml"))
        .isInstanceOf(WaiverFileException.class)
        .hasMessageStartingWith("w.yaml:2:")
        .hasMessageEndingWith("a waiver must have a 'reason', but this one has none");
  }

  @Test
  void parse_badDate_throwsAtTheDate() {
    String text = "waivers:\n  - rule: WSIS-TIME-003\n    location: C2.GT.A\n    reason: r\n    expires: next year\n";

    assertThatThrownBy(() -> Waivers.parse(text, "w.yaml"))
        .isInstanceOf(WaiverFileException.class)
        .hasMessage("w.yaml:5:14: waiver expiry must be a date such as '2025-06-30', but was: 'next year'");
  }

  @Test
  void parse_unknownField_throws() {
    String text = "waivers:\n  - rule: WSIS-TIME-003\n    where: C2.GT.A\n";

    assertThatThrownBy(() -> Waivers.parse(text, "w.yaml"))
        .isInstanceOf(WaiverFileException.class)
        .hasMessage("w.yaml:3:5: a waiver's fields are rule, location, reason and expires, but one was: 'where'");
  }

  @Test
  void parse_malformedJson_throwsWithLocation() {
    assertThatThrownBy(() -> Waivers.parse("{\"waivers\": [ {\"rule\": }", "w.json"))
        .isInstanceOf(WaiverFileException.class)
        .hasMessageStartingWith("w.json:1:")
        .hasMessageContaining("waiver file must be well-formed JSON");
  }

  @Test
  void parse_emptyFile_hasNoWaiver() {
    assertThat(Waivers.parse("", "w.yaml")).isEmpty();
  }

  @Test
  void validate_matchingWaiver_reportsTheFindingAsWaived() {
    ValidationReport report = validator(Waivers.parse(YAML, "waivers.yaml")).validate(missingTiming());

    assertThat(report.active()).isEmpty();
    assertThat(report.waived()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("WSIS-TIME-003");
      assertThat(f.getWaiver()).map(Waiver::getReason).hasValue("Timing is agreed at the next meeting");
    });
    assertThat(report.toText()).contains("WAIVED (1)", "waived: Timing is agreed at the next meeting (until 2025-06-30)");
    assertThat(report.toSarif()).contains("\"suppressions\"", "\"justification\" : \"Timing is agreed at the next meeting\"");
  }

  @Test
  void validate_waiverOfErrors_makesTheRoadmapValid() {
    Roadmap roadmap = Fixtures.withOutcome(Fixtures.clean(), 0, 0, o -> Fixtures.edit(o, b -> b.statement("").subItems(List.of())));

    assertThat(Fixtures.validator().validate(roadmap).isValid()).isFalse();
    assertThat(validator(List.of(waiver("WSIS-TEXT-001", "/actionLines/0/outcomes/0/statement", null))).validate(roadmap).isValid()).isTrue();
  }

  @Test
  void validate_expiredWaiver_silencesNothingAndIsAFinding() {
    ValidationReport report = validator(List.of(waiver("WSIS-TIME-003", "C2.GT.A", LocalDate.of(2024, 10, 31)))).validate(missingTiming());

    assertThat(report.active()).extracting(Finding::getRuleId).containsExactly("WSIS-VAL-001", "WSIS-TIME-003");
    assertThat(report.findingsOf("WSIS-VAL-001").get(0).getMessage())
        .isEqualTo("a waiver must be current, but the waiver of WSIS-TIME-003 at 'C2.GT.A' expired on 2024-10-31");
  }

  @Test
  void validate_waiverOnItsLastDay_stillApplies() {
    ValidationReport report = validator(List.of(waiver("WSIS-TIME-003", "C2.GT.A", LocalDate.of(2024, 11, 1)))).validate(missingTiming());

    assertThat(report.active()).isEmpty();
  }

  @Test
  void validate_waiverMatchingNothing_isAnInfoFinding() {
    ValidationReport report = validator(List.of(waiver("WSIS-TIME-003", "C6.*", null))).validate(missingTiming());

    assertThat(report.active()).extracting(Finding::getRuleId).containsExactly("WSIS-VAL-002", "WSIS-TIME-003");
  }

  @Test
  void validate_waiverOfFatal_isIgnoredAndReported() {
    Roadmap duplicate = Defects.all().get(Rule.ID_001).apply(Fixtures.clean());

    ValidationReport report = validator(List.of(waiver("WSIS-ID-001", "C2.GT.A", null))).validate(duplicate);

    assertThat(report.active()).extracting(Finding::getRuleId).containsExactly("WSIS-VAL-003", "WSIS-ID-001");
    assertThat(report.waived()).isEmpty();
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void matches_globStarStopsAtSlash_doubleStarDoesNot() {
    Finding finding = Fixtures.validator().validate(missingTiming()).getFindings().get(0);

    assertThat(waiver("WSIS-TIME-003", "/actionLines/*/outcomes/*/timing", null).matches(finding)).isTrue();
    assertThat(waiver("WSIS-TIME-003", "/actionLines/*", null).matches(finding)).isFalse();
    assertThat(waiver("WSIS-TIME-003", "/actionLines/**", null).matches(finding)).isTrue();
    assertThat(waiver("WSIS-TEXT-001", "/actionLines/**", null).matches(finding)).isFalse();
  }

  @Test
  void builder_unknownRule_throws() {
    assertThatThrownBy(() -> waiver("WSIS-XYZ-001", "C2.GT.A", null))
        .isInstanceOf(RoadmapException.class)
        .hasMessage("waiver rule id must name a rule of the catalogue or a custom rule such as 'ACME-LINK-001', but was: 'WSIS-XYZ-001'");
  }
}
