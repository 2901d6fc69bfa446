package org.wsis.roadmap.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * The generator's contract: valid roadmaps are consistent under the default profile and carry no
 * finding but WSIS-REF-006 on text references; a roadmap with a defect has findings of exactly the
 * defect's rule; the same seed gives the same roadmap.
 */
final class RoadmapGeneratorPropertiesTest {
  private static final RoadmapValidator VALIDATOR = RoadmapValidator.create();

  @Test
  void valid_anySeed_isConsistentUnderTheDefaultProfile() {
    qt().withExamples(1000).forAll(longs().all(), integers().between(0, 8)).checkAssert((seed, size) -> {
      Roadmap roadmap = RoadmapGenerator.valid(new Random(seed), size);

      ValidationReport report = VALIDATOR.validate(roadmap);

      RoadmapAssertions.assertThat(report).hasNoErrors();
      for (Finding finding : report.getFindings()) {
        assertThat(finding.getRuleId()).as(FindingsText.location(finding) + ": " + finding.getMessage()).isEqualTo("WSIS-REF-006");
        assertThat(referenceAt(roadmap, finding.getPointer()).getKind()).isEqualTo(Reference.Kind.TEXT);
      }
    });
  }

  @Test
  void valid_sameSeed_sameRoadmap() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 8)).checkAssert((seed, size) ->
        assertThat(RoadmapGenerator.valid(new Random(seed), size)).isEqualTo(RoadmapGenerator.valid(new Random(seed), size)));
  }

  @Test
  void withDefect_anyDefect_yieldsFindingsOfExactlyItsRule() {
    Defect[] defects = Defect.values();
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 8), integers().between(0, defects.length - 1))
        .checkAssert((seed, size, index) -> {
          Defect defect = defects[index];
          Roadmap roadmap = RoadmapGenerator.withDefect(new Random(seed), size, defect);

          RoadmapAssertions.assertThat(VALIDATOR.validate(roadmap)).as(defect.name()).hasOnlyFindingsOf(defect.getRuleId());
        });
  }

  @Test
  void withDefect_everyDefectOnFixedSeeds_yieldsFindingsOfExactlyItsRule() {
    for (Defect defect : Defect.values()) {
      for (long seed = 0; seed < 10; seed++) {
        Roadmap roadmap = RoadmapGenerator.withDefect(new Random(seed), (int) (seed % 9), defect);
        RoadmapAssertions.assertThat(VALIDATOR.validate(roadmap)).as(defect + " seed " + seed).hasOnlyFindingsOf(defect.getRuleId());
      }
    }
  }

  @Test
  void withDefect_sameSeed_sameRoadmap() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, Defect.values().length - 1)).checkAssert((seed, index) -> {
      Defect defect = Defect.values()[index];
      assertThat(RoadmapGenerator.withDefect(new Random(seed), 5, defect)).isEqualTo(RoadmapGenerator.withDefect(new Random(seed), 5, defect));
    });
  }

  @Test
  void defects_everyRuleFamilyOfARoadmap_hasOne() {
    assertThat(Arrays.stream(Defect.values()).map(d -> d.getRule().getFamily()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(org.wsis.roadmap.validation.Rule.Family.IDENTITY, org.wsis.roadmap.validation.Rule.Family.SDG,
            org.wsis.roadmap.validation.Rule.Family.TIMING, org.wsis.roadmap.validation.Rule.Family.REFERENCES,
            org.wsis.roadmap.validation.Rule.Family.RESULTS, org.wsis.roadmap.validation.Rule.Family.TEXT,
            org.wsis.roadmap.validation.Rule.Family.COVID, org.wsis.roadmap.validation.Rule.Family.STRUCTURE);
  }

  @Test
  void valid_negativeSize_throws() {
    assertThatThrownBy(() -> RoadmapGenerator.valid(new Random(1), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("size must not be negative, but was: -1");
    assertThatThrownBy(() -> RoadmapGenerator.withDefect(new Random(1), -2, Defect.NO_TIMING))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("size must not be negative, but was: -2");
  }

  @Test
  void valid_nullRandom_throws() {
    assertThatThrownBy(() -> RoadmapGenerator.valid(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("random");
    assertThatThrownBy(() -> RoadmapGenerator.withDefect(new Random(1), 1, null)).isInstanceOf(NullPointerException.class).hasMessage("defect");
  }

  @Test
  void valid_sizeZero_isOneTableWithOneOutcome() {
    Roadmap roadmap = RoadmapGenerator.valid(new Random(3), 0);

    assertThat(roadmap.getActionLines()).hasSize(1);
    assertThat(roadmap.outcomes()).hasSize(1);
  }

  /** The reference a finding's pointer names: {@code /mandateReferences/2} or {@code /actionLines/0/outcomes/1/references/0}. */
  private static Reference referenceAt(Roadmap roadmap, String pointer) {
    String[] tokens = pointer.substring(1).split("/");
    if (tokens[0].equals("mandateReferences")) {
      return roadmap.getMandateReferences().get(Integer.parseInt(tokens[1]));
    }
    return roadmap.getActionLines().get(Integer.parseInt(tokens[1])).getOutcomes().get(Integer.parseInt(tokens[3]))
        .getReferences().get(Integer.parseInt(tokens[5]));
  }
}
