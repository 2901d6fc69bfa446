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
  void catalogue_everyRuleOfTheRoadmap_hasADefectFixture() {
    Set<Rule> covered = EnumSet.copyOf(Defects.all().keySet());
    Set<Rule> missing = Stream.of(Rule.values())
        .filter(rule -> rule.getFamily() != Rule.Family.VALIDATION)
        .filter(rule -> !covered.contains(rule))
        .collect(Collectors.toSet());

    assertThat(missing).isEmpty();
  }
}
