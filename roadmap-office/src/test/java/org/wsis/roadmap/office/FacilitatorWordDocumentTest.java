package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.TableLocation;

/**
 * A Word document written with POI the way facilitators write them: the header row repeated by hand on
 * a second page, a row split over the page break, section rows spanning the table, bullets in a cell,
 * a cell merged with the one below, a table nested in a cell and a line after the table. Its import
 * report is compared with {@code src/test/resources/golden/word-facilitator-import-report.txt}
 * (regenerate with {@code -Droadmap.regenerate=true}).
 */
final class FacilitatorWordDocumentTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/word-facilitator-import-report.txt");
  private static final String[] HEADER = {
    "WSIS Outcomes (WSIS AL C3)", "Proposed Timing", "ITU Strategic Goals and Relevant Resolutions", "Linkages with SDGs",
    "Evidence-based analysis of the current situation", "Expected and Achieved results and targets to be achieved",
    "COVID-19 Response"
  };

  private static ImportResult result;

  @BeforeAll
  static void importTheDocument() throws IOException {
    result = RoadmapWordDocument.importDocument(new ByteArrayInputStream(document()), "facilitator-c3.docx",
        org.wsis.roadmap.io.table.RoadmapTableImporter.create());
  }

  /** The document, as a facilitator would write it. */
  static byte[] document() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      BigInteger bullets = bullets(document);
      paragraph(document, "WSIS Action Line Roadmap C3");
      paragraph(document, "(Draft as of 3 March 2031)");
      paragraph(document, "1. Introduction");
      paragraph(document, "This roadmap sets out the work planned under Action Line C3 until 2035.");
      paragraph(document, "2. Roadmap for WSIS Action Line C3: Access to information and knowledge");
      paragraph(document, "Note: OER \u2013 Open Educational Resources");
      XWPFTable table = document.createTable(1, 7);
      XWPFTableRow header = table.getRow(0);
      header.setRepeatHeader(true);
      for (int c = 0; c < 7; c++) {
        header.getCell(c).setText(HEADER[c]);
      }
      sectionRow(table, "Geneva Plan of Action and Tunis Agenda for the Information Society");
      XWPFTableRow a = row(table, "A: Promote universal access to public information.", "2031-2035", "ITU Strategic Goal 1",
          "SDG 4, SDG 16", "", "", "");
      a.getCell(1).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      a.getCell(0).addParagraph().createRun().setText("A1. Open data portals in ten countries");
      a.getCell(0).addParagraph().createRun().setText("A2. Public libraries online");
      bullet(a.getCell(4), bullets, "Two thirds of public bodies publish no open data.");
      bullet(a.getCell(4), bullets, "Library catalogues are rarely online.");
      XWPFTableRow b = row(table, "B: Improve access to scientific knowledge.", "", "Resolution 139 (Rev. Bucharest, 2022)",
          "9.c", "", "Expected Result", "");
      b.getCell(1).getCTTc().addNewTcPr().addNewVMerge();
      bullet(b.getCell(5), bullets, "More open-access journals");
      row(table, "C: Develop open educational resources.", "2032", "", "SDG 4", "", "Targets", "")
          .getCell(5).addParagraph().createRun().setText("Train 500 teachers in the use of");
      XWPFTableRow again = table.createRow();
      for (int c = 0; c < 7; c++) {
        again.getCell(c).setText(HEADER[c]);
      }
      row(table, "", "", "", "", "", "open educational resources by 2034.", "");
      sectionRow(table, "WSIS+10 Outcome Documents");
      XWPFTableRow w10 = row(table, "a. Strengthen multilingual content online.", "Ongoing", "", "", "", "", "");
      XWPFTableCell references = w10.getCell(2);
      XWPFTable nested = references.insertNewTbl(references.getParagraphs().get(0).getCTP().newCursor());
      nested.getCTTbl().addNewTr().addNewTc().addNewP().addNewR().addNewT().setStringValue("PP Resolution 154");
      references.getCTTc().addNewP();
      paragraph(document, "Prepared by the secretariat of Action Line C3.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static void paragraph(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }

  private static BigInteger bullets(XWPFDocument document) {
    XWPFNumbering numbering = document.createNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ONE);
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("\u2022");
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
  }

  private static void bullet(XWPFTableCell cell, BigInteger numbering, String text) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    XWPFParagraph paragraph = first.getRuns().isEmpty() && first.getNumID() == null ? first : cell.addParagraph();
    paragraph.setNumID(numbering);
    paragraph.createRun().setText(text);
  }

  private static void sectionRow(XWPFTable table, String title) {
    XWPFTableRow row = table.createRow();
    for (int c = 6; c >= 1; c--) {
      row.removeCell(c);
    }
    row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(7));
    row.getCell(0).setText(title);
  }

  private static XWPFTableRow row(XWPFTable table, String... cells) {
    XWPFTableRow row = table.createRow();
    while (row.getTableCells().size() < 7) {
      row.addNewTableCell();
    }
    for (int c = 0; c < 7; c++) {
      if (!cells[c].isEmpty()) {
        row.getCell(c).setText(cells[c]);
      }
    }
    return row;
  }

  @Test
  void import_facilitatorDocument_outcomesAsWritten() {
    Roadmap roadmap = result.getRoadmap();
    assertThat(roadmap.getTitle()).isEqualTo("WSIS Action Line Roadmap C3");
    assertThat(roadmap.getStatus()).isEqualTo(RoadmapStatus.DRAFT);
    assertThat(roadmap.getIntroduction()).containsExactly("This roadmap sets out the work planned under Action Line C3 until 2035.");
    assertThat(roadmap.getGlossary()).singleElement().satisfies(g -> assertThat(g.getTerm()).isEqualTo("OER"));
    assertThat(roadmap.getActionLines()).singleElement().satisfies(line -> assertThat(line.getActionLine()).isEqualTo(ActionLine.C3));
    assertThat(roadmap.outcomes()).extracting(o -> o.getId().toString())
        .containsExactly("C3.GT.A", "C3.GT.B", "C3.GT.C", "C3.W10.a");
    Outcome a = roadmap.outcomes().get(0);
    assertThat(a.getStatement()).isEqualTo("Promote universal access to public information.");
    assertThat(a.getSubItems()).extracting(s -> s.getLabel() + " " + s.getText())
        .containsExactly("A1 Open data portals in ten countries", "A2 Public libraries online");
    assertThat(a.getEvidence()).containsExactly("Two thirds of public bodies publish no open data.", "Library catalogues are rarely online.");
    Outcome b = roadmap.outcomes().get(1);
    assertThat(b.getTiming()).hasValueSatisfying(t -> assertThat(t.getRaw()).isEqualTo("2031-2035"));
    assertThat(b.getResults().getExpected()).containsExactly("More open-access journals");
    Outcome c = roadmap.outcomes().get(2);
    assertThat(c.getResults().getTargets()).singleElement()
        .satisfies(t -> assertThat(t.getText()).isEqualTo("Train 500 teachers in the use of open educational resources by 2034."));
    Outcome w10 = roadmap.outcomes().get(3);
    assertThat(w10.getSection()).isEqualTo(OutcomeSection.WSIS_PLUS_10);
    assertThat(w10.getReferences()).singleElement().satisfies(r -> assertThat(r.getRaw()).isEqualTo("PP Resolution 154"));
  }

  @Test
  void import_facilitatorDocument_issuesLocatedByTableRowAndCell() {
    assertThat(result.getReport().getIssues()).filteredOn(i -> i.getKind() == ImportIssue.Kind.MALFORMED_ROW)
        .extracting(i -> i.getLocation().orElseThrow())
        .containsExactly(new TableLocation(1, 4, 2), new TableLocation(1, 9, 3));
    assertThat(result.getReport().getIssues()).filteredOn(i -> i.getKind() == ImportIssue.Kind.JOINED_ACROSS_PAGE_BREAK)
        .singleElement().satisfies(i -> assertThat(i.getLocation()).contains(new TableLocation(1, 7, 6)));
    assertThat(result.getReport().getIssues()).filteredOn(i -> i.getKind() == ImportIssue.Kind.UNPLACED_TEXT)
        .singleElement().satisfies(i -> assertThat(i.getText()).startsWith("Prepared by the secretariat"));
  }

  @Test
  void import_facilitatorDocument_reportAsTheGoldenFile() throws IOException {
    String report = result.getReport().toText();
    if (Boolean.getBoolean("roadmap.regenerate")) {
      Files.writeString(GOLDEN, report, StandardCharsets.UTF_8);
    }
    assertThat(report).as("golden file is stale: run with -Droadmap.regenerate=true and review the diff")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
