package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;

final class OwnValidatorExampleTest {
  @Test
  void constraintMessages_defectiveOutcome_speakTheModelsWords() {
    try (ValidatorFactory factory = OwnValidatorExample.applicationValidatorFactory()) {
      assertThat(OwnValidatorExample.constraintMessages(factory.getValidator(), OwnValidatorExample.defectiveOutcome()))
          .containsExactly("evidence[1].<list element>: a text is not blank", "label: a label is 1 to 12 letters or digits");
    }
  }

  @Test
  void constraintMessages_goodOutcome_none() {
    try (ValidatorFactory factory = OwnValidatorExample.applicationValidatorFactory()) {
      assertThat(OwnValidatorExample.constraintMessages(factory.getValidator(), ExampleRoadmaps.infrastructure())).isEmpty();
    }
  }

  @Test
  void ruleFindings_blankStatement_isAMeaningFinding() {
    Roadmap roadmap = ExampleRoadmaps.edition(OwnValidatorExample.defectiveOutcome().withLabel("A"));

    assertThat(OwnValidatorExample.ruleFindings(roadmap)).anyMatch(f -> f.startsWith("WSIS-TEXT-001 C2.GT.A: "));
  }

  @Test
  void ruleFindings_goodRoadmap_noTextFinding() {
    Roadmap roadmap = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure());

    assertThat(OwnValidatorExample.ruleFindings(roadmap)).noneMatch(f -> f.startsWith("WSIS-TEXT-001"));
  }

  @Test
  void main_printsBothLayers() {
    String out = StdOut.of(() -> OwnValidatorExample.main(new String[0]));

    assertThat(out).contains("shape:   label: a label is 1 to 12 letters or digits")
        .contains("meaning: WSIS-STR-001 C2.GT.A: ")
        .contains("meaning: WSIS-TEXT-001 C2.GT.A: ");
  }
}
