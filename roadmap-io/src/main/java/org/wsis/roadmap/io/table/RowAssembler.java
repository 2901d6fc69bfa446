package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeSection;

/**
 * Rebuilds the outcome rows of one table from its rows as printed: skips the header and its repeats
 * on later pages, opens a section at each section row, and decides for the first row of a page
 * whether it continues the row before. The first row of a page continues the row before unless its
 * first cell opens with the next outcome label (a label continuing the sub-items of the row, such as
 * {@code D3} after {@code D2}, stays in the row); a row on the same page always starts a new row, and
 * is reported when it has no label.
 *
 * <p>Each cell's paragraphs become {@link CellItem}s here, once, with their labels.
 */
final class RowAssembler {
  static final int COLUMNS = 7;

  private final IssueLog log;

  RowAssembler(IssueLog log) {
    this.log = log;
  }

  /** The cells of one page row as items, with its line and location. */
  private record PageRow(int line, @Nullable TableLocation location, List<List<CellItem>> cells) {
    boolean isEmpty(int column) {
      return cells.get(column).isEmpty();
    }
  }

  List<ParsedRow> assemble(RoadmapTable table) {
    ActionLine actionLine = table.actionLine();
    List<TableRow> rows = table.rows();
    if (rows.get(0).cells().size() != COLUMNS) {
      throw new TableImportException("a roadmap table header must have " + COLUMNS + " columns, but had "
          + rows.get(0).cells().size() + ": '" + DocumentParser.shorten(text(rows.get(0))) + "'", rows.get(0).line());
    }
    PageRow header = page(rows.get(0));
    String headerKey = key(header);
    String headerFirst = squeeze(text(header.cells().get(0)));
    List<ParsedRow> out = new ArrayList<>();
    OutcomeSection section = null;
    ParsedRow row = null;
    String previousLabel = null;
    boolean pageStart = true;
    for (TableRow printed : rows) {
      PageRow page = page(printed);
      int line = page.line();
      String first0 = text(page.cells().get(0));
      if (squeeze(first0).equals(headerFirst) && key(page).equals(headerKey)) {
        pageStart = true;
        continue;
      }
      OutcomeSection heading = sectionOf(page);
      if (heading != null) {
        finish(out, row);
        row = null;
        section = heading;
        previousLabel = null;
        pageStart = false;
        continue;
      }
      List<CellItem> first = page.cells().get(0);
      Labels.Match label = first.isEmpty() ? null : first.get(0).label();
      boolean newRow;
      if (row == null) {
        newRow = true;
      } else if (!pageStart) {
        newRow = label != null;
        if (!newRow) {
          log.at(null, null);
          log.add(line, page.location(), ImportIssue.Kind.MALFORMED_ROW, first0,
              "a row on the same page as the previous row has no label; read as a continuation of " + row.label);
        }
      } else if (label == null) {
        newRow = false;
      } else if (Labels.follows(row.label, label.label())) {
        newRow = true;
      } else {
        newRow = row.lastSubLabel == null || !Labels.follows(row.lastSubLabel, label.label());
      }
      if (newRow) {
        finish(out, row);
        if (section == null) {
          section = OutcomeSection.GENEVA_TUNIS;
          log.at(null, null);
          log.add(line, page.location(), ImportIssue.Kind.MALFORMED_ROW, first0,
              "a row before any section heading; read as a row of " + section.getTitle());
        }
        String name = label == null ? "row" + line : label.label();
        if (label == null) {
          log.at(null, null);
          log.add(line, page.location(), ImportIssue.Kind.MALFORMED_ROW, first0,
              "a table row must start with a label such as 'A:' or 'a.'; labelled '" + name + "'");
        } else if (!Labels.follows(previousLabel, label.label())) {
          log.at(actionLine + "." + section.getCode() + "." + label.label(), null);
          log.add(line, page.location(), ImportIssue.Kind.LABEL_SEQUENCE, label.label(),
              previousLabel == null
                  ? "the first label of a section should be 'A', 'A1', 'a' or 'i'"
                  : "label does not follow the previous label '" + previousLabel + "'");
        }
        row = new ParsedRow(section, name, line, page.location(), COLUMNS);
        previousLabel = name;
        trackSubLabels(row, first, true);
      } else {
        trackSubLabels(row, first, false);
      }
      row.add(line, page.cells());
      pageStart = false;
    }
    finish(out, row);
    return out;
  }

  /** Reads the paragraphs of a printed row into items, once; completes a short row with empty cells. */
  private PageRow page(TableRow printed) {
    List<TableCell> cells = new ArrayList<>(printed.cells());
    if (cells.size() > COLUMNS) {
      List<CellParagraph> last = new ArrayList<>();
      for (int k = COLUMNS - 1; k < cells.size(); k++) {
        last.addAll(cells.get(k).paragraphs());
      }
      log.at(null, null);
      log.add(printed.line(), printed.location().orElse(null), ImportIssue.Kind.MALFORMED_ROW,
          DocumentParser.shorten(text(printed)),
          "a table row must have " + COLUMNS + " cells, but had " + cells.size() + "; the extra cells were appended to the last cell");
      cells = new ArrayList<>(cells.subList(0, COLUMNS - 1));
      cells.add(new TableCell(last));
    }
    TableLocation at = printed.location().orElse(null);
    List<List<CellItem>> items = new ArrayList<>(COLUMNS);
    for (int k = 0; k < COLUMNS; k++) {
      List<CellItem> cell = new ArrayList<>();
      if (k < cells.size()) {
        for (CellParagraph paragraph : cells.get(k).paragraphs()) {
          if (!paragraph.text().isEmpty()) {
            cell.add(CellItem.of(paragraph.text(), paragraph.bullet(), printed.line(), at == null ? null : at.cell(k + 1)));
          }
        }
      }
      items.add(cell);
    }
    return new PageRow(printed.line(), at, items);
  }

  private static String text(TableRow row) {
    StringBuilder out = new StringBuilder();
    for (TableCell cell : row.cells()) {
      out.append(out.length() == 0 ? "" : " ").append(cell.text());
    }
    return out.toString().strip();
  }

  private static String text(List<CellItem> items) {
    StringBuilder out = new StringBuilder();
    for (CellItem item : items) {
      out.append(out.length() == 0 ? "" : " ").append(item.text());
    }
    return out.toString();
  }

  private static void trackSubLabels(ParsedRow row, List<CellItem> items, boolean firstFragment) {
    for (int k = firstFragment ? 1 : 0; k < items.size(); k++) {
      Labels.Match sub = items.get(k).label();
      if (sub != null) {
        row.lastSubLabel = sub.label();
      }
    }
  }

  private static void finish(List<ParsedRow> rows, @Nullable ParsedRow row) {
    if (row != null) {
      rows.add(row);
    }
  }

  /** A section row: the first cell opens with a section title, every other cell is empty. */
  private static @Nullable OutcomeSection sectionOf(PageRow page) {
    for (int k = 1; k < COLUMNS; k++) {
      if (!page.isEmpty(k)) {
        return null;
      }
    }
    String text = squeeze(text(page.cells().get(0)));
    for (OutcomeSection section : OutcomeSection.values()) {
      if (text.startsWith(squeeze(section.getTitle()))) {
        return section;
      }
    }
    return null;
  }

  private static String key(PageRow row) {
    StringBuilder out = new StringBuilder();
    for (List<CellItem> cell : row.cells()) {
      out.append(squeeze(text(cell))).append('\t');
    }
    return out.toString();
  }

  /** Removes all white space and lower-cases, so that 'COVID- 19' and 'COVID-19' compare equal. */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!CellMarkup.isSpace(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
