package org.wsis.roadmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.io.internal.Documents;
import org.wsis.roadmap.io.internal.Factories;
import org.wsis.roadmap.io.internal.LibraryVersion;
import org.wsis.roadmap.io.internal.Names;

/**
 * Writes roadmaps as CSV tables for spreadsheets, and reads the flat table back.
 *
 * <p>Two tables, both UTF-8 with {@code "\n"} line ends, a first comment line naming the table, the
 * schema version and the library version ({@code # wsis-roadmap outcomes; schema 1.0; library
 * 0.1.0}), then a header row, then the rows; cells are quoted only when they must be (RFC 4180):
 *
 * <ul>
 *   <li>the <b>flat</b> table, one row per outcome, columns {@link #OUTCOME_COLUMNS}: id, action
 *       line, section, label, statement, raw timing, SDG codes ({@code "9, 9.c"}), raw SDG cell,
 *       the raw text of each reference (one per line inside the cell), and the counts of evidence
 *       items, expected results, activities, achievements and targets. An empty cell is an absent
 *       value. {@link #readOutcomes(String)} reads it back into {@link OutcomeRow}s equal to
 *       {@link OutcomeRow#allOf(Roadmap)};
 *   <li>the <b>long</b> table, one row per outcome and SDG link, columns {@link #SDG_LINK_COLUMNS}.
 * </ul>
 *
 * <pre>{@code
 * String csv = RoadmapCsv.toOutcomesString(roadmap);
 * List<OutcomeRow> rows = RoadmapCsv.readOutcomes(csv);
 * String links = RoadmapCsv.toSdgLinksString(roadmap);
 * }</pre>
 *
 * <p>The CSV form carries only these fields; use {@link RoadmapJson} for a lossless copy. Reading
 * applies the {@link ReadLimits}. This class is thread-safe.
 */
public final class RoadmapCsv {
  /** The columns of the flat table, one row per outcome. */
  public static final List<String> OUTCOME_COLUMNS = List.of(
      "id", "actionLine", "section", "label", "statement", "timing", "sdgLinks", "sdgRaw", "references",
      "evidenceCount", "expectedCount", "activitiesCount", "achievementsCount", "targetsCount");

  /** The columns of the long table, one row per outcome and SDG link. */
  public static final List<String> SDG_LINK_COLUMNS =
      List.of("outcomeId", "actionLine", "section", "label", "linkKind", "goal", "target");

  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n").withComments();

  private RoadmapCsv() {}

  // ---------------------------------------------------------------- flat table

  /**
   * Writes the flat table of a roadmap to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapIoException when the file cannot be written
   */
  public static void writeOutcomes(Roadmap roadmap, Path path) {
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      writeOutcomes(roadmap, out);
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  /**
   * Writes the flat table of a roadmap in UTF-8 to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapIoException when the stream fails
   */
  public static void writeOutcomes(Roadmap roadmap, OutputStream out) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writeOutcomes(roadmap, writer);
  }

  /**
   * Writes the flat table of a roadmap to a writer, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws RoadmapIoException when the writer fails
   */
  public static void writeOutcomes(Roadmap roadmap, Writer out) {
    List<List<String>> rows = new ArrayList<>();
    for (OutcomeRow row : OutcomeRow.allOf(roadmap)) {
      rows.add(List.of(
          row.getId().toString(),
          row.getActionLine().getCode(),
          row.getSection().name(),
          row.getLabel(),
          row.getStatement(),
          row.getTiming().orElse(""),
          row.getSdgLinks().stream().map(SdgLink::getCode).collect(Collectors.joining(", ")),
          row.getSdgRaw().orElse(""),
          String.join("\n", row.getReferences()),
          Integer.toString(row.getEvidenceCount()),
          Integer.toString(row.getExpectedCount()),
          Integer.toString(row.getActivitiesCount()),
          Integer.toString(row.getAchievementsCount()),
          Integer.toString(row.getTargetsCount())));
    }
    table(out, "outcomes", OUTCOME_COLUMNS, rows);
  }

  /**
   * Returns the flat table of a roadmap.
   *
   * @param roadmap the roadmap
   * @return the CSV text
   */
  public static String toOutcomesString(Roadmap roadmap) {
    StringWriter out = new StringWriter();
    writeOutcomes(roadmap, out);
    return out.toString();
  }

  /**
   * Reads a flat table from a file.
   *
   * @param path the file, UTF-8
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table, with line, column and
   *     a pointer {@code /row/column} (rows counted from 0 after the header)
   * @throws RoadmapIoException when the file cannot be read
   */
  public static List<OutcomeRow> readOutcomes(Path path) {
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return readOutcomes(in);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", path, e);
    }
  }

  /**
   * Reads a flat table from a stream, which is left open.
   *
   * @param in the stream, UTF-8
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(InputStream in) {
    return readOutcomes(Documents.utf8Reader(Objects.requireNonNull(in, "in")));
  }

  /**
   * Reads a flat table from a text.
   *
   * @param csv the text
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(String csv) {
    return readOutcomes(new StringReader(Objects.requireNonNull(csv, "csv")));
  }

  /**
   * Reads a flat table from characters; the reader is left open.
   *
   * @param in the reader
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(Reader in) {
    Objects.requireNonNull(in, "in");
    try (CsvParser parser = (CsvParser) Factories.csv().createParser(Documents.withoutBom(in))) {
      parser.setSchema(SCHEMA);
      return Documents.guarded(parser, 1, () -> {
        try {
          return rows(parser);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (JsonProcessingException e) {
      throw Documents.located(e, null, 1);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new RoadmapReadException(new ReadProblem(Documents.NOT_UTF8, 1, 1, ""), e);
    } catch (IOException e) {
      throw new RoadmapIoException("cannot read the CSV table: " + e.getMessage(), null, e);
    }
  }

  private static List<OutcomeRow> rows(CsvParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw fail(parser.currentLocation(), "", "the document: a flat roadmap table must start with the header row "
          + String.join(",", OUTCOME_COLUMNS) + ", but the input is empty");
    }
    JsonLocation headerAt = parser.currentTokenLocation();
    List<String> header = cells(parser);
    if (!header.equals(OUTCOME_COLUMNS)) {
      throw fail(headerAt, "", "the document: the header row must be " + String.join(",", OUTCOME_COLUMNS)
          + ", but was: " + String.join(",", header));
    }
    List<OutcomeRow> rows = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
      JsonLocation at = parser.currentTokenLocation();
      List<String> cells = cells(parser);
      int index = rows.size();
      if (cells.size() != OUTCOME_COLUMNS.size()) {
        throw fail(at, "/" + index, "row " + index + ": must have " + OUTCOME_COLUMNS.size() + " cells, but has "
            + cells.size());
      }
      rows.add(row(at, index, cells));
    }
    if (token != null) {
      throw fail(parser.currentLocation(), "", "the document: expected a row, but was " + token);
    }
    return rows;
  }

  private static List<String> cells(CsvParser parser) throws IOException {
    List<String> cells = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      // A quoted cell spans lines: its line breaks are those of the file, so CRLF files would leave
      // a CR at the end of every line of the cell; the model keeps line breaks as LF.
      cells.add(parser.getText().replace("\r\n", "\n"));
    }
    return cells;
  }

  private static OutcomeRow row(JsonLocation at, int index, List<String> cells) {
    OutcomeRow.Builder b = OutcomeRow.builder();
    for (int column = 0; column < cells.size(); column++) {
      String name = OUTCOME_COLUMNS.get(column);
      String cell = cells.get(column);
      try {
        switch (name) {
          case "id":
            b.id(OutcomeId.parse(cell));
            break;
          case "actionLine":
            b.actionLine(ActionLine.parse(cell));
            break;
          case "section":
            b.section(OutcomeSection.parse(cell));
            break;
          case "label":
            b.label(cell);
            break;
          case "statement":
            b.statement(cell);
            break;
          case "timing":
            if (!cell.isEmpty()) {
              b.timing(cell);
            }
            break;
          case "sdgLinks":
            if (!cell.isBlank()) {
              for (String code : cell.split(",")) {
                b.addSdgLink(SdgLink.parse(code));
              }
            }
            break;
          case "sdgRaw":
            if (!cell.isEmpty()) {
              b.sdgRaw(cell);
            }
            break;
          case "references":
            if (!cell.isEmpty()) {
              b.addAllReferences(Arrays.asList(cell.split("\n", -1)));
            }
            break;
          default:
            int count = count(cell);
            switch (name) {
              case "evidenceCount":
                b.evidenceCount(count);
                break;
              case "expectedCount":
                b.expectedCount(count);
                break;
              case "activitiesCount":
                b.activitiesCount(count);
                break;
              case "achievementsCount":
                b.achievementsCount(count);
                break;
              default:
                b.targetsCount(count);
                break;
            }
            break;
        }
      } catch (RoadmapException e) {
        throw fail(at, "/" + index + "/" + name, "row " + index + ", `" + name + "`: " + e.getMessage());
      }
    }
    return b.build();
  }

  private static int count(String cell) {
    if (!cell.matches("[0-9]{1,9}")) {
      throw new RoadmapException("a count must be a whole number from 0, but was: '" + cell + "'");
    }
    return Integer.parseInt(cell);
  }

  private static RoadmapReadException fail(JsonLocation at, String pointer, String message) {
    // the CSV parser counts the lines of a row's start from 0
    return new RoadmapReadException(new ReadProblem(message, Math.max(at.getLineNr(), 0) + 1,
        Math.max(at.getColumnNr(), 1), pointer));
  }

  // ---------------------------------------------------------------- long table

  /**
   * Writes the long table (one row per outcome and SDG link) to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapIoException when the file cannot be written
   */
  public static void writeSdgLinks(Roadmap roadmap, Path path) {
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      writeSdgLinks(roadmap, out);
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  /**
   * Writes the long table in UTF-8 to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapIoException when the stream fails
   */
  public static void writeSdgLinks(Roadmap roadmap, OutputStream out) {
    writeSdgLinks(roadmap, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  /**
   * Writes the long table to a writer, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws RoadmapIoException when the writer fails
   */
  public static void writeSdgLinks(Roadmap roadmap, Writer out) {
    List<List<String>> rows = new ArrayList<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      for (Outcome outcome : line.getOutcomes()) {
        for (SdgLink link : outcome.getSdgLinks()) {
          rows.add(List.of(
              outcome.getId().toString(),
              line.getActionLine().getCode(),
              outcome.getSection().name(),
              outcome.getLabel(),
              link.getKind().name(),
              link.getGoal().getCode(),
              link.getKind() == SdgLink.Kind.TARGET ? ((TargetLink) link).getTarget().toString() : ""));
        }
      }
    }
    table(out, "SDG links", SDG_LINK_COLUMNS, rows);
  }

  /**
   * Returns the long table (one row per outcome and SDG link).
   *
   * @param roadmap the roadmap
   * @return the CSV text
   */
  public static String toSdgLinksString(Roadmap roadmap) {
    StringWriter out = new StringWriter();
    writeSdgLinks(roadmap, out);
    return out.toString();
  }

  private static void table(Writer out, String what, List<String> columns, List<List<String>> rows) {
    Objects.requireNonNull(out, "out");
    try {
      out.write("# wsis-roadmap " + what + "; schema " + Names.CURRENT_SCHEMA_VERSION + "; library "
          + LibraryVersion.get() + "\n");
      try (CsvGenerator g = (CsvGenerator) Factories.csv().createGenerator(out)) {
        g.setSchema(SCHEMA);
        row(g, columns);
        for (List<String> row : rows) {
          row(g, row);
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new RoadmapIoException("cannot write the CSV table: " + e.getMessage(), null, e);
    }
  }

  private static void row(CsvGenerator g, List<String> cells) throws IOException {
    g.writeStartArray();
    for (String cell : cells) {
      g.writeString(cell);
    }
    g.writeEndArray();
  }
}
