package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.testkit.RoadmapGenerator;

/**
 * Word publication and import of the test kit's generated roadmaps, their tables given every action
 * line from C1 to C11.
 *
 * <p>A generated roadmap holds values no roadmap document prints, so its first trip through a
 * document keeps what the document prints and reads the rest from it, as the text importer does: its
 * typed readings (the metric of an achievement, the SDG note, the typing of COVID-19 items, the body
 * of a resolution, the facilitator, mandate references and glossary the introduction and notes do not
 * name) are drawn by the generator independently of their text, so they come back as the text reads.
 * Outcome labels are given as the documents print them: letters (the importer reads no numeric
 * outcome or sub-item label such as {@code 1.}, which in a cell is a list number); that is the one
 * change made to the generated roadmap before publication. A paragraph printed as text (not as a list
 * item) that opens with a dash and a space reads as a list item with a typed bullet, as in the text
 * export, so it loses its dash. After that first trip a roadmap is in
 * document form, and publication then import gives it back equal but for source locations.
 */
final class RoadmapWordDocumentPropertiesTest {
  private static final int EXAMPLES = 40;

  /** Generated roadmaps, their tables given action lines drawn from all of C1 to C11, labels as documents print them. */
  static Gen<Roadmap> roadmaps() {
    return longs().all().zip(integers().between(0, 4), (seed, size) -> printable(RoadmapGenerator.valid(new Random(seed), size), seed));
  }

  static Roadmap printable(Roadmap roadmap, long seed) {
    Random random = new Random(seed);
    List<ActionLine> codes = new ArrayList<>(List.of(ActionLine.values()));
    java.util.Collections.shuffle(codes, random);
    List<ActionLineRoadmap> lines = new ArrayList<>();
    int n = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      ActionLine code = codes.get(n++ % codes.size());
      List<Outcome> outcomes = new ArrayList<>();
      OutcomeSection section = null;
      int index = 0;
      for (Outcome outcome : line.getOutcomes()) {
        index = outcome.getSection() == section ? index + 1 : 0;
        section = outcome.getSection();
        String label = String.valueOf((char) ('A' + index));
        List<SubItem> subItems = new ArrayList<>();
        for (SubItem item : outcome.getSubItems()) {
          subItems.add(item.withLabel(label + (subItems.size() + 1)));
        }
        outcomes.add(outcome.withLabel(label).withId(OutcomeId.of(code, section, label)).withSubItems(subItems));
      }
      lines.add(line.withActionLine(code).withOutcomes(outcomes));
    }
    return roadmap.withActionLines(lines);
  }

  static Roadmap trip(Roadmap roadmap) {
    ImportResult result = RoadmapWordDocument.importDocument(new ByteArrayInputStream(RoadmapWordDocument.toBytes(roadmap)));
    return result.getRoadmap();
  }

  /** The roadmap without the source locations of its action lines and outcomes. */
  static Roadmap withoutSources(Roadmap roadmap) {
    List<ActionLineRoadmap> lines = new ArrayList<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : line.getOutcomes()) {
        outcomes.add(outcome.withSource(Optional.empty()));
      }
      lines.add(line.withSource(Optional.empty()).withOutcomes(outcomes));
    }
    return roadmap.withActionLines(lines);
  }

  /** A paragraph opening with a typed bullet ({@code "- "}) is a list item in a document, its bullet not part of its text. */
  static String typedBulletRemoved(String text) {
    return text.startsWith("- ") || text.startsWith("\u2022 ") ? text.substring(2).strip() : text;
  }

  @Test
  void importOfPublished_generated_keepsWhatTheDocumentPrints() {
    qt().withExamples(EXAMPLES).withShrinkCycles(5).forAll(roadmaps()).checkAssert(r -> {
      Roadmap back = trip(r);
      assertThat(back.getId()).isEqualTo(r.getId());
      assertThat(back.getTitle()).isEqualTo(r.getTitle());
      assertThat(back.getStatus()).isEqualTo(r.getStatus());
      assertThat(back.getAsOf()).isEqualTo(r.getAsOf());
      assertThat(back.getIntroduction()).isEqualTo(r.getIntroduction());
      assertThat(back.getActionLines()).hasSameSizeAs(r.getActionLines());
      for (int l = 0; l < r.getActionLines().size(); l++) {
        ActionLineRoadmap line = r.getActionLines().get(l);
        ActionLineRoadmap read = back.getActionLines().get(l);
        assertThat(read.getActionLine()).isEqualTo(line.getActionLine());
        assertThat(read.getTitle()).isEqualTo(line.getTitle());
        assertThat(read.getNotes()).isEqualTo(line.getNotes());
        assertThat(read.getOutcomes()).extracting(Outcome::getId).containsExactlyElementsOf(
            line.getOutcomes().stream().map(Outcome::getId).toList());
        for (int k = 0; k < line.getOutcomes().size(); k++) {
          Outcome outcome = line.getOutcomes().get(k);
          Outcome again = read.getOutcomes().get(k);
          assertThat(again.getStatement()).as(outcome.getId().toString()).isEqualTo(outcome.getStatement());
          assertThat(again.getSubItems()).as(outcome.getId().toString()).isEqualTo(outcome.getSubItems());
          assertThat(again.getTiming().map(Timing::getRaw)).isEqualTo(outcome.getTiming().map(Timing::getRaw));
          assertThat(again.getReferences()).extracting(Reference::getRaw)
              .containsExactlyElementsOf(outcome.getReferences().stream().map(Reference::getRaw).toList());
          assertThat(again.getEvidence()).isEqualTo(outcome.getEvidence());
          assertThat(again.getResults().getExpected()).isEqualTo(outcome.getResults().getExpected());
          assertThat(again.getResults().getActivities()).isEqualTo(outcome.getResults().getActivities());
          assertThat(again.getResults().getText()).isEqualTo(outcome.getResults().getText().stream().map(t -> typedBulletRemoved(t)).toList());
        }
      }
    });
  }

  @Test
  void importOfPublished_documentForm_equalButForSourceLocations() {
    qt().withExamples(EXAMPLES).withShrinkCycles(5).forAll(roadmaps()).checkAssert(r -> {
      Roadmap once = trip(r);
      assertThat(withoutSources(trip(once))).isEqualTo(withoutSources(once));
    });
  }
}
