package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;

/** Any text goes through the flat CSV table exactly, inert for spreadsheets, or is refused when UTF-8 cannot hold it. */
final class RoadmapCsvPropertiesTest {
  /** The characters that matter to CSV, spreadsheets and the writer's marking, often drawn. */
  private static final String EDGES = "=+-@\t\r\n'\",; #a\u00e9\u20ac";

  /** Any code point, lone surrogates included, or a character that matters to CSV. */
  private static Gen<String> texts() {
    Gen<String> anyCodePoints = strings().allPossible().ofLengthBetween(0, 12);
    Gen<String> edgy = lists().of(integers().between(0, EDGES.length() - 1)).ofSizeBetween(0, 12)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(EDGES.charAt(i))).collect(Collectors.joining()));
    return anyCodePoints.mix(edgy, 60);
  }

  private static boolean wellFormed(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }

  /** A roadmap whose first outcome holds the text in every free-text column. */
  private static Roadmap holding(String text) {
    return RoadmapCsvTest.withFirstOutcome(b -> b.label(text).statement(text).timing(Timing.builder().raw(text).build())
        .sdgRaw(text)
        // a reference's text cannot hold a line break: the cell holds one reference per line
        .references(List.of(TextRef.builder().raw(text.replace('\n', ' ')).build())));
  }

  @Test
  void readOutcomes_ofWrittenText_givesEveryTextBackExactly() {
    qt().withExamples(2000).forAll(texts()).assuming(RoadmapCsvPropertiesTest::wellFormed).checkAssert(text -> {
      Roadmap roadmap = holding(text);
      assertThat(RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(roadmap))).isEqualTo(OutcomeRow.allOf(roadmap));
    });
  }

  @Test
  void readOutcomes_ofWrittenUtf8Bytes_givesEveryTextBackExactly() {
    qt().withExamples(500).forAll(texts()).assuming(RoadmapCsvPropertiesTest::wellFormed).checkAssert(text -> {
      Roadmap roadmap = holding(text);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      RoadmapCsv.writeOutcomes(roadmap, out);
      assertThat(RoadmapCsv.readOutcomes(new java.io.ByteArrayInputStream(out.toByteArray())))
          .isEqualTo(OutcomeRow.allOf(roadmap));
    });
  }

  @Test
  void toOutcomesString_anyText_noCellStartsAFormula() {
    qt().withExamples(1000).forAll(texts()).assuming(RoadmapCsvPropertiesTest::wellFormed).checkAssert(text ->
        assertThat(RoadmapCsvTest.rawRows(RoadmapCsv.toOutcomesString(holding(text))))
            .allSatisfy(row -> assertThat(row).allSatisfy(cell ->
                assertThat(cell.isEmpty() || RoadmapCsvTest.FORMULA_STARTS.indexOf(cell.charAt(0)) < 0)
                    .as("cell %s", cell).isTrue())));
  }

  @Test
  void toOutcomesString_textWithUnpairedSurrogate_throwsRoadmapException() {
    qt().withExamples(500).forAll(texts(), integers().between(0xD800, 0xDFFF))
        .checkAssert((text, surrogate) -> {
          String broken = text + "x" + (char) surrogate.intValue() + "x";
          assertThatThrownBy(() -> RoadmapCsv.toOutcomesString(holding(broken)))
              .isInstanceOf(RoadmapException.class).hasMessageContaining("unpaired surrogate");
        });
  }
}
