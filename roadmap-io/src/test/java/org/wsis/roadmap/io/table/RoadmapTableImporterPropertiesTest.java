package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Damaged versions of the 2024 document import or fail with a located {@link TableImportException}, nothing else. */
final class RoadmapTableImporterPropertiesTest {
  private static String text;
  private static String[] lines;

  @BeforeAll
  static void load() throws IOException {
    text = DocumentParserTest.Documents.text2024();
    lines = text.split("\n", -1);
  }

  private static void importsOrFailsWithALine(String input) {
    try {
      ImportResult result = RoadmapTableImporter.create().importText(input);
      assertThat(result.getRoadmap().getActionLines()).isNotEmpty();
      assertThat(result.getRoadmap().outcomes()).allSatisfy(o -> assertThat(o.getSource()).isPresent());
    } catch (TableImportException e) {
      assertThat(e.getLine()).isBetween(1, input.split("\n", -1).length + 1);
    }
  }

  @Test
  void importText_truncatedAnywhere_importsOrThrowsTableImportException() {
    qt().withExamples(40).forAll(integers().between(0, text.length())).checkAssert(end -> importsOrFailsWithALine(text.substring(0, end)));
  }

  @Test
  void importText_lineDeleted_importsOrThrowsTableImportException() {
    qt().withExamples(40).forAll(integers().between(0, lines.length - 1)).checkAssert(index -> {
      List<String> damaged = new ArrayList<>(Arrays.asList(lines));
      damaged.remove((int) index);
      importsOrFailsWithALine(String.join("\n", damaged));
    });
  }

  @Test
  void importText_lineRepeated_importsOrThrowsTableImportException() {
    qt().withExamples(40).forAll(integers().between(0, lines.length - 1)).checkAssert(index -> {
      List<String> damaged = new ArrayList<>(Arrays.asList(lines));
      damaged.add(index, lines[index]);
      importsOrFailsWithALine(String.join("\n", damaged));
    });
  }

  @Test
  void importText_tabsRemovedFromALine_importsOrThrowsTableImportException() {
    qt().withExamples(40).forAll(integers().between(0, lines.length - 1)).checkAssert(index -> {
      String[] damaged = lines.clone();
      damaged[index] = damaged[index].replace('\t', ' ');
      importsOrFailsWithALine(String.join("\n", damaged));
    });
  }
}
