package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.RoadmapStatus;

final class DocumentParserTest {
  static final String HEADER =
      "WSIS Outcomes (WSIS AL C3)\tProposed Timing\tITU Strategic Goals and Relevant Resolutions\tLinkages with SDGs"
          + "\tEvidence-based analysis of the current situation\tExpected and Achieved results and targets to be achieved\tCOVID-19 Response";

  static String row(String... cells) {
    return String.join("\t", cells);
  }

  /** A made-up edition of another action line in the same layout. */
  static String otherEdition() {
    return String.join("\n",
        "*WSIS Action Lines Roadmaps",
        "C3",
        "(Draft as of 3 March 2031)*",
        "",
        "1. Introduction",
        "",
        "First paragraph.",
        "",
        "2. Roadmap for WSIS Action Line C3: Access to information and knowledge",
        "",
        "Note: PKI – Public Key Infrastructure",
        "",
        HEADER,
        row("Geneva Plan of Action and Tunis Agenda for the Information Society", "", "", "", "", "", ""),
        row("A: Develop policy", "2030-2035", "Resolution 1", "SDG 9", "Some evidence", "Expected Results <ul> \u2022 One", ""),
        "",
        HEADER,
        row("and law", "", "", "", "", "<p>more of one</p>", ""),
        row("<p>B: Promote access in order to:</p> <p>B1: first</p>", "Continuous", "", "", "", "", ""),
        "",
        HEADER,
        row("<p>B2: second</p>", "", "", "", "", "", ""),
        row("D: Skipped a letter", "", "", "", "", "", ""),
        row("WSIS+10 Outcome Documents", "", "", "", "", "", ""),
        row("a. first of the second section", "", "", "", "", "", ""),
        "");
  }

  private static DocumentParser parse(String text, IssueLog log) {
    DocumentParser parser = new DocumentParser(text.split("\n", -1), log);
    parser.parse();
    return parser;
  }

  /** The outcome rows the table pipeline rebuilds from a table of the document. */
  private static List<ParsedRow> rows(DocumentParser parser, int table, IssueLog log) {
    return new RowAssembler(log).assemble(parser.tables.get(table));
  }

  @Test
  void parse_otherEditionOfSameLayout_rebuildsRowsWithNoCodeChange() {
    IssueLog log = new IssueLog();
    DocumentParser parser = parse(otherEdition(), log);
    assertThat(parser.title).isEqualTo("WSIS Action Lines Roadmaps C3");
    assertThat(parser.status).isEqualTo(RoadmapStatus.DRAFT);
    assertThat(parser.asOf).isEqualTo(LocalDate.of(2031, 3, 3));
    assertThat(parser.introduction).containsExactly("First paragraph.");
    assertThat(parser.tables).hasSize(1);
    RoadmapTable table = parser.tables.get(0);
    assertThat(table.actionLine()).isEqualTo(ActionLine.C3);
    assertThat(table.title()).isEqualTo("Access to information and knowledge");
    assertThat(table.notes()).containsExactly("Note: PKI – Public Key Infrastructure");
    List<ParsedRow> rows = rows(parser, 0, log);
    assertThat(rows).extracting(r -> r.section.getCode() + "." + r.label)
        .containsExactly("GT.A", "GT.B", "GT.D", "W10.a");
    ParsedRow a = rows.get(0);
    assertThat(a.firstLine).isEqualTo(15);
    assertThat(a.lastLine).isEqualTo(18);
    ParsedRow b = rows.get(1);
    assertThat(b.firstLine).isEqualTo(19);
    assertThat(b.lastLine).isEqualTo(22);
    assertThat(b.cells.get(0)).extracting(ParsedRow.Fragment::line).containsExactly(19, 22);
    assertThat(b.lastSubLabel).isEqualTo("B2");
    assertThat(log.issues()).extracting(ImportIssue::getKind, ImportIssue::getText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportIssue.Kind.LABEL_SEQUENCE, "D"));
    assertThat(log.issues().get(0).getLine()).isEqualTo(23);
  }

  @Test
  void parse_joinedCells_keepEveryWord() {
    IssueLog log = new IssueLog();
    ParsedRow a = rows(parse(otherEdition(), log), 0, log).get(0);
    List<String> outcome = PageJoiner.items(a.cells.get(0), true, log).stream().map(CellItem::text).collect(Collectors.toList());
    List<String> results = PageJoiner.items(a.cells.get(5), true, log).stream().map(CellItem::text).collect(Collectors.toList());
    assertThat(outcome).containsExactly("A: Develop policy and law");
    assertThat(results).containsExactly("Expected Results", "One more of one");
    assertThat(log.issuesOf(ImportIssue.Kind.JOINED_ACROSS_PAGE_BREAK)).hasSize(2);
  }

  @Test
  void parse_document2024_rebuildsEveryRow() throws IOException {
    IssueLog log = new IssueLog();
    DocumentParser parser = parse(Documents.text2024(), log);
    assertThat(parser.tables).extracting(RoadmapTable::actionLine).containsExactly(ActionLine.C2, ActionLine.C4, ActionLine.C5, ActionLine.C6);
    assertThat(labels(rows(parser, 0, log), OutcomeSection.GENEVA_TUNIS)).isEqualTo("A B C D E F G H I J K L");
    assertThat(labels(rows(parser, 0, log), OutcomeSection.WSIS_PLUS_10)).isEqualTo("a b c d");
    assertThat(labels(rows(parser, 1, log), OutcomeSection.GENEVA_TUNIS)).isEqualTo("A B C D E F");
    assertThat(labels(rows(parser, 1, log), OutcomeSection.WSIS_PLUS_10)).isEqualTo("a");
    assertThat(labels(rows(parser, 2, log), OutcomeSection.GENEVA_TUNIS)).isEqualTo("A1 A2 B1 B2 B3 B4 B5 C D E F G H I J");
    assertThat(labels(rows(parser, 2, log), OutcomeSection.WSIS_PLUS_10)).isEqualTo("a b c d e f");
    assertThat(labels(rows(parser, 3, log), OutcomeSection.GENEVA_TUNIS)).isEqualTo("a b c d e f g h i j k I m n o p q r");
    assertThat(labels(rows(parser, 3, log), OutcomeSection.WSIS_PLUS_10)).isEqualTo("a b c d e f");
    // D of C2 runs over four pages; D3 and D4 on the last one stay sub-items of D
    ParsedRow d = rows(parser, 0, log).get(3);
    assertThat(d.firstLine).isEqualTo(57);
    assertThat(d.lastLine).isEqualTo(66);
    assertThat(d.lastSubLabel).isEqualTo("D4");
  }

  private static String labels(List<ParsedRow> rows, OutcomeSection section) {
    return rows.stream().filter(r -> r.section == section).map(r -> r.label).collect(Collectors.joining(" "));
  }

  @Test
  void parse_headingWithoutTable_throwsWithTheHeadingLine() {
    String text = "*Roadmaps*\n\n2. Roadmap for WSIS Action Line C5: Building Confidence\n\n";
    assertThatThrownBy(() -> parse(text, new IssueLog()))
        .isInstanceOf(TableImportException.class)
        .hasMessageContaining("line 3:")
        .hasMessageContaining("truncated")
        .extracting(e -> ((TableImportException) e).getLine()).isEqualTo(3);
  }

  @Test
  void parse_noActionLineHeading_throws() {
    assertThatThrownBy(() -> parse("Some title\n\nJust a letter.\n", new IssueLog()))
        .isInstanceOf(TableImportException.class)
        .hasMessageContaining("Roadmap for WSIS Action Line");
  }

  @Test
  void parse_headerWithWrongColumnCount_throws() {
    String text = "*Roadmaps*\n\nRoadmap for WSIS Action Line C5: Title\n\nA\tB\tC\n";
    assertThatThrownBy(() -> parse(text, new IssueLog()))
        .isInstanceOf(TableImportException.class)
        .hasMessageContaining("7 tab-separated columns, but had 3")
        .extracting(e -> ((TableImportException) e).getLine()).isEqualTo(5);
  }

  @Test
  void parse_rowWithMissingCells_isPaddedAndReported() {
    String text = String.join("\n", "*Roadmaps*", "", "Roadmap for WSIS Action Line C5: Title", HEADER,
        row("Geneva Plan of Action and Tunis Agenda for the Information Society", "", "", "", "", "", ""),
        "A: Only an outcome\t2020");
    IssueLog log = new IssueLog();
    DocumentParser parser = parse(text, log);
    assertThat(rows(parser, 0, log)).hasSize(1);
    assertThat(log.issuesOf(ImportIssue.Kind.MALFORMED_ROW)).singleElement()
        .satisfies(i -> assertThat(i.getLine()).isEqualTo(6));
  }

  /** Reads the bundled 2024 document. */
  static final class Documents {
    static String text2024() throws IOException {
      try (InputStream in = DocumentParserTest.class.getResourceAsStream(
          "/org/wsis/roadmap/io/table/wsis-action-lines-roadmaps-2024-10-11.txt")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
