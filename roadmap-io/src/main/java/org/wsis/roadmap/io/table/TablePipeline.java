package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.SourceRange;

/**
 * The table pipeline of the importer: reads the rows of one action line's table, as any document
 * format prints them, into the action line's outcomes. The text export's importer ({@link
 * RoadmapTableImporter}) feeds it the tables of a text export; a reader of another format (a Word
 * document, for instance) feeds it {@link RoadmapTable}s made of {@link TableRow}s of {@link
 * TableCell}s of {@link CellParagraph}s, and gets the same outcomes and the same report.
 *
 * <p>Reading a table:
 *
 * <ol>
 *   <li>the first row is the header of seven columns (outcome, timing, references, SDG links,
 *       evidence, results, COVID-19 response); a later row equal to it is the header repeated on
 *       another page, and tells that a page starts;
 *   <li>a row whose first cell opens with a section title ("Geneva Plan of Action ...", "WSIS+10
 *       Outcome Documents") and whose other cells are empty, or which has a single cell spanning the
 *       table, opens a section;
 *   <li>the first row of a page continues the row before (a row cut by a page break) unless its
 *       first cell opens with the next outcome label; a label continuing the row's sub-items
 *       ({@code D3} after {@code D2}) stays in the row;
 *   <li>each rebuilt row is read into an outcome: paragraphs a page break cut are joined, label,
 *       statement and sub-items separated, the results cell divided by its headings, timing,
 *       references, SDG links and metrics read by roadmap-core's readers, the errata applied to the
 *       printed text before it is read.
 * </ol>
 *
 * <p>Every repair and everything not read is an {@link ImportIssue} with the row's line and, where
 * the row has one, its {@link TableLocation}.
 *
 * <pre>{@code
 * RoadmapTable table = new RoadmapTable(ActionLine.C3, "Access to information and knowledge", 1, List.of(),
 *     List.of(header, section, rowA, rowB));
 * TableReading reading = TablePipeline.create().read(table);
 * Outcome a = reading.actionLine().getOutcomes().get(0);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TablePipeline {
  private static final TablePipeline PLAIN = new TablePipeline(List.of());

  private final List<Erratum> errata;

  private TablePipeline(List<Erratum> errata) {
    this.errata = List.copyOf(errata);
  }

  /**
   * Returns the pipeline without errata.
   *
   * @return the pipeline
   */
  public static TablePipeline create() {
    return PLAIN;
  }

  /**
   * Returns a pipeline like this one that applies errata to the printed text of the outcomes they
   * name, before the text is read. An erratum names the outcome by its id as printed (the id of a
   * label erratum's outcome) or as corrected.
   *
   * @param errata the errata of the edition
   * @return the pipeline
   */
  public TablePipeline withErrata(Errata errata) {
    return new TablePipeline(Objects.requireNonNull(errata, "errata").getErrata());
  }

  /**
   * Reads one table.
   *
   * @param table the table, its first row the header
   * @return the action line, the issues and the errata applied
   * @throws TableImportException when the header has not seven columns, or the table has no outcome row
   * @throws org.wsis.roadmap.RoadmapException when an erratum naming an outcome of the table does not
   *     find its printed value
   */
  public TableReading read(RoadmapTable table) {
    Objects.requireNonNull(table, "table");
    IssueLog log = new IssueLog();
    Set<Erratum> applied = Collections.newSetFromMap(new IdentityHashMap<>());
    ActionLineRoadmap line = read(table, log, applied);
    List<Erratum> ordered = new ArrayList<>();
    for (Erratum erratum : errata) {
      if (applied.contains(erratum)) {
        ordered.add(erratum);
      }
    }
    return new TableReading(line, log.issues(), ordered);
  }

  /** Reads one table into the log of a whole import; errata already applied are skipped and added to. */
  ActionLineRoadmap read(RoadmapTable table, IssueLog log, Set<Erratum> applied) {
    List<ParsedRow> rows = new RowAssembler(log).assemble(table);
    if (rows.isEmpty()) {
      throw new TableImportException("the table of " + table.actionLine()
          + " must have at least one outcome row, but has none (truncated document?)", table.headingLine());
    }
    List<String> columns = new ArrayList<>();
    for (int k = 0; k < RowAssembler.COLUMNS; k++) {
      columns.add(table.header().cell(k).text());
    }
    OutcomeReader reader = new OutcomeReader(log, columns);
    int lastLine = table.headingLine();
    for (TableRow row : table.rows()) {
      lastLine = Math.max(lastLine, row.line());
    }
    ActionLineRoadmap.Builder line = ActionLineRoadmap.builder()
        .actionLine(table.actionLine())
        .title(table.title())
        .source(SourceRange.of(table.headingLine(), lastLine));
    for (String note : table.notes()) {
      line.addNote(stripNotePrefix(note));
    }
    for (ParsedRow row : rows) {
      List<Erratum> mine = errataOf(table.actionLine(), row, applied);
      line.addOutcome(reader.read(table.actionLine(), row, mine));
      for (Erratum erratum : mine) {
        applied.add(erratum);
        log.add(Errata.applied(erratum, erratum.getLine().orElse(row.firstLine), java.util.Optional.ofNullable(row.location)));
      }
    }
    return line.build();
  }

  /** The errata of a row: its label errata first, then the others naming its printed or corrected id. */
  private List<Erratum> errataOf(ActionLine actionLine, ParsedRow row, Set<Erratum> applied) {
    if (errata.isEmpty()) {
      return List.of();
    }
    OutcomeId printed = OutcomeId.of(actionLine, row.section, row.label);
    OutcomeId corrected = printed;
    List<Erratum> mine = new ArrayList<>();
    for (Erratum erratum : errata) {
      if (!applied.contains(erratum) && erratum.getField() == Erratum.Field.LABEL && erratum.getOutcome().equals(printed)) {
        mine.add(erratum);
        corrected = OutcomeId.of(actionLine, row.section, erratum.getCorrected());
      }
    }
    for (Erratum erratum : errata) {
      if (!applied.contains(erratum) && erratum.getField() != Erratum.Field.LABEL
          && (erratum.getOutcome().equals(printed) || erratum.getOutcome().equals(corrected))) {
        mine.add(erratum);
      }
    }
    return mine;
  }

  private static String stripNotePrefix(String note) {
    String lower = note.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"notes:", "note:"}) {
      if (lower.startsWith(prefix)) {
        return note.substring(prefix.length()).strip();
      }
    }
    return note;
  }
}
