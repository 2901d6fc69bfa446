package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.TableImportException;
import org.wsis.roadmap.office.RoadmapWordDocument;

final class WordImportExampleTest {
  @TempDir
  Path dir;

  @Test
  void importDocument_published2024Roadmaps_givesTheBundledOutcomes() {
    Path document = dir.resolve("roadmaps-2024.docx");
    RoadmapWordDocument.publish(WsisRoadmaps.edition2024(), document);

    StdOutResult<ImportResult> run = StdOutResult.of(() -> WordImportExample.importDocument(document));

    assertThat(run.value().getRoadmap().outcomes()).extracting(o -> o.getId())
        .containsExactlyElementsOf(WsisRoadmaps.edition2024().outcomes().stream().map(o -> o.getId()).toList());
    assertThat(run.out()).contains("68 outcomes, " + run.value().getReport().getIssues().size() + " issues");
  }

  @Test
  void importDocument_handWrittenRowWithoutLabel_printsTheIssueWithItsTableRowAndCell() throws IOException {
    Path document = dir.resolve("c3.docx");
    try (XWPFDocument word = new XWPFDocument()) {
      word.createParagraph().createRun().setText("Roadmap C3");
      word.createParagraph().createRun().setText("(Draft as of 3 March 2031)");
      word.createParagraph().createRun().setText("Roadmap for WSIS Action Line C3: Access to information and knowledge");
      XWPFTable table = word.createTable(3, 7);
      String[] header = {"WSIS Outcomes", "Proposed Timing", "ITU Strategic Goals and Relevant Resolutions", "Linkages with SDGs",
        "Evidence-based analysis of the current situation", "Expected and Achieved results and targets to be achieved", "COVID-19 Response"};
      for (int c = 0; c < 7; c++) {
        table.getRow(0).getCell(c).setText(header[c]);
      }
      XWPFTableRow section = table.getRow(1);
      section.getCell(0).setText("Geneva Plan of Action and Tunis Agenda for the Information Society");
      table.getRow(2).getCell(0).setText("Promote access to public information.");
      try (var out = Files.newOutputStream(document)) {
        word.write(out);
      }
    }

    StdOutResult<ImportResult> run = StdOutResult.of(() -> WordImportExample.importDocument(document));

    assertThat(run.out()).contains("(table 1, row 3)  MALFORMED_ROW").contains("1 outcomes, 1 issues");
  }

  @Test
  void importDocument_documentWithoutRoadmapTable_throwsTableImportException() throws IOException {
    Path document = dir.resolve("minutes.docx");
    try (XWPFDocument word = new XWPFDocument(); var out = Files.newOutputStream(document)) {
      word.createParagraph().createRun().setText("Minutes of the meeting");
      word.write(out);
    }
    assertThat(catchThrowableOfType(TableImportException.class, () -> WordImportExample.importDocument(document))).isNotNull();
  }
}
