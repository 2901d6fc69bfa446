package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.io.OutcomeRow;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapReadException;

/** Reads the flat CSV table of {@link RoadmapCsv}, with the line, column and cell of every problem. */
public final class CsvTableReader {
  /** The schema of both tables: {@code "\n"} line ends, {@code #} comment lines. */
  public static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n").withComments();

  /** Put before a cell so that a spreadsheet reads it as text; removed again on reading. */
  public static final char TEXT_MARK = '\'';

  private static final List<String> OUTCOME_COLUMNS = RoadmapCsv.OUTCOME_COLUMNS;

  private CsvTableReader() {}

  /**
   * Reads a flat table.
   *
   * @param in the characters, left open
   * @param limits the limits
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table
   */
  public static List<OutcomeRow> read(Reader in, ReadLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    LineEnds lineEnds = new LineEnds(Documents.withoutBom(new BoundedReader(in, limits.getMaxDocumentLength())));
    try (CsvParser parser = (CsvParser) Factories.csv(limits).createParser(lineEnds)) {
      parser.setSchema(SCHEMA);
      return Documents.guarded(parser, 1, () -> {
        try {
          return new TableReader(parser, lineEnds).rows();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (InputFailure e) {
      throw Documents.failed(e, null, 1);
    } catch (JsonProcessingException e) {
      throw Documents.located(e, null, 1);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new RoadmapReadException(new ReadProblem(Documents.NOT_UTF8, 1, 1, ""), e);
    } catch (IOException e) {
      throw new RoadmapIoException("cannot read the CSV table: " + e.getMessage(), null, e);
    }
  }

  /** Reads the rows of a flat table, knowing which row and cell it is in for every message. */
  private static final class TableReader {
    /** The columns of the table: its header row, one of the two the writers write. */
    private List<String> columns = OUTCOME_COLUMNS;
    private final CsvParser parser;
    private final LineEnds lineEnds;
    /** The data row being read, from 1; 0 while reading the header row. */
    private int row;
    /** The line and column where the cell being read starts. */
    private int line = 1;
    private int column = 1;

    TableReader(CsvParser parser, LineEnds lineEnds) {
      this.parser = parser;
      this.lineEnds = lineEnds;
    }

    List<OutcomeRow> rows() throws IOException {
      JsonToken first = next(-1);
      if (first != JsonToken.START_ARRAY) {
        throw fail(line, column, "", "the document: a flat roadmap table must start with the header row "
            + String.join(",", OUTCOME_COLUMNS) + ", but the input is empty");
      }
      int headerLine = rowLine();
      List<String> header = new ArrayList<>();
      List<int[]> unused = new ArrayList<>();
      cells(header, unused, Integer.MAX_VALUE);
      if (header.equals(RoadmapCsv.OUTCOME_COLUMNS_WITH_GDC)) {
        columns = RoadmapCsv.OUTCOME_COLUMNS_WITH_GDC;
      } else if (!header.equals(OUTCOME_COLUMNS)) {
        throw fail(headerLine, 1, "", "the document: the header row must be " + String.join(",", OUTCOME_COLUMNS)
            + ", but was: " + String.join(",", header));
      }
      List<List<String>> rows = new ArrayList<>();
      List<List<int[]>> starts = new ArrayList<>();
      JsonToken token;
      while ((token = next(-1)) == JsonToken.START_ARRAY) {
        row++;
        int rowLine = rowLine();
        List<String> cells = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        int count = cells(cells, at, columns.size());
        if (count > columns.size()) {
          int[] extra = at.get(columns.size());
          throw fail(extra[0], extra[1], "/" + row, "row " + row + ": must have " + columns.size()
              + " cells, but has " + count + "; the first cell too many starts here");
        }
        if (count < columns.size()) {
          throw fail(rowLine, 1, "/" + row, "row " + row + ": must have " + columns.size()
              + " cells, but has " + count);
        }
        rows.add(cells);
        starts.add(at);
      }
      if (token != null) {
        throw fail(line, column, "", "the document: expected a row, but was " + token);
      }
      // The whole input has been read: whether its rows end in CRLF is known.
      List<OutcomeRow> result = new ArrayList<>(rows.size());
      for (int index = 0; index < rows.size(); index++) {
        result.add(row(index + 1, rows.get(index), starts.get(index)));
      }
      return result;
    }

    /** The line of the row just started: the parser stands at its first character. */
    private int rowLine() {
      JsonLocation at = parser.currentLocation();
      return Math.max(at.getLineNr(), 1);
    }

    /**
     * Reads the cells of a row up to its end; keeps the first {@code keep} cells and their starts.
     *
     * @return the number of cells in the row
     */
    private int cells(List<String> cells, List<int[]> at, int keep) throws IOException {
      int count = 0;
      JsonToken token;
      while ((token = next(count)) != JsonToken.END_ARRAY && token != null) {
        if (count <= keep) {
          JsonLocation start = parser.currentTokenLocation();
          at.add(new int[] {Math.max(start.getLineNr(), 1), Math.max(start.getColumnNr(), 1)});
        }
        if (count < keep) {
          cells.add(parser.getText());
        }
        count++;
      }
      return count;
    }

    /**
     * Moves to the next token, turning a parser failure (a malformed cell, a read limit) into a
     * failure at the start of the cell being read.
     *
     * @param cell the index of the cell about to be read in the current row, or -1 between rows
     */
    private JsonToken next(int cell) throws IOException {
      JsonLocation before = parser.currentLocation();
      if (before.getLineNr() >= 1) {
        line = before.getLineNr();
        column = Math.max(before.getColumnNr(), 1);
      }
      try {
        return parser.nextToken();
      } catch (JsonProcessingException e) {
        String what = e instanceof StreamConstraintsException
            ? "the input exceeds a read limit (see ReadLimits): "
            : "the input is not well-formed: ";
        String where;
        String pointer;
        if (row == 0) {
          where = "the header row";
          pointer = "";
        } else if (cell >= 0 && cell < columns.size()) {
          where = "row " + row + ", `" + columns.get(cell) + "`";
          pointer = "/" + row + "/" + columns.get(cell);
        } else {
          where = "row " + row;
          pointer = "/" + row;
        }
        throw new RoadmapReadException(new ReadProblem(where + ": " + what + e.getOriginalMessage(), line, column,
            pointer), e);
      }
    }

    private OutcomeRow row(int row, List<String> cells, List<int[]> at) {
      OutcomeRow.Builder b = OutcomeRow.builder();
      for (int index = 0; index < cells.size(); index++) {
        String name = columns.get(index);
        // A quoted cell spans lines: its line breaks are those of the file. When the file's rows end
        // in CRLF (an editor saved it so), so do the lines inside its cells; the model keeps line
        // breaks as LF. The writer ends rows with LF, so the cells it writes are kept exactly.
        String cell = lineEnds.crlf ? cells.get(index).replace("\r\n", "\n") : cells.get(index);
        String value = unmarked(cell);
        try {
          switch (name) {
            case "id" -> b.id(OutcomeId.parse(value));
            case "actionLine" -> b.actionLine(ActionLine.parse(value));
            case "section" -> b.section(OutcomeSection.parse(value));
            case "label" -> b.label(value);
            case "statement" -> b.statement(value);
            case "timing" -> b.timing(cell.isEmpty() ? Optional.empty() : Optional.of(value));
            case "sdgLinks" -> b.sdgLinks(sdgLinks(value));
            case "sdgRaw" -> b.sdgRaw(cell.isEmpty() ? Optional.empty() : Optional.of(value));
            case "references" -> b.references(cell.isEmpty() ? List.of() : Arrays.asList(value.split("\n", -1)));
            case "evidenceCount" -> b.evidenceCount(count(value));
            case "expectedCount" -> b.expectedCount(count(value));
            case "activitiesCount" -> b.activitiesCount(count(value));
            case "achievementsCount" -> b.achievementsCount(count(value));
            case "gdcLinks" -> b.gdcLinks(gdcLinks(value));
            default -> b.targetsCount(count(value));
          }
        } catch (RoadmapException e) {
          throw fail(at.get(index)[0], at.get(index)[1], "/" + row + "/" + name,
              "row " + row + ", `" + name + "`: " + e.getMessage());
        }
      }
      return b.build();
    }
  }

  private static List<GdcObjective> gdcLinks(String cell) {
    List<GdcObjective> links = new ArrayList<>();
    if (!cell.isBlank()) {
      for (String number : cell.split(",", -1)) {
        String digits = number.strip();
        if (!digits.matches("[0-9]{1,2}")) {
          throw new RoadmapException("a GDC link must be an objective's number such as '3', but was: "
              + RoadmapException.quote(number));
        }
        links.add(GdcObjective.of(Integer.parseInt(digits)));
      }
    }
    return links;
  }

  /**
   * Watches the characters going to the parser for a line that ends in CRLF outside quoted cells
   * (the quotes of comment lines do not count).
   */
  private static final class LineEnds extends FilterReader {
    private boolean crlf;
    private boolean quoted;
    private boolean comment;
    private boolean lineStart = true;
    private int last = -1;

    LineEnds(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        see((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n && !crlf; i++) {
        see(buffer[offset + i]);
      }
      return n;
    }

    private void see(char c) {
      if (c == '\n' && !quoted) {
        crlf |= last == '\r';
        comment = false;
        lineStart = true;
      } else {
        if (lineStart && c == '#' && !quoted) {
          comment = true;
        } else if (c == '"' && !comment) {
          quoted = !quoted;
        }
        lineStart = false;
      }
      last = c;
    }
  }

  private static List<SdgLink> sdgLinks(String cell) {
    if (cell.isBlank()) {
      return List.of();
    }
    List<SdgLink> links = new ArrayList<>();
    for (String code : cell.split(",", -1)) {
      // SdgLink.parse refuses a target missing from the UN catalogue, as the JSON reader does,
      // so that no format reads what another refuses
      links.add(SdgLink.parse(code));
    }
    return links;
  }

  private static int count(String cell) {
    if (!cell.matches("[0-9]{1,9}")) {
      throw new RoadmapException("a count must be a whole number from 0, but was: " + RoadmapException.quote(cell));
    }
    return Integer.parseInt(cell);
  }

  private static RoadmapReadException fail(int line, int column, String pointer, String message) {
    return new RoadmapReadException(new ReadProblem(message, line, column, pointer));
  }

  /** Returns the value of a cell as read: without the one leading apostrophe the writer put there. */
  static String unmarked(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == TEXT_MARK ? cell.substring(1) : cell;
  }
}
