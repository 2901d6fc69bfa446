package org.wsis.roadmap.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.office.internal.Location;
import org.wsis.roadmap.office.internal.WorkbookReader;
import org.wsis.roadmap.office.internal.WorkbookWriter;

/**
 * Reads and writes roadmaps as Excel workbooks (.xlsx), losslessly: reading a written workbook gives
 * an equal roadmap whose canonical JSON is byte for byte the same.
 *
 * <p>The layout (see {@code docs/office.md} and the workbook's own {@code read-me} sheet) is derived
 * from the JSON Schema of the canonical JSON: a {@code roadmap} sheet of properties and values, one
 * sheet per list ({@code actionLines}, {@code outcomes}, {@code subItems}, {@code references}, ...)
 * with one row per item, nested objects flattened into dotted headers ({@code timing.raw}), and key
 * columns linking each row to its parent row (action line code, outcome id, position from 1). Every
 * cell is a text cell, never a number, a date or a formula, so codes such as {@code 9.1}, {@code 01}
 * and {@code C5.GT.B3} stay as written. An empty cell is an absent value; a list with no row is an
 * empty list; an optional group present with nothing else in it is marked {@code present}.
 *
 * <pre>{@code
 * RoadmapWorkbook.write(roadmap, Path.of("roadmap.xlsx"));
 * Roadmap back = RoadmapWorkbook.read(Path.of("roadmap.xlsx"));          // strict
 * ReadResult edited = RoadmapWorkbook.readLenient(Path.of("edited.xlsx")); // problems with sheet and cell
 * }</pre>
 *
 * <p>Reading applies {@link ReadLimits}: the file and what it inflates to are bounded by the document
 * length, the rows of all sheets by the text lines, a cell by the string length. Encrypted and
 * legacy binary files, macro-enabled files, parts that declare a DTD or an entity, and zip bombs are
 * refused with a {@link WorkbookReadException}. Each problem names the sheet, the cell (A1), the
 * header and the JSON pointer of the value; an unknown header is one problem, not one per row. This
 * class is thread-safe.
 */
public final class RoadmapWorkbook {
  /** The media type of the files this class reads and writes. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private RoadmapWorkbook() {}

  /**
   * Writes a roadmap as a workbook to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapIoException when the file cannot be written
   * @throws org.wsis.roadmap.RoadmapException when a text is longer than a cell holds (32,767 characters)
   */
  public static void write(Roadmap roadmap, Path path) {
    Objects.requireNonNull(roadmap, "roadmap");
    try (OutputStream out = Files.newOutputStream(path)) {
      WorkbookWriter.write(roadmap, out);
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  /**
   * Writes a roadmap as a workbook to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapIoException when the stream fails
   * @throws org.wsis.roadmap.RoadmapException when a text is longer than a cell holds (32,767 characters)
   */
  public static void write(Roadmap roadmap, OutputStream out) {
    Objects.requireNonNull(roadmap, "roadmap");
    Objects.requireNonNull(out, "out");
    try {
      WorkbookWriter.write(roadmap, new NonClosing(out));
    } catch (IOException e) {
      throw RoadmapIoException.of("write", null, e);
    }
  }

  /**
   * Returns a roadmap as the bytes of a workbook.
   *
   * @param roadmap the roadmap
   * @return the bytes of the .xlsx file
   * @throws org.wsis.roadmap.RoadmapException when a text is longer than a cell holds (32,767 characters)
   */
  public static byte[] toBytes(Roadmap roadmap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(roadmap, out);
    return out.toByteArray();
  }

  /**
   * Reads a roadmap strictly from a workbook file.
   *
   * @param path the file
   * @return the roadmap
   * @throws WorkbookReadException when the file is no readable workbook or a value is not as the layout says
   * @throws RoadmapIoException when the file cannot be read
   */
  public static Roadmap read(Path path) {
    return read(path, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap strictly from a workbook file.
   *
   * @param path the file
   * @param limits the limits
   * @return the roadmap
   * @throws WorkbookReadException when the file is no readable workbook or a value is not as the layout says
   * @throws RoadmapIoException when the file cannot be read
   */
  public static Roadmap read(Path path, ReadLimits limits) {
    return strict(bytes(path, limits), limits);
  }

  /**
   * Reads a roadmap strictly from a stream holding a workbook; the stream is left open.
   *
   * @param in the stream
   * @return the roadmap
   * @throws WorkbookReadException when the input is no readable workbook or a value is not as the layout says
   * @throws RoadmapIoException when the stream fails
   */
  public static Roadmap read(InputStream in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap strictly from a stream holding a workbook; the stream is left open.
   *
   * @param in the stream
   * @param limits the limits
   * @return the roadmap
   * @throws WorkbookReadException when the input is no readable workbook or a value is not as the layout says
   * @throws RoadmapIoException when the stream fails
   */
  public static Roadmap read(InputStream in, ReadLimits limits) {
    return strict(bytes(in, limits), limits);
  }

  /**
   * Reads a roadmap leniently from a workbook file: what can be read is kept, and every problem is
   * listed with its sheet, cell, header and JSON pointer ({@link ReadProblem#getLine()} is the row,
   * {@link ReadProblem#getColumn()} the column).
   *
   * @param path the file
   * @return the roadmap and the problems
   * @throws WorkbookReadException when nothing can be read: no workbook, a refused file, a read limit
   *     exceeded, a roadmap without its required properties
   * @throws RoadmapIoException when the file cannot be read
   */
  public static ReadResult readLenient(Path path) {
    return readLenient(path, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap leniently from a workbook file.
   *
   * @param path the file
   * @param limits the limits
   * @return the roadmap and the problems
   * @throws WorkbookReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws RoadmapIoException when the file cannot be read
   */
  public static ReadResult readLenient(Path path, ReadLimits limits) {
    return lenient(bytes(path, limits), limits);
  }

  /**
   * Reads a roadmap leniently from a stream holding a workbook; the stream is left open.
   *
   * @param in the stream
   * @return the roadmap and the problems
   * @throws WorkbookReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws RoadmapIoException when the stream fails
   */
  public static ReadResult readLenient(InputStream in) {
    return readLenient(in, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap leniently from a stream holding a workbook; the stream is left open.
   *
   * @param in the stream
   * @param limits the limits
   * @return the roadmap and the problems
   * @throws WorkbookReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws RoadmapIoException when the stream fails
   */
  public static ReadResult readLenient(InputStream in, ReadLimits limits) {
    return lenient(bytes(in, limits), limits);
  }

  private static Roadmap strict(byte[] bytes, ReadLimits limits) {
    WorkbookReader.Result result = cells(bytes, limits);
    if (!result.problems().isEmpty()) {
      throw exception(result.problems().get(0), null);
    }
    try {
      return RoadmapFormat.json().reader().withLimits(jsonLimits(limits)).read(result.json()).getRoadmap();
    } catch (RoadmapReadException e) {
      throw exception(new WorkbookReader.Problem(e.getProblem().getMessage(), result.locate(e.getPointer()), e.getPointer()), e);
    }
  }

  private static ReadResult lenient(byte[] bytes, ReadLimits limits) {
    WorkbookReader.Result result = cells(bytes, limits);
    ReadResult json;
    try {
      json = RoadmapFormat.json().reader().lenient().withLimits(jsonLimits(limits)).read(result.json());
    } catch (RoadmapReadException e) {
      throw exception(new WorkbookReader.Problem(e.getProblem().getMessage(), result.locate(e.getPointer()), e.getPointer()), e);
    }
    List<ReadProblem> problems = new ArrayList<>();
    for (WorkbookReader.Problem problem : result.problems()) {
      problems.add(readProblem(problem));
    }
    for (ReadProblem problem : json.getProblems()) {
      problems.add(readProblem(new WorkbookReader.Problem(problem.getMessage(), result.locate(problem.getPointer()), problem.getPointer())));
    }
    return new ReadResult(json.getRoadmap(), problems);
  }

  /** The JSON built from the cells is about as long as their text; the workbook's own limits bound it. */
  private static ReadLimits jsonLimits(ReadLimits limits) {
    return limits.toBuilder().maxDocumentLength(Math.max(limits.getMaxDocumentLength(), 4 * limits.getMaxDocumentLength())).build();
  }

  private static WorkbookReader.Result cells(byte[] bytes, ReadLimits limits) {
    try {
      return WorkbookReader.read(bytes, limits);
    } catch (WorkbookReader.Fatal e) {
      throw exception(e.problem(), e.getCause());
    }
  }

  private static ReadProblem readProblem(WorkbookReader.Problem problem) {
    Location at = problem.location();
    return new ReadProblem(at.describe() + ": " + problem.message(), at.row(), at.column(), problem.pointer());
  }

  private static WorkbookReadException exception(WorkbookReader.Problem problem, Throwable cause) {
    Location at = problem.location();
    return new WorkbookReadException(readProblem(problem), at.sheet(), at.cell(), at.header(), cause);
  }

  static byte[] bytes(Path path, ReadLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limits, "limits");
    try (InputStream in = Files.newInputStream(path)) {
      return bounded(in, limits);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", path, e);
    }
  }

  static byte[] bytes(InputStream in, ReadLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    try {
      return bounded(in, limits);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", null, e);
    }
  }

  private static byte[] bounded(InputStream in, ReadLimits limits) throws IOException {
    long max = limits.getMaxDocumentLength();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      ReadProblem problem = new ReadProblem("the file must be at most " + max + " bytes (see ReadLimits), but is longer", 0, 0, "");
      throw new WorkbookReadException(problem, "", "", "", null);
    }
    return bytes;
  }

  /** Keeps POI from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
