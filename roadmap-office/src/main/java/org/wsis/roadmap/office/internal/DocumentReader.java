package org.wsis.roadmap.office.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.io.table.CellParagraph;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.RoadmapDocument;
import org.wsis.roadmap.io.table.RoadmapTable;
import org.wsis.roadmap.io.table.TableCell;
import org.wsis.roadmap.io.table.TableImportException;
import org.wsis.roadmap.io.table.TableLocation;
import org.wsis.roadmap.io.table.TableRow;
import org.wsis.roadmap.markup.MarkupTokenizer;

/**
 * Reads a Word document into a {@link RoadmapDocument} for the table pipeline of roadmap-io, straight
 * from POI's document model: the title block, the introduction, a heading per action line with its
 * notes, and the rows of its tables as {@link TableRow}s of {@link TableCell}s of {@link
 * CellParagraph}s. The rows are handed over as printed (the pipeline finds the header and its repeats,
 * the section rows and the rows continued over a page); this class only maps Word's table model onto
 * them:
 *
 * <ul>
 *   <li>a cell spanning columns ({@code gridSpan}, legacy {@code hMerge}) fills its first column, the
 *       other columns it covers are empty; a row starting after grid columns ({@code gridBefore}) is
 *       shifted; so a section row is one cell and six empty ones;
 *   <li>a cell merged with the cell above ({@code vMerge}) repeats that cell's paragraphs when its row
 *       opens an outcome of its own, and is empty in a row that continues the row above (its first
 *       cell empty or merged too); either way it is reported;
 *   <li>each paragraph of a cell is a {@link CellParagraph}; a paragraph of a numbered or bulleted
 *       list, or one opening with a typed bullet or dash, is a list item; a line break inside a
 *       paragraph starts another;
 *   <li>a table nested in a cell gives its cells' paragraphs to the cell, and is reported;
 *   <li>a table after the first one under a heading continues its rows (a table split in two);
 *       text and tables outside every part are reported.
 * </ul>
 *
 * <p>Documents have no lines: every paragraph and every table row outside a cell counts one
 * line, in document order, and each row carries its {@link TableLocation} (table of the document,
 * row of the table, column), which the import report prints.
 */
public final class DocumentReader {
  private static final int COLUMNS = 7;
  private static final Pattern HEADING =
      Pattern.compile("(?:\\d{1,2}\\.?\\s+)?Roadmap for WSIS Action Line\\s+(C\\d{1,2})\\s*:\\s*(\\S.*)");
  private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d{1,2}\\.?\\s+(\\S.{0,200})");
  private static final Pattern AS_OF = Pattern.compile("(?i)\\bas of\\s+(\\d{1,2}\\s+[A-Za-z]{3,9}\\s+\\d{4})");
  private static final Pattern STATUS = Pattern.compile("(?i)\\(?\\s*(draft|final)\\b.{0,80}");
  private static final Pattern TOC_ENTRY = Pattern.compile(".*\\S\\s*\\t\\s*\\d{1,3}\\s*");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final String[] BULLETS = {"\u2022 ", "\u25aa ", "\u25e6 ", "\u00b7 ", "- ", "\u2013 "};

  private final List<ImportIssue> issues = new ArrayList<>();
  private final List<RoadmapDocument.Paragraph> introduction = new ArrayList<>();
  private final List<RoadmapTable> tables = new ArrayList<>();
  private final List<String> titleParts = new ArrayList<>();
  private @Nullable String statusText;
  private @Nullable LocalDate asOf;
  private int titleLine;
  private Part part = Part.TITLE;
  private @Nullable Open open;
  private int line;
  private int tableNumber;

  private DocumentReader() {}

  /**
   * Reads a document.
   *
   * @param document the document, opened by POI from a package the {@link PackageGuard} accepted
   * @return the document's parts, for {@code RoadmapTableImporter.importDocument}
   * @throws TableImportException when the document has no action line heading, or a heading without a table
   */
  public static RoadmapDocument read(XWPFDocument document) {
    return new DocumentReader().document(document.getBodyElements());
  }

  /** What the reader is in. */
  private enum Part { TITLE, FRONT, INTRODUCTION, NOTES, TABLE }

  /** The action line being read: heading, notes and rows so far. */
  private static final class Open {
    final ActionLine actionLine;
    final String title;
    final int headingLine;
    final List<String> notes = new ArrayList<>();
    final List<TableRow> rows = new ArrayList<>();

    Open(ActionLine actionLine, String title, int headingLine) {
      this.actionLine = actionLine;
      this.title = title;
      this.headingLine = headingLine;
    }
  }

  private RoadmapDocument document(List<IBodyElement> body) {
    for (IBodyElement element : body) {
      if (element instanceof XWPFTable table) {
        tableNumber++;
        if (open == null) {
          line++;
          issue(line, new TableLocation(tableNumber, 1, 0), ImportIssue.Kind.UNPLACED_TEXT, shorten(text(table)),
              "a table before the first heading 'Roadmap for WSIS Action Line Cn: title'; not read");
          part = part == Part.TITLE ? Part.FRONT : part;
          continue;
        }
        rows(table, open);
        part = Part.TABLE;
      } else if (element instanceof XWPFParagraph paragraph) {
        paragraph(paragraph.getText());
      } else if (element instanceof XWPFSDT control) {
        // a content control of a template: its text, paragraph by paragraph
        for (String text : control.getContent().getText().split("\n", -1)) {
          paragraph(text);
        }
      }
    }
    close(open);
    return finish();
  }

  /** Reads one paragraph outside the tables. */
  private void paragraph(String raw) {
    line++;
    String text = MarkupTokenizer.normalise(raw);
    Matcher heading = HEADING.matcher(text);
    if (heading.matches()) {
      close(open);
      open = new Open(actionLine(heading.group(1)), heading.group(2).strip(), line);
      part = Part.NOTES;
      return;
    }
    if (text.isEmpty()) {
      if (part == Part.TITLE && !titleParts.isEmpty()) {
        part = Part.FRONT;
      }
      return;
    }
    switch (part) {
      case TITLE -> title(text);
      case FRONT, INTRODUCTION -> {
        if (raw.indexOf('\t') >= 0 && TOC_ENTRY.matcher(raw).matches() || isContents(text)) {
          return;
        }
        if (isSectionHeading(text)) {
          part = front(text);
        } else if (part == Part.INTRODUCTION) {
          introduction.add(new RoadmapDocument.Paragraph(line, text));
        } else {
          issue(line, null, ImportIssue.Kind.UNPLACED_TEXT, text,
              "text before the first table outside the title, contents and introduction");
        }
      }
      case NOTES -> open.notes.add(text);
      case TABLE -> issue(line, null, ImportIssue.Kind.UNPLACED_TEXT, text,
          "text after the table of " + open.actionLine + " and before the next heading; not part of any table");
    }
  }

  /** Reads a paragraph of the title block: a title line, the edition line, or the first heading after it. */
  private void title(String text) {
    Matcher date = AS_OF.matcher(text);
    if (date.find()) {
      try {
        asOf = LocalDate.parse(MarkupTokenizer.normalise(date.group(1)), DATE);
      } catch (DateTimeParseException e) {
        throw new TableImportException("the edition date must look like '11 October 2024', but was: "
            + RoadmapException.quote(date.group(1)), line);
      }
      statusText = text;
      part = Part.FRONT;
    } else if (!titleParts.isEmpty() && STATUS.matcher(text).matches()) {
      statusText = text;
      part = Part.FRONT;
    } else if (!titleParts.isEmpty() && isSectionHeading(text)) {
      part = front(text);
    } else {
      if (titleParts.isEmpty()) {
        titleLine = line;
      }
      titleParts.add(text);
    }
  }

  private RoadmapDocument finish() {
    if (titleParts.isEmpty()) {
      throw new TableImportException("a roadmap document must start with its title, but found no title paragraph",
          Math.max(1, titleLine));
    }
    if (tables.isEmpty()) {
      throw new TableImportException("a roadmap document must have at least one heading 'Roadmap for WSIS Action Line"
          + " Cn: title' followed by its table, but none was found in " + line + " paragraphs and table rows"
          + (tableNumber == 0 ? " (the document has no table)" : ""), Math.max(1, line));
    }
    String lower = statusText == null ? "" : statusText.toLowerCase(Locale.ROOT);
    RoadmapStatus status = lower.contains("final") ? RoadmapStatus.FINAL : RoadmapStatus.DRAFT;
    String title = String.join(" ", titleParts);
    if (!lower.contains("draft") && !lower.contains("final")) {
      issues.add(0, ImportIssue.builder().line(titleLine).kind(ImportIssue.Kind.UNPLACED_TEXT).text(title)
          .message("the title block prints neither 'Draft' nor 'Final'; the edition is recorded as DRAFT").build());
    }
    return new RoadmapDocument(title, status, Optional.ofNullable(asOf), introduction, tables, issues);
  }

  private static boolean isContents(String text) {
    return text.equalsIgnoreCase("Table of Contents") || text.equalsIgnoreCase("Contents");
  }

  /** A short numbered heading such as {@code 1. Introduction}, or the word Introduction alone. */
  private static boolean isSectionHeading(String text) {
    return text.equalsIgnoreCase("Introduction") || isContents(text)
        || text.length() <= 80 && !text.endsWith(".") && NUMBERED_HEADING.matcher(text).matches();
  }

  private static Part front(String heading) {
    Matcher m = NUMBERED_HEADING.matcher(heading);
    String name = m.matches() ? m.group(1).strip() : heading;
    return name.equalsIgnoreCase("Introduction") ? Part.INTRODUCTION : Part.FRONT;
  }

  private ActionLine actionLine(String code) {
    try {
      return ActionLine.parse(code);
    } catch (RuntimeException e) {
      throw new TableImportException("an action line heading must name a code from C1 to C11, but was: "
          + RoadmapException.quote(code), line);
    }
  }

  private void close(@Nullable Open open) {
    if (open == null) {
      return;
    }
    if (open.rows.isEmpty()) {
      throw new TableImportException("the action line " + open.actionLine
          + " must be followed by its table, but the " + (line <= open.headingLine ? "document ends" : "next heading or the end")
          + " comes first (truncated document?)", open.headingLine);
    }
    tables.add(new RoadmapTable(open.actionLine, open.title, open.headingLine, open.notes, open.rows));
  }

  /** Reads the rows of one table into the open action line. */
  private void rows(XWPFTable table, Open open) {
    List<XWPFTableRow> rows = table.getRows();
    // the paragraphs of the cell each column's vertical merge started with, by column
    Map<Integer, List<CellParagraph>> merged = new HashMap<>();
    int header = open.rows.isEmpty() ? headerRow(rows) : 0;
    for (int r = 0; r < rows.size(); r++) {
      line++;
      TableLocation at = new TableLocation(tableNumber, r + 1, 0);
      if (r < header) {
        issue(line, at, ImportIssue.Kind.UNPLACED_TEXT, shorten(MarkupTokenizer.normalise(rows.get(r).getTableCells().stream()
                .map(XWPFTableCell::getText).reduce("", (a, b) -> a + " " + b))),
            "a row above the table's header row; not part of any outcome");
        continue;
      }
      List<TableCell> cells = new ArrayList<>();
      List<Integer> continued = new ArrayList<>();
      XWPFTableRow row = rows.get(r);
      int column = gridBefore(row);
      for (int k = 0; k < column; k++) {
        cells.add(TableCell.EMPTY);
      }
      for (ICell any : row.getTableICells()) {
        if (any instanceof XWPFSDTCell control) {
          // a cell inside a content control: its text, one paragraph per line
          merged.remove(cells.size());
          cells.add(new TableCell(lines(control.getContent().getText())));
          continue;
        }
        if (!(any instanceof XWPFTableCell cell)) {
          continue;
        }
        CTTcPr properties = cell.getCTTc().getTcPr();
        int span = 1;
        if (properties != null && properties.isSetGridSpan() && properties.getGridSpan().getVal() != null) {
          span = Math.max(1, Math.min(COLUMNS, properties.getGridSpan().getVal().intValue()));
        }
        if (properties != null && properties.isSetHMerge() && properties.getHMerge().getVal() != STMerge.RESTART) {
          continue; // legacy horizontal merge: the cell is covered by the one before it
        }
        List<CellParagraph> paragraphs = paragraphs(cell, at.cell(cells.size() + 1));
        CTVMerge vMerge = properties == null || !properties.isSetVMerge() ? null : properties.getVMerge();
        if (vMerge != null && vMerge.getVal() != STMerge.RESTART) {
          continued.add(cells.size());
          paragraphs = merged.getOrDefault(cells.size(), List.of());
        } else if (vMerge != null) {
          merged.put(cells.size(), paragraphs);
        } else {
          merged.remove(cells.size());
        }
        cells.add(new TableCell(paragraphs));
        for (int k = 1; k < span; k++) {
          cells.add(TableCell.EMPTY);
        }
      }
      if (cells.isEmpty()) {
        cells.add(TableCell.EMPTY);
      }
      boolean continuation = continued.contains(0) || cells.get(0).isEmpty();
      for (int k : continued) {
        TableCell cell = cells.get(k);
        if (cell.isEmpty()) {
          continue;
        }
        if (continuation) {
          cells.set(k, TableCell.EMPTY);
          issue(line, at.cell(k + 1), ImportIssue.Kind.MALFORMED_ROW, shorten(cell.text()),
              "a cell merged with the cell above in a row continuing the row above; its text is read once, with the row above");
        } else {
          issue(line, at.cell(k + 1), ImportIssue.Kind.MALFORMED_ROW, shorten(cell.text()),
              "a cell merged with the cell above; its text is read for this row too");
        }
      }
      open.rows.add(new TableRow(line, cells, Optional.of(at)));
    }
  }

  /**
   * Finds the header row by its content: the first of the first rows whose first cell names the WSIS
   * outcomes or which Word repeats on each page; 0 when none does.
   */
  private static int headerRow(List<XWPFTableRow> rows) {
    for (int r = 0; r < Math.min(5, rows.size()); r++) {
      XWPFTableRow row = rows.get(r);
      List<XWPFTableCell> cells = row.getTableCells();
      String first = cells.isEmpty() ? "" : MarkupTokenizer.normalise(cells.get(0).getText()).toLowerCase(Locale.ROOT);
      if (first.startsWith("wsis outcome") || cells.size() > 1 && row.isRepeatHeader()) {
        return r;
      }
    }
    return 0;
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr properties = row.getCtRow().getTrPr();
    if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    CTDecimalNumber before = properties.getGridBeforeArray(0);
    BigInteger value = before.getVal();
    return value == null ? 0 : Math.max(0, Math.min(COLUMNS - 1, value.intValue()));
  }

  /** The paragraphs of a cell, those of tables nested in it after its own, reported. */
  private List<CellParagraph> paragraphs(XWPFTableCell cell, TableLocation at) {
    List<CellParagraph> out = new ArrayList<>();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        add(out, paragraph);
      } else if (element instanceof XWPFSDT control) {
        out.addAll(lines(control.getContent().getText()));
      } else if (element instanceof XWPFTable nested) {
        issue(line, at, ImportIssue.Kind.MALFORMED_ROW, shorten(text(nested)),
            "a table nested in a cell; its cells were read as paragraphs of this cell");
        nested(out, nested);
      }
    }
    return out;
  }

  /** Adds the paragraphs of a nested table; its depth is bounded by the XML parser's node depth limit. */
  private static void nested(List<CellParagraph> out, XWPFTable table) {
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        for (IBodyElement element : cell.getBodyElements()) {
          if (element instanceof XWPFParagraph paragraph) {
            add(out, paragraph);
          } else if (element instanceof XWPFTable inner) {
            nested(out, inner);
          }
        }
      }
    }
  }

  /**
   * Adds a paragraph: a list item when Word numbers it (its text kept as it is) or when it opens with a
   * typed bullet or dash (removed, as the text importer removes it); a line break starts another paragraph.
   */
  private static void add(List<CellParagraph> out, XWPFParagraph paragraph) {
    boolean listed = paragraph.getNumID() != null;
    boolean first = true;
    for (String part : paragraph.getText().split("[\\n\\r\\u000b]", -1)) {
      String text = MarkupTokenizer.normalise(part);
      boolean bullet = listed && first;
      for (String mark : listed ? new String[0] : BULLETS) {
        if (text.startsWith(mark) || text.equals(mark.strip())) {
          text = text.substring(Math.min(text.length(), mark.length())).strip();
          bullet = true;
          break;
        }
      }
      if (!text.isEmpty()) {
        out.add(new CellParagraph(text, bullet));
        first = false;
      }
    }
  }

  /** The lines of a text as paragraphs, blank ones left out. */
  private static List<CellParagraph> lines(String text) {
    List<CellParagraph> out = new ArrayList<>();
    for (String part : text.split("[\\n\\r\\u000b]", -1)) {
      CellParagraph paragraph = CellParagraph.of(part);
      if (!paragraph.text().isEmpty()) {
        out.add(paragraph);
      }
    }
    return out;
  }

  private static String text(XWPFTable table) {
    StringBuilder out = new StringBuilder();
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        String text = MarkupTokenizer.normalise(cell.getText());
        if (!text.isEmpty()) {
          out.append(out.length() == 0 ? "" : " | ").append(text);
        }
        if (out.length() > 200) {
          return out.toString();
        }
      }
    }
    return out.toString();
  }

  private void issue(int at, @Nullable TableLocation location, ImportIssue.Kind kind, String text, String message) {
    issues.add(ImportIssue.builder().line(at).location(Optional.ofNullable(location)).kind(kind).text(text)
        .message(message).build());
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
