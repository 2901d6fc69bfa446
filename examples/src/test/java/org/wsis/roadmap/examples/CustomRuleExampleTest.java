package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.examples.CustomRuleExample.StatementLength;
import org.wsis.roadmap.testkit.RuleFixtures;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Profile;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.Severity;

final class CustomRuleExampleTest {
  private final Roadmap clean = RuleFixtures.passing(7);

  @Test
  void statementLength_shortStatements_pass() {
    RuleFixtures.assertPasses(new StatementLength(), clean);
  }

  @Test
  void statementLength_longStatement_failsAtTheStatement() {
    Roadmap roadmap = RuleFixtures.withFirstOutcome(clean, o -> o.withStatement("Promote access. ".repeat(40)));

    List<Finding> found = RuleFixtures.assertFails(new StatementLength(), roadmap, "EXAMPLE-TEXT-001");

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.getPointer()).isEqualTo("/actionLines/0/outcomes/0/statement");
      assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
      assertThat(f.getMessage()).isEqualTo("a statement must be at most 600 characters long, but has 640");
    });
  }

  @Test
  void validate_reportsTheRuleInEveryFormat() {
    Roadmap roadmap = RuleFixtures.withFirstOutcome(clean, o -> o.withStatement("x".repeat(601)));

    var report = CustomRuleExample.validate(roadmap);

    assertThat(report.findingsOf("EXAMPLE-TEXT-001")).hasSize(1);
    assertThat(report.toText()).contains("INFO EXAMPLE-TEXT-001 Statements stay short (1)");
    assertThat(report.toJson()).contains("\"ruleId\" : \"EXAMPLE-TEXT-001\"");
    assertThat(report.toSarif()).contains("\"id\" : \"EXAMPLE-TEXT-001\"").contains("\"family\" : \"CUSTOM\"");
  }

  @Test
  void discoverRules_findsTheServiceOfThisModule() {
    RoadmapValidator validator = RoadmapValidator.builder().discoverRules(CustomRuleExample.class.getClassLoader())
        .profile(Profile.DEFAULT.withSeverity("EXAMPLE-TEXT-001", Severity.ERROR)).build();
    Roadmap roadmap = RuleFixtures.withFirstOutcome(clean, o -> o.withStatement("x".repeat(601)));

    assertThat(validator.customRules()).extracting(r -> r.getId()).containsExactly("EXAMPLE-TEXT-001");
    assertThat(validator.validate(roadmap).findingsOf("EXAMPLE-TEXT-001")).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.ERROR);
  }
}
