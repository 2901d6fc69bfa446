package org.wsis.roadmap.io.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.RoadmapException;

/**
 * Finds the parts of a roadmap document (title block, table of contents, introduction, action line
 * headings, notes, tables) of a text export, and reads each table line into a {@link TableRow}: its
 * tab-separated cells split into paragraphs by {@link CellMarkup}, once. The {@link TablePipeline}
 * rebuilds the outcome rows and reads them.
 *
 * <p>Every regular expression here is applied to one short line or one cell prefix and has no
 * nested quantifiers, so none can backtrack catastrophically.
 */
final class DocumentParser {
  static final int COLUMNS = RowAssembler.COLUMNS;
  private static final Pattern HEADING =
      Pattern.compile("(?:\\d{1,2}\\.\\s+)?Roadmap for WSIS Action Line\\s+(C\\d{1,2})\\s*:\\s*(\\S.*)");
  private static final Pattern NUMBERED_HEADING = Pattern.compile("(\\d{1,2})\\.\\s+(\\S.{0,200})");
  private static final Pattern AS_OF = Pattern.compile("(?i)\\bas of\\s+(\\d{1,2}\\s+[A-Za-z]{3,9}\\s+\\d{4})");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final Pattern TOC_ENTRY = Pattern.compile("\\s*\\d{1,3}\\s*");

  private final String[] lines;
  private final IssueLog log;

  String title;
  RoadmapStatus status;
  LocalDate asOf;
  int titleLine;
  final List<String> introduction = new ArrayList<>();
  /** The line (counted from 1) of each paragraph of {@link #introduction}. */
  final List<Integer> introductionLines = new ArrayList<>();
  /** The tables in document order, each row's cells read from their markup once. */
  final List<RoadmapTable> tables = new ArrayList<>();

  DocumentParser(String[] lines, IssueLog log) {
    this.lines = lines;
    this.log = log;
  }

  void parse() {
    int i = parseTitle();
    int firstHeading = nextHeading(i);
    if (firstHeading < 0) {
      throw new TableImportException(
          "a roadmap document must have at least one heading 'Roadmap for WSIS Action Line Cn: title', but none was found in "
              + lines.length + " lines",
          Math.max(1, titleLine));
    }
    parseFrontMatter(i, firstHeading);
    int at = firstHeading;
    while (at >= 0) {
      int next = nextHeading(at + 1);
      int end = next < 0 ? lines.length : next;
      parseActionLine(at, end);
      at = next;
    }
  }

  /** Reads the title block: the first run of non-blank lines. Returns the index after it. */
  private int parseTitle() {
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    titleLine = i + 1;
    List<String> parts = new ArrayList<>();
    String statusText = null;
    while (i < lines.length && !lines[i].isBlank() && lines[i].indexOf('\t') < 0) {
      String text = stripEmphasis(CellMarkup.normalise(lines[i]));
      Matcher m = AS_OF.matcher(text);
      if (m.find()) {
        try {
          asOf = LocalDate.parse(CellMarkup.normalise(m.group(1)), DATE);
        } catch (DateTimeParseException e) {
          throw new TableImportException("the edition date must look like '11 October 2024', but was: " + RoadmapException.quote(m.group(1)), i + 1);
        }
        statusText = text;
      } else if (!text.isEmpty()) {
        parts.add(text);
      }
      i++;
    }
    if (parts.isEmpty()) {
      throw new TableImportException("a roadmap document must start with its title, but found no title line", titleLine);
    }
    title = String.join(" ", parts);
    String lower = statusText == null ? "" : statusText.toLowerCase(Locale.ROOT);
    if (lower.contains("draft")) {
      status = RoadmapStatus.DRAFT;
    } else if (lower.contains("final")) {
      status = RoadmapStatus.FINAL;
    } else {
      status = RoadmapStatus.DRAFT;
      log.add(titleLine, ImportIssue.Kind.UNPLACED_TEXT, title,
          "the title block prints neither 'Draft' nor 'Final'; the edition is recorded as DRAFT");
    }
    return i;
  }

  private static String stripEmphasis(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && (text.charAt(from) == '*' || text.charAt(from) == '_')) {
      from++;
    }
    while (to > from && (text.charAt(to - 1) == '*' || text.charAt(to - 1) == '_')) {
      to--;
    }
    return text.substring(from, to).strip();
  }

  private int nextHeading(int from) {
    for (int i = from; i < lines.length; i++) {
      if (lines[i].indexOf('\t') < 0 && lines[i].contains("Line")
          && HEADING.matcher(CellMarkup.normalise(lines[i])).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** Reads the table of contents and the introduction; reports every other line. */
  private void parseFrontMatter(int from, int to) {
    boolean intro = false;
    for (int i = from; i < to; i++) {
      String raw = lines[i];
      if (raw.isBlank()) {
        continue;
      }
      String text = CellMarkup.normalise(raw);
      if (raw.indexOf('\t') >= 0) {
        String[] fields = raw.split("\t", -1);
        if (fields.length == 2 && TOC_ENTRY.matcher(fields[1]).matches()) {
          continue; // an entry of the table of contents: title and page number
        }
        log.add(i + 1, ImportIssue.Kind.UNPLACED_TEXT, text, "tabbed line before the first table is no table of contents entry");
        continue;
      }
      if (text.equalsIgnoreCase("Table of Contents") || text.equalsIgnoreCase("Contents")) {
        continue;
      }
      Matcher heading = NUMBERED_HEADING.matcher(text);
      if (heading.matches()) {
        intro = heading.group(2).strip().equalsIgnoreCase("Introduction");
        if (intro) {
          continue;
        }
      }
      if (intro) {
        introduction.add(text);
        introductionLines.add(i + 1);
      } else {
        log.add(i + 1, ImportIssue.Kind.UNPLACED_TEXT, text, "text before the first table outside the title, contents and introduction");
      }
    }
  }

  /** Reads one action line: heading, notes and table, from line index {@code at} to {@code end} (exclusive). */
  private void parseActionLine(int at, int end) {
    Matcher m = HEADING.matcher(CellMarkup.normalise(lines[at]));
    if (!m.matches()) {
      throw new IllegalStateException("heading expected at line " + (at + 1));
    }
    ActionLine actionLine;
    try {
      actionLine = ActionLine.parse(m.group(1));
    } catch (RuntimeException e) {
      throw new TableImportException("an action line heading must name a code from C1 to C11, but was: " + RoadmapException.quote(m.group(1)), at + 1);
    }
    List<String> notes = new ArrayList<>();
    int i = at + 1;
    for (; i < end && lines[i].indexOf('\t') < 0; i++) {
      String text = CellMarkup.normalise(lines[i]);
      if (!text.isEmpty()) {
        notes.add(text);
      }
    }
    if (i >= end) {
      throw new TableImportException(
          "the action line " + actionLine + " must be followed by its table, but the "
              + (end >= lines.length ? "document ends" : "next heading starts") + " first (truncated document?)",
          at + 1);
    }
    String[] header = fields(lines[i], i, true);
    List<TableRow> rows = new ArrayList<>();
    for (; i < end; i++) {
      String raw = lines[i];
      if (raw.isBlank()) {
        continue;
      }
      if (raw.indexOf('\t') < 0) {
        log.at(null, null);
        log.add(i + 1, ImportIssue.Kind.UNPLACED_TEXT, CellMarkup.normalise(raw),
            "a line without cells inside the table of " + actionLine + "; not part of any row");
        continue;
      }
      String[] fields = fields(raw, i, false);
      List<TableCell> cells = new ArrayList<>(COLUMNS);
      for (int k = 0; k < COLUMNS; k++) {
        log.at(null, CellMarkup.normalise(header[k]));
        cells.add(new TableCell(CellMarkup.split(fields[k], i + 1, log)));
      }
      rows.add(TableRow.of(i + 1, cells));
    }
    log.at(null, null);
    tables.add(new RoadmapTable(actionLine, m.group(2).strip(), at + 1, notes, rows));
  }

  /** Splits a table line into exactly seven cells, reporting and repairing other counts. */
  private String[] fields(String raw, int index, boolean header) {
    String[] parts = raw.split("\t", -1);
    if (parts.length == COLUMNS) {
      return parts;
    }
    if (header) {
      throw new TableImportException(
          "a roadmap table header must have " + COLUMNS + " tab-separated columns, but had " + parts.length + ": '"
              + shorten(CellMarkup.normalise(raw)) + "'",
          index + 1);
    }
    String[] cells = new String[COLUMNS];
    for (int k = 0; k < COLUMNS; k++) {
      cells[k] = k < parts.length ? parts[k] : "";
    }
    if (parts.length > COLUMNS) {
      StringBuilder last = new StringBuilder(parts[COLUMNS - 1]);
      for (int k = COLUMNS; k < parts.length; k++) {
        last.append(' ').append(parts[k]);
      }
      cells[COLUMNS - 1] = last.toString();
    }
    log.at(null, null);
    log.add(index + 1, ImportIssue.Kind.MALFORMED_ROW, shorten(CellMarkup.normalise(raw)),
        "a table row must have " + COLUMNS + " cells, but had " + parts.length
            + (parts.length > COLUMNS ? "; the extra cells were appended to the last cell" : "; the missing cells were read as empty"));
    return cells;
  }

  static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
