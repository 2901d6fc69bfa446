package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.TableImportException;
import org.wsis.roadmap.testkit.RoadmapGenerator;

final class RoadmapWordDocumentTest {
  private static final Roadmap ROADMAP = WsisRoadmaps.edition2024();

  @Test
  void publish_bundledEdition_oneSevenColumnTablePerActionLineWithRepeatedHeader() throws Exception {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(RoadmapWordDocument.toBytes(ROADMAP)))) {
      List<XWPFTable> tables = document.getTables();
      assertThat(tables).hasSize(ROADMAP.getActionLines().size());
      for (XWPFTable table : tables) {
        assertThat(table.getRow(0).getTableCells()).hasSize(7);
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).getTableCells()).hasSize(1);
        assertThat(table.getRow(1).getCell(0).getText()).startsWith("Geneva Plan of Action and Tunis Agenda");
      }
      assertThat(document.getParagraphs().get(1).getText()).isEqualTo("(Draft as of 11 October 2024)");
    }
  }

  @Test
  void publish_twice_sameBytes() throws Exception {
    byte[] first = RoadmapWordDocument.toBytes(ROADMAP);
    byte[] second = RoadmapWordDocument.toBytes(ROADMAP);
    assertThat(java.util.Arrays.equals(first, second)).isTrue();
  }

  @Test
  void importOfPublished_bundledEdition_sameOutcomesStatementsAndTiming() {
    ImportResult result = RoadmapWordDocument.importDocument(new ByteArrayInputStream(RoadmapWordDocument.toBytes(ROADMAP)));
    Roadmap back = result.getRoadmap();
    assertThat(back.getTitle()).isEqualTo(ROADMAP.getTitle());
    assertThat(back.getStatus()).isEqualTo(ROADMAP.getStatus());
    assertThat(back.getAsOf()).isEqualTo(ROADMAP.getAsOf());
    assertThat(back.getActionLines()).extracting(ActionLineRoadmap::getActionLine)
        .containsExactlyElementsOf(ROADMAP.getActionLines().stream().map(ActionLineRoadmap::getActionLine).collect(Collectors.toList()));
    assertThat(back.outcomes()).extracting(Outcome::getId).containsExactlyElementsOf(ROADMAP.outcomes().stream().map(Outcome::getId).collect(Collectors.toList()));
    assertThat(back.outcomes()).extracting(Outcome::getStatement)
        .containsExactlyElementsOf(ROADMAP.outcomes().stream().map(Outcome::getStatement).collect(Collectors.toList()));
    assertThat(back.outcomes()).extracting(o -> o.getTiming().map(t -> t.getRaw()))
        .containsExactlyElementsOf(ROADMAP.outcomes().stream().map(o -> o.getTiming().map(t -> t.getRaw())).collect(Collectors.toList()));
  }

  @Test
  void importOfPublished_everyActionLine_C1toC11() {
    for (ActionLine actionLine : ActionLine.values()) {
      Roadmap generated = RoadmapGenerator.valid(new Random(actionLine.ordinal()), 2);
      ActionLineRoadmap first = generated.getActionLines().get(0);
      // Labels the importer reads (letters; it reads no numeric outcome label such as '1').
      List<Outcome> outcomes = new java.util.ArrayList<>();
      for (Outcome o : first.getOutcomes()) {
        String label = String.valueOf((char) ('A' + outcomes.size()));
        outcomes.add(o.withLabel(label).withId(org.wsis.roadmap.OutcomeId.of(actionLine, o.getSection(), label)));
      }
      Roadmap one = generated.withActionLines(List.of(first.withActionLine(actionLine).withOutcomes(outcomes)));
      ImportResult result = RoadmapWordDocument.importDocument(new ByteArrayInputStream(RoadmapWordDocument.toBytes(one)));
      assertThat(result.getRoadmap().getActionLines()).as(actionLine.getCode()).singleElement()
          .satisfies(line -> assertThat(line.getActionLine()).isEqualTo(actionLine));
      assertThat(result.getRoadmap().outcomes()).as(actionLine.getCode()).extracting(Outcome::getId)
          .containsExactlyElementsOf(one.outcomes().stream().map(Outcome::getId).collect(Collectors.toList()));
    }
  }

  @Test
  void import_documentWithNoTable_throwsTableImportException() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Minutes of the meeting");
      document.write(out);
    }
    assertThat(catchThrowableOfType(TableImportException.class,
        () -> RoadmapWordDocument.importDocument(new ByteArrayInputStream(out.toByteArray())))).isNotNull();
  }

  @Test
  void import_workbook_refusedAsNoWordDocument() {
    WorkbookReadException e = catchThrowableOfType(WorkbookReadException.class,
        () -> RoadmapWordDocument.importDocument(new ByteArrayInputStream("plain text".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(e.getMessage()).contains("Word document");
  }
}
