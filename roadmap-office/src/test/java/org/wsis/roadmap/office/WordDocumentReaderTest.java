package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.roadmap.office.HostileWordDocumentTest.body;
import static org.wsis.roadmap.office.HostileWordDocumentTest.p;
import static org.wsis.roadmap.office.HostileWordDocumentTest.repack;
import static org.wsis.roadmap.office.HostileWordDocumentTest.row;
import static org.wsis.roadmap.office.HostileWordDocumentTest.text;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportResult;

/** How the Word reader maps Word's own structures (content controls, grid columns, header rows) onto table rows. */
final class WordDocumentReaderTest {
  private static final String HEADER = row("WSIS Outcomes (WSIS AL C3)", "Proposed Timing",
      "ITU Strategic Goals and Relevant Resolutions", "Linkages with SDGs", "Evidence-based analysis of the current situation",
      "Expected and Achieved results and targets to be achieved", "COVID-19 Response");
  private static final String SECTION = row("Geneva Plan of Action and Tunis Agenda for the Information Society", "", "", "", "", "", "");

  private static ImportResult read(String content) {
    return HostileWordDocumentTest.importBytes(repack(Map.of("word/document.xml", text(body(content)))));
  }

  private static String sdt(String content) {
    return "<w:sdt><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
  }

  @Test
  void import_contentControls_titleAndCellReadAsText() {
    String cell = sdt("<w:tc>" + p("2031-2035") + "</w:tc>");
    String outcome = "<w:tr><w:tc>" + p("A: Promote access.") + "</w:tc>" + cell
        + "<w:tc>" + p("ITU Strategic Goal 1") + "</w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>";
    ImportResult result = read(sdt(p("Roadmaps C3")) + p("(Draft as of 3 March 2031)")
        + p("Roadmap for WSIS Action Line C3: Access to information and knowledge") + "<w:tbl>" + HEADER + SECTION + outcome + "</w:tbl>");
    assertThat(result.getRoadmap().getTitle()).isEqualTo("Roadmaps C3");
    Outcome a = result.getRoadmap().outcomes().get(0);
    assertThat(a.getTiming()).hasValueSatisfying(t -> assertThat(t.getRaw()).isEqualTo("2031-2035"));
    assertThat(a.getReferences()).singleElement().satisfies(r -> assertThat(r.getRaw()).isEqualTo("ITU Strategic Goal 1"));
  }

  @Test
  void import_rowsAboveTheHeader_reportedAndSkipped() {
    ImportResult result = read(p("Roadmaps C3") + p("(Draft as of 3 March 2031)")
        + p("Roadmap for WSIS Action Line C3: Access to information and knowledge")
        + "<w:tbl>" + row("Table 3: the roadmap of C3", "", "", "", "", "", "") + HEADER + SECTION
        + row("A: Promote access.", "2031", "", "", "", "", "") + "</w:tbl>");
    assertThat(result.getRoadmap().outcomes()).extracting(o -> o.getId().toString()).containsExactly("C3.GT.A");
    assertThat(result.getReport().getIssues()).filteredOn(i -> i.getKind() == ImportIssue.Kind.UNPLACED_TEXT).singleElement()
        .satisfies(i -> assertThat(i.getMessage()).contains("above the table's header row"));
  }

  @Test
  void import_rowStartingAfterGridColumns_shiftedToItsColumns() {
    String shifted = "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc>" + p("2031") + "</w:tc></w:tr>";
    ImportResult result = read(p("Roadmaps C3") + p("(Draft as of 3 March 2031)")
        + p("Roadmap for WSIS Action Line C3: Access to information and knowledge")
        + "<w:tbl>" + HEADER + SECTION + row("A: Promote access.", "", "", "", "", "", "") + "</w:tbl>"
        + "<w:tbl>" + HEADER + shifted + "</w:tbl>");
    assertThat(result.getRoadmap().outcomes()).singleElement()
        .satisfies(a -> assertThat(a.getTiming()).hasValueSatisfying(t -> assertThat(t.getRaw()).isEqualTo("2031")));
  }
}
