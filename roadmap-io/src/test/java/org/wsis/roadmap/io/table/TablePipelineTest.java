package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SubItem;

/**
 * The table pipeline fed directly with tables made in memory, as a reader of a Word document would
 * make them: cells of paragraphs and bullet items, a section row of one cell spanning the table, the
 * header repeated or not, a row continued on the next page, and locations instead of lines.
 */
final class TablePipelineTest {
  private static final TableCell[] HEADER = {
      TableCell.of("WSIS Outcomes (WSIS AL C3)"), TableCell.of("Proposed Timing"),
      TableCell.of("ITU Strategic Goals and Relevant Resolutions"), TableCell.of("Linkages with SDGs"),
      TableCell.of("Evidence-based analysis of the current situation"),
      TableCell.of("Expected and Achieved results and targets to be achieved"), TableCell.of("COVID-19 Response")};

  /** Rows numbered from 1 in table 1, located by table, row and cell. */
  private static final class Rows {
    final List<TableRow> rows = new ArrayList<>();

    Rows add(TableCell... cells) {
      int row = rows.size() + 1;
      rows.add(new TableRow(100 + row, Arrays.asList(cells), Optional.of(new TableLocation(1, row, 0))));
      return this;
    }

    Rows header() {
      return add(HEADER);
    }

    RoadmapTable table() {
      return new RoadmapTable(ActionLine.C3, "Access to information and knowledge", 99, List.of("Note: PKI – Public Key Infrastructure"), rows);
    }
  }

  private static TableCell bullets(String first, String... items) {
    List<CellParagraph> paragraphs = new ArrayList<>();
    paragraphs.add(CellParagraph.of(first));
    for (String item : items) {
      paragraphs.add(new CellParagraph(item, true));
    }
    return new TableCell(paragraphs);
  }

  private static TableCell empty() {
    return TableCell.EMPTY;
  }

  /** Header, a spanning section row, row A over two pages (header repeated), row B, a second section. */
  private static Rows document() {
    return new Rows()
        .header()
        .add(TableCell.of("Geneva Plan of Action and Tunis Agenda for the Information Society"))
        .add(bullets("A: Develop policy in order to:", "A1: open archives"), TableCell.of("2020-2030"),
            TableCell.of("Resolution 174 (Rev. Dubai, 2018)"), TableCell.of("9.1, 9.c"), empty(),
            bullets("Expected Results", "More access for"), TableCell.of("C20/18"))
        .header()
        .add(TableCell.of("A2: train librarians"), empty(), empty(), empty(), empty(),
            TableCell.of("rural areas."), empty())
        .add(TableCell.of("B: Promote access"), TableCell.of("Continuous"), TableCell.of("Kigali priorities"),
            empty(), bullets("Libraries report:", "fewer visitors", "more e-loans"), empty(), empty())
        .add(TableCell.of("WSIS+10 Outcome Documents"))
        .add(TableCell.of("a. first of the second section"));
  }

  @Test
  void read_inMemoryTable_givesTheOutcomes() {
    TableReading reading = TablePipeline.create().read(document().table());

    assertThat(reading.actionLine().getActionLine()).isEqualTo(ActionLine.C3);
    assertThat(reading.actionLine().getNotes()).containsExactly("PKI – Public Key Infrastructure");
    assertThat(reading.actionLine().getOutcomes()).extracting(o -> o.getId().toString())
        .containsExactly("C3.GT.A", "C3.GT.B", "C3.W10.a");
    Outcome a = reading.actionLine().getOutcomes().get(0);
    assertThat(a.getStatement()).isEqualTo("Develop policy in order to:");
    assertThat(a.getSubItems()).extracting(SubItem::getLabel, SubItem::getText).containsExactly(
        org.assertj.core.groups.Tuple.tuple("A1", "open archives"),
        org.assertj.core.groups.Tuple.tuple("A2", "train librarians"));
    assertThat(a.getTiming().orElseThrow().getEntries()).hasSize(1);
    assertThat(a.getSdgLinks()).containsExactly(SdgLink.parse("9.1"), SdgLink.parse("9.c"));
    assertThat(a.getResults().getExpected()).containsExactly("More access for rural areas.");
    assertThat(a.getCovidResponse().orElseThrow().getDocuments()).containsExactly("C20/18");
    assertThat(a.getSource().orElseThrow().getFromLine()).isEqualTo(103);
    assertThat(a.getSource().orElseThrow().getToLine()).isEqualTo(105);
    assertThat(reading.actionLine().getOutcomes().get(1).getEvidence())
        .containsExactly("Libraries report:", "fewer visitors", "more e-loans");
    assertThat(reading.actionLine().getOutcomes().get(2).getSection()).isEqualTo(OutcomeSection.WSIS_PLUS_10);
  }

  @Test
  void read_inMemoryTable_locatesItsIssuesByTableRowAndCell() {
    TableReading reading = TablePipeline.create().read(document().table());

    assertThat(reading.issues()).extracting(ImportIssue::getKind, i -> i.getLocation().map(TableLocation::toString).orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ImportIssue.Kind.JOINED_ACROSS_PAGE_BREAK, "table 1, row 5, cell 6"),
            org.assertj.core.groups.Tuple.tuple(ImportIssue.Kind.UNREAD_REFERENCE, "table 1, row 6, cell 3"));
    ImportIssue joined = reading.issuesOfKind(ImportIssue.Kind.JOINED_ACROSS_PAGE_BREAK).get(0);
    assertThat(joined.getLine()).isEqualTo(105);
    assertThat(joined.getOutcome()).contains("C3.GT.A");
    assertThat(joined.toString()).startsWith("line 105 (table 1, row 5, cell 6)  JOINED_ACROSS_PAGE_BREAK  C3.GT.A");
  }

  @Test
  void read_headerNotRepeated_readsTheNextRowOfThePageAsAContinuationAndReportsIt() {
    Rows rows = new Rows()
        .header()
        .add(TableCell.of("Geneva Plan of Action and Tunis Agenda for the Information Society"), empty(), empty(), empty(),
            empty(), empty(), empty())
        .add(TableCell.of("A: Develop policy"), TableCell.of("2020"))
        .add(TableCell.of("and law"));

    TableReading reading = TablePipeline.create().read(rows.table());

    assertThat(reading.actionLine().getOutcomes()).singleElement()
        .satisfies(o -> assertThat(o.getStatement()).isEqualTo("Develop policy and law"));
    assertThat(reading.issues()).extracting(ImportIssue::getKind)
        .containsExactly(ImportIssue.Kind.MALFORMED_ROW, ImportIssue.Kind.JOINED_ACROSS_PAGE_BREAK);
    assertThat(reading.issues().get(0).getLocation()).contains(new TableLocation(1, 4, 0));
  }

  @Test
  void read_withErrata_correctsThePrintedStatementBeforeReading() {
    Errata errata = Errata.of("any", List.of(Erratum.builder()
        .outcome(OutcomeId.parse("C3.GT.B")).field(Erratum.Field.STATEMENT)
        .printed("Promote").corrected("Promote open").reason("a word is missing").build()));

    TableReading reading = TablePipeline.create().withErrata(errata).read(document().table());

    assertThat(reading.actionLine().getOutcomes().get(1).getStatement()).isEqualTo("Promote open access");
    assertThat(reading.errata()).hasSize(1);
    assertThat(reading.issuesOfKind(ImportIssue.Kind.ERRATUM_APPLIED)).singleElement()
        .satisfies(i -> assertThat(i.getLocation()).contains(new TableLocation(1, 6, 0)));
  }

  @Test
  void read_headerOfSixColumns_throwsWithItsLine() {
    Rows rows = new Rows().add(Arrays.copyOf(HEADER, 6)).add(TableCell.of("A: x"));

    assertThatThrownBy(() -> TablePipeline.create().read(rows.table()))
        .isInstanceOf(TableImportException.class)
        .hasMessageContaining("must have 7 columns, but had 6")
        .extracting(e -> ((TableImportException) e).getLine()).isEqualTo(101);
  }

  @Test
  void read_tableWithoutOutcomeRow_throwsAtTheHeading() {
    Rows rows = new Rows().header().add(TableCell.of("Geneva Plan of Action and Tunis Agenda for the Information Society"));

    assertThatThrownBy(() -> TablePipeline.create().read(rows.table()))
        .isInstanceOf(TableImportException.class)
        .hasMessageContaining("at least one outcome row")
        .extracting(e -> ((TableImportException) e).getLine()).isEqualTo(99);
  }

  private static RoadmapDocument wordDocument(List<ImportIssue> issues) {
    return new RoadmapDocument("WSIS Action Lines Roadmaps C3", org.wsis.roadmap.RoadmapStatus.DRAFT,
        Optional.of(java.time.LocalDate.of(2031, 3, 3)),
        List.of(new RoadmapDocument.Paragraph(5, "ITU serves as the facilitator of Action Line C3.")),
        List.of(document().table()), issues);
  }

  @Test
  void importDocument_ofAnotherFormat_givesTheRoadmapAndTheReportAsForTheTextExport() {
    ImportIssue unplaced = ImportIssue.builder().line(3).location(new TableLocation(1, 1, 0)).kind(ImportIssue.Kind.UNPLACED_TEXT)
        .text("stray").message("text outside every part").build();

    ImportResult result = RoadmapTableImporter.create().importDocument(wordDocument(List.of(unplaced)), "roadmaps.docx");

    assertThat(result.getRoadmap().getId()).isEqualTo("wsis-action-lines-roadmaps-2031-03-03");
    assertThat(result.getRoadmap().getIntroduction()).containsExactly("ITU serves as the facilitator of Action Line C3.");
    assertThat(result.getRoadmap().getGlossary()).extracting(org.wsis.roadmap.GlossaryEntry::getTerm).containsExactly("PKI");
    assertThat(result.getRoadmap().outcomes()).hasSize(3);
    assertThat(result.getReport().getSource()).isEqualTo("roadmaps.docx");
    assertThat(result.getReport().getIssues().get(0)).isEqualTo(unplaced);
    assertThat(result.getReport().toText()).contains("line 105 (table 1, row 5, cell 6)  JOINED_ACROSS_PAGE_BREAK  C3.GT.A");
  }

  @Test
  void importDocument_withErrataOfAnotherEdition_throws() {
    Errata errata = Errata.of("wsis-action-lines-roadmaps-2024-10-11", List.of());

    assertThatThrownBy(() -> RoadmapTableImporter.create().withErrata(errata).importDocument(wordDocument(List.of()), "x.docx"))
        .isInstanceOf(org.wsis.roadmap.RoadmapException.class)
        .hasMessageContaining("but the roadmap is: 'wsis-action-lines-roadmaps-2031-03-03'");
  }
}
