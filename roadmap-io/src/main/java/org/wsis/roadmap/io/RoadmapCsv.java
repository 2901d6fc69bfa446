package org.wsis.roadmap.io;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.io.internal.CsvTableReader;
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
 *       value (no timing, no SDG cell, no references). {@link #readOutcomes(String)} reads it back
 *       into {@link OutcomeRow}s equal to {@link OutcomeRow#allOf(Roadmap)};
 *   <li>the <b>long</b> table, one row per outcome and SDG link, columns {@link #SDG_LINK_COLUMNS}.
 * </ul>
 *
 * <pre>{@code
 * String csv = RoadmapCsv.toOutcomesString(roadmap);
 * List<OutcomeRow> rows = RoadmapCsv.readOutcomes(csv);
 * String links = RoadmapCsv.toSdgLinksString(roadmap);
 * }</pre>
 *
 * <p><b>No formulas.</b> A spreadsheet evaluates a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (the characters of OWASP's CSV injection
 * guidance). The writers put an apostrophe {@code '} before such a cell, which spreadsheets read as
 * "this is text": {@code =HYPERLINK("http://x")} is written {@code '=HYPERLINK("http://x")}. A value
 * that itself starts with {@code '} gets one too ({@code 'quoted} is written {@code ''quoted}), and a
 * present but empty optional value is written as a lone {@code '}, so that reading is unambiguous:
 * the reader removes exactly one leading {@code '} from every cell that has one, and every value
 * reads back exactly as it was.
 *
 * <p><b>Codes</b> are checked as the JSON reader checks them: an SDG target missing from the UN
 * catalogue ({@code 9.z}, {@code 9.99}, {@code 17.20}) is refused, so a table this class reads never
 * gives a roadmap that {@link RoadmapJson} refuses.
 *
 * <p><b>Text</b> is written as UTF-8, which cannot hold an unpaired UTF-16 surrogate: the writers
 * refuse such a value with a {@link RoadmapException} naming the outcome, the column and the
 * character, before writing anything (JSON and YAML keep it as an escape).
 *
 * <p><b>What is lost.</b> The CSV form carries only the fields above; {@link #FIELDS_NOT_KEPT} lists
 * every field it does not keep. Use {@link RoadmapJson} for a lossless copy. Reading applies the
 * {@link ReadLimits}. This class is thread-safe.
 */
public final class RoadmapCsv {
  /** The columns of the flat table, one row per outcome. */
  public static final List<String> OUTCOME_COLUMNS = List.of(
      "id", "actionLine", "section", "label", "statement", "timing", "sdgLinks", "sdgRaw", "references",
      "evidenceCount", "expectedCount", "activitiesCount", "achievementsCount", "targetsCount");

  /**
   * The columns of the flat table of a roadmap with links to the objectives of the Global Digital
   * Compact: {@link #OUTCOME_COLUMNS} and then {@code gdcLinks}, the objectives' numbers ({@code "1, 3"}).
   * The writers use it only when an outcome has such links, so that tables of roadmaps without them
   * (every roadmap of 2024) stay as they were; the reader takes either header.
   */
  public static final List<String> OUTCOME_COLUMNS_WITH_GDC = Stream.concat(OUTCOME_COLUMNS.stream(),
      Stream.of("gdcLinks")).collect(Collectors.toUnmodifiableList());

  /** The columns of the long table, one row per outcome and SDG link. */
  public static final List<String> SDG_LINK_COLUMNS =
      List.of("outcomeId", "actionLine", "section", "label", "linkKind", "goal", "target");

  /** The properties of an outcome that the flat table holds (the raw text only of timing and references). */
  private static final Set<String> OUTCOME_PROPERTIES_KEPT =
      Set.of("id", "section", "label", "statement", "timing", "sdgLinks", "sdgRaw", "references", "gdcLinks");

  /**
   * The fields of a roadmap that a round trip through the flat table does not keep, as paths of the
   * canonical JSON ({@link RoadmapJson}), a path standing for the property and everything under it.
   *
   * <p>Derived from the properties the JSON form has: every property of the roadmap (its id too),
   * every property of an action line but its code and outcomes, every property of an outcome but
   * those the columns hold, and the extensions ({@code x-*}) of each; then action lines that have no
   * outcomes (a row is an outcome), the typed timing entries ({@code timing.entries}; the raw timing
   * is kept) and the typing of references ({@code references[].kind} with the typed properties that
   * go with it; the raw text of each reference is kept, one per line, so a line break inside a
   * reference's text splits it in two). Of evidence and results only the counts are kept.
   *
   * <pre>{@code
   * System.err.println("CSV does not keep: " + String.join(", ", RoadmapCsv.FIELDS_NOT_KEPT));
   * // asOf, facilitator, glossary, id, introduction, mandateReferences, status, title, x-*,
   * // actionLines[].notes, ..., actionLines[].outcomes[].subItems, ...
   * }</pre>
   */
  public static final List<String> FIELDS_NOT_KEPT = fieldsNotKept();

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** Put before a cell so that a spreadsheet reads it as text; removed again on reading. */
  private static final char TEXT_MARK = CsvTableReader.TEXT_MARK;

  private static final CsvSchema SCHEMA = CsvTableReader.SCHEMA;

  private RoadmapCsv() {}

  private static List<String> fieldsNotKept() {
    List<String> fields = new ArrayList<>();
    TreeSet<String> roadmap = new TreeSet<>(Names.ROADMAP);
    roadmap.remove("actionLines");
    fields.addAll(roadmap);
    fields.add("x-*");
    TreeSet<String> actionLine = new TreeSet<>(Names.ACTION_LINE);
    actionLine.removeAll(Set.of("actionLine", "outcomes"));
    actionLine.forEach(name -> fields.add("actionLines[]." + name));
    fields.add("actionLines[].x-*");
    fields.add("actionLines[] with no outcomes");
    TreeSet<String> outcome = new TreeSet<>(Names.OUTCOME);
    outcome.removeAll(OUTCOME_PROPERTIES_KEPT);
    outcome.forEach(name -> fields.add("actionLines[].outcomes[]." + name));
    fields.add("actionLines[].outcomes[].x-*");
    fields.add("actionLines[].outcomes[].timing.entries");
    fields.add("actionLines[].outcomes[].references[].kind");
    return List.copyOf(fields);
  }

  // ---------------------------------------------------------------- flat table

  /**
   * Writes the flat table of a roadmap to a file, created or replaced; nothing is written when a
   * value cannot be.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   * @throws RoadmapIoException when the file cannot be written
   */
  public static void writeOutcomes(Roadmap roadmap, Path path) {
    List<List<String>> rows = outcomeRows(roadmap);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      table(out, "outcomes", outcomeColumns(roadmap), rows);
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  /**
   * Writes the flat table of a roadmap in UTF-8 to a stream, which is flushed and left open; nothing
   * is written when a value cannot be.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   * @throws RoadmapIoException when the stream fails
   */
  public static void writeOutcomes(Roadmap roadmap, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writeOutcomes(roadmap, writer);
  }

  /**
   * Writes the flat table of a roadmap to a writer, which is flushed and left open; nothing is
   * written when a value cannot be.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   * @throws RoadmapIoException when the writer fails
   */
  public static void writeOutcomes(Roadmap roadmap, Writer out) {
    Objects.requireNonNull(out, "out");
    table(out, "outcomes", outcomeColumns(roadmap), outcomeRows(roadmap));
  }

  /**
   * Returns the flat table of a roadmap.
   *
   * @param roadmap the roadmap
   * @return the CSV text
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   */
  public static String toOutcomesString(Roadmap roadmap) {
    StringWriter out = new StringWriter();
    writeOutcomes(roadmap, out);
    return out.toString();
  }

  /** The columns of a roadmap's flat table: the GDC column only when an outcome has GDC links. */
  private static List<String> outcomeColumns(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    boolean gdc = roadmap.getActionLines().stream().flatMap(line -> line.getOutcomes().stream())
        .anyMatch(outcome -> !outcome.getGdcLinks().isEmpty());
    return gdc ? OUTCOME_COLUMNS_WITH_GDC : OUTCOME_COLUMNS;
  }

  private static List<List<String>> outcomeRows(Roadmap roadmap) {
    List<String> columns = outcomeColumns(roadmap);
    List<List<String>> rows = new ArrayList<>();
    for (OutcomeRow row : OutcomeRow.allOf(roadmap)) {
      Cells c = new Cells(row.getId().toString(), columns);
      c.text(row.getId().toString());
      c.text(row.getActionLine().getCode());
      c.text(row.getSection().name());
      c.text(row.getLabel());
      c.text(row.getStatement());
      c.optional(row.getTiming());
      c.text(row.getSdgLinks().stream().map(SdgLink::getCode).collect(Collectors.joining(", ")));
      c.optional(row.getSdgRaw());
      c.optional(row.getReferences().isEmpty() ? Optional.empty() : Optional.of(String.join("\n", row.getReferences())));
      c.text(Integer.toString(row.getEvidenceCount()));
      c.text(Integer.toString(row.getExpectedCount()));
      c.text(Integer.toString(row.getActivitiesCount()));
      c.text(Integer.toString(row.getAchievementsCount()));
      c.text(Integer.toString(row.getTargetsCount()));
      if (columns == OUTCOME_COLUMNS_WITH_GDC) {
        c.text(row.getGdcLinks().stream().map(o -> Integer.toString(o.getNumber())).collect(Collectors.joining(", ")));
      }
      rows.add(c.cells);
    }
    return rows;
  }

  /**
   * Reads a flat table from a file, with the default {@link ReadLimits}.
   *
   * @param path the file, UTF-8
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table, with the line and column
   *     where the cell starts (both from 1) and a pointer {@code /row/column} such as {@code
   *     /3/statement}, rows counted from 1 after the header row; bytes that are not UTF-8 and a table
   *     over a limit fail where they are found
   * @throws RoadmapIoException when the file cannot be read
   */
  public static List<OutcomeRow> readOutcomes(Path path) {
    return readOutcomes(path, ReadLimits.defaults());
  }

  /**
   * Reads a flat table from a file, with the given limits (the document length, a string's length).
   *
   * @param path the file, UTF-8
   * @param limits the limits
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   * @throws RoadmapIoException when the file cannot be read
   */
  public static List<OutcomeRow> readOutcomes(Path path, ReadLimits limits) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return readOutcomes(in, limits);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", path, e);
    }
  }

  /**
   * Reads a flat table from a stream, which is left open, with the default {@link ReadLimits}.
   *
   * @param in the stream, UTF-8
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(InputStream in) {
    return readOutcomes(in, ReadLimits.defaults());
  }

  /**
   * Reads a flat table from a stream, which is left open, with the given limits.
   *
   * @param in the stream, UTF-8
   * @param limits the limits
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(InputStream in, ReadLimits limits) {
    return readOutcomes(Documents.utf8Reader(Objects.requireNonNull(in, "in")), limits);
  }

  /**
   * Reads a flat table from a text, with the default {@link ReadLimits}.
   *
   * @param csv the text
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(String csv) {
    return readOutcomes(csv, ReadLimits.defaults());
  }

  /**
   * Reads a flat table from a text, with the given limits.
   *
   * @param csv the text
   * @param limits the limits
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(String csv, ReadLimits limits) {
    return readOutcomes(new StringReader(Objects.requireNonNull(csv, "csv")), limits);
  }

  /**
   * Reads a flat table from characters, with the default {@link ReadLimits}; the reader is left open.
   *
   * @param in the reader
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(Reader in) {
    return readOutcomes(in, ReadLimits.defaults());
  }

  /**
   * Reads a flat table from characters, with the given limits; the reader is left open.
   *
   * @param in the reader
   * @param limits the limits
   * @return the rows, in table order
   * @throws RoadmapReadException when the table is not a flat roadmap table (see {@link #readOutcomes(Path)})
   */
  public static List<OutcomeRow> readOutcomes(Reader in, ReadLimits limits) {
    return CsvTableReader.read(in, limits);
  }

  // ---------------------------------------------------------------- cells

  /**
   * Returns a cell as written: an apostrophe before a value that a spreadsheet would read as a
   * formula, or that starts with an apostrophe itself.
   */
  private static String marked(String value) {
    return !value.isEmpty() && (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 || value.charAt(0) == TEXT_MARK)
        ? TEXT_MARK + value
        : value;
  }

  /** The cells of one row being written, each checked and marked. */
  private static final class Cells {
    private final String outcome;
    private final List<String> columns;
    private final List<String> cells = new ArrayList<>();

    Cells(String outcome, List<String> columns) {
      this.outcome = outcome;
      this.columns = columns;
    }

    void text(String value) {
      check(value);
      cells.add(marked(value));
    }

    void optional(Optional<String> value) {
      if (value.isEmpty()) {
        cells.add("");
      } else if (value.get().isEmpty()) {
        cells.add(String.valueOf(TEXT_MARK));
      } else {
        text(value.get());
      }
    }

    private void check(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new RoadmapException("outcome " + outcome + ", `" + columns.get(cells.size()) + "`: a CSV table is"
              + " UTF-8, which cannot hold an unpaired surrogate, but character " + (i + 1) + " is "
              + String.format("\\u%04X", (int) c) + "; JSON and YAML keep it");
        }
      }
    }
  }

  // ---------------------------------------------------------------- long table

  /**
   * Writes the long table (one row per outcome and SDG link) to a file, created or replaced; nothing
   * is written when a value cannot be.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   * @throws RoadmapIoException when the file cannot be written
   */
  public static void writeSdgLinks(Roadmap roadmap, Path path) {
    List<List<String>> rows = sdgLinkRows(roadmap);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      table(out, "SDG links", SDG_LINK_COLUMNS, rows);
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  /**
   * Writes the long table in UTF-8 to a stream, which is flushed and left open; nothing is written
   * when a value cannot be.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   * @throws RoadmapIoException when the stream fails
   */
  public static void writeSdgLinks(Roadmap roadmap, OutputStream out) {
    Objects.requireNonNull(out, "out");
    writeSdgLinks(roadmap, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  /**
   * Writes the long table to a writer, which is flushed and left open; nothing is written when a
   * value cannot be.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   * @throws RoadmapIoException when the writer fails
   */
  public static void writeSdgLinks(Roadmap roadmap, Writer out) {
    Objects.requireNonNull(out, "out");
    table(out, "SDG links", SDG_LINK_COLUMNS, sdgLinkRows(roadmap));
  }

  /**
   * Returns the long table (one row per outcome and SDG link).
   *
   * @param roadmap the roadmap
   * @return the CSV text
   * @throws RoadmapException when a value holds an unpaired surrogate, which UTF-8 cannot hold
   */
  public static String toSdgLinksString(Roadmap roadmap) {
    StringWriter out = new StringWriter();
    writeSdgLinks(roadmap, out);
    return out.toString();
  }

  private static List<List<String>> sdgLinkRows(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    List<List<String>> rows = new ArrayList<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      for (Outcome outcome : line.getOutcomes()) {
        for (SdgLink link : outcome.getSdgLinks()) {
          Cells c = new Cells(outcome.getId().toString(), SDG_LINK_COLUMNS);
          c.text(outcome.getId().toString());
          c.text(line.getActionLine().getCode());
          c.text(outcome.getSection().name());
          c.text(outcome.getLabel());
          c.text(link.getKind().name());
          c.text(link.getGoal().getCode());
          c.text(link.getKind() == SdgLink.Kind.TARGET ? ((TargetLink) link).getTarget().toString() : "");
          rows.add(c.cells);
        }
      }
    }
    return rows;
  }

  private static void table(Writer out, String what, List<String> columns, List<List<String>> rows) {
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
