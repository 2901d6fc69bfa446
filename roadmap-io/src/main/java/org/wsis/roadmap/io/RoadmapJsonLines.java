package org.wsis.roadmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.internal.Documents;
import org.wsis.roadmap.io.internal.Factories;
import org.wsis.roadmap.io.internal.InputFailure;
import org.wsis.roadmap.io.internal.ModelReader;
import org.wsis.roadmap.io.internal.ModelWriter;
import org.wsis.roadmap.io.internal.Names;
import org.wsis.roadmap.io.internal.Utf8Reader;

/**
 * Reads and writes roadmaps as JSON Lines: one outcome per line, for collections far larger than
 * memory.
 *
 * <p>The first line is a header, {@code {"schemaVersion":"1.0","roadmap":{...}}}, holding the
 * roadmap's properties except its action lines. Every further line is an item, {@code
 * {"actionLineIndex":0,"actionLine":{...},"outcome":{...}}}: an outcome with its action line's
 * properties (except the outcome list) and the action line's position; an action line with no
 * outcomes has one item without {@code "outcome"}. Items come in roadmap order, so the roadmap is
 * rebuilt by grouping consecutive items of the same index. Every line is compact canonical JSON
 * ({@link RoadmapJson}) ending with {@code "\n"}; the encoding is UTF-8.
 *
 * <pre>{@code
 * try (RoadmapJsonLines.LineWriter out = RoadmapJsonLines.openWriter(header, path)) {
 *   out.startActionLine(c5);
 *   out.write(outcome);             // one line, written at once
 * }
 * try (Stream<OutcomeLine> lines = RoadmapJsonLines.open(path).stream()) {
 *   lines.forEach(line -> ...);     // one line in memory at a time
 * }
 * }</pre>
 *
 * <p>Reading works line by line in bounded memory: each line is limited to {@link
 * ReadLimits#MAX_JSON_LINE_LENGTH} and read with the other {@link ReadLimits}. A lenient reader
 * skips a line it cannot read and reports it. This class is thread-safe; each reader and writer it
 * opens is for one thread.
 */
public final class RoadmapJsonLines {
  private RoadmapJsonLines() {}

  // ---------------------------------------------------------------- whole roadmaps

  /**
   * Reads a roadmap strictly from a file.
   *
   * @param path the file, UTF-8
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid, with its line number
   * @throws RoadmapIoException when the file cannot be read
   */
  public static Roadmap read(Path path) {
    return read(path, ReadLimits.defaults());
  }

  /**
   * Reads a roadmap strictly from a file, within the given limits.
   *
   * @param path the file, UTF-8
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid or a limit is passed, with its line number
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Roadmap read(Path path, ReadLimits limits) {
    try (LineReader lines = open(path, limits)) {
      return lines.toRoadmap();
    }
  }

  /**
   * Reads a roadmap strictly from a stream, which is left open.
   *
   * @param in the stream, UTF-8
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid, with its line number
   * @throws RoadmapIoException when the stream fails
   */
  public static Roadmap read(InputStream in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads a roadmap strictly from a stream, which is left open, within the given limits.
   *
   * @param in the stream, UTF-8
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid or a limit is passed, with its line number
   * @throws UncheckedIOException when the stream fails
   */
  public static Roadmap read(InputStream in, ReadLimits limits) {
    return open(in, limits).toRoadmap();
  }

  /**
   * Reads a roadmap strictly from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid, with its line number
   * @throws RoadmapIoException when the reader fails
   */
  public static Roadmap read(Reader in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads a roadmap strictly from characters, within the given limits; the reader is left open.
   *
   * @param in the reader
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid or a limit is passed, with its line number
   * @throws UncheckedIOException when the reader fails
   */
  public static Roadmap read(Reader in, ReadLimits limits) {
    return open(in, limits).toRoadmap();
  }

  /**
   * Reads a roadmap strictly from a text.
   *
   * @param jsonLines the text
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid, with its line number
   */
  public static Roadmap read(String jsonLines) {
    return read(jsonLines, ReadLimits.defaults());
  }

  /**
   * Reads a roadmap strictly from a text, within the given limits.
   *
   * @param jsonLines the text
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid or a limit is passed, with its line number
   */
  public static Roadmap read(String jsonLines, ReadLimits limits) {
    return read(new StringReader(Objects.requireNonNull(jsonLines, "jsonLines")), limits);
  }

  /**
   * Reads a roadmap leniently from a file: lines that cannot be read are skipped and reported.
   *
   * @param path the file, UTF-8
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read
   * @throws RoadmapIoException when the file cannot be read
   */
  public static ReadResult readLenient(Path path) {
    return readLenient(path, ReadLimits.defaults());
  }

  /**
   * Reads a roadmap leniently from a file, within the given limits: lines that cannot be read are
   * skipped and reported; a limit passed ends the read.
   *
   * @param path the file, UTF-8
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read or a total limit is passed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ReadResult readLenient(Path path, ReadLimits limits) {
    try (LineReader lines = openLenient(path, limits)) {
      Roadmap roadmap = lines.toRoadmap();
      return new ReadResult(roadmap, lines.getProblems());
    }
  }

  /**
   * Reads a roadmap leniently from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read
   * @throws RoadmapIoException when the reader fails
   */
  public static ReadResult readLenient(Reader in) {
    return readLenient(in, ReadLimits.defaults());
  }

  /**
   * Reads a roadmap leniently from characters, within the given limits; the reader is left open.
   *
   * @param in the reader
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read or a total limit is passed
   * @throws UncheckedIOException when the reader fails
   */
  public static ReadResult readLenient(Reader in, ReadLimits limits) {
    LineReader lines = openLenient(in, limits);
    Roadmap roadmap = lines.toRoadmap();
    return new ReadResult(roadmap, lines.getProblems());
  }

  /**
   * Reads a roadmap leniently from a text.
   *
   * @param jsonLines the text
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read
   */
  public static ReadResult readLenient(String jsonLines) {
    return readLenient(jsonLines, ReadLimits.defaults());
  }

  /**
   * Reads a roadmap leniently from a text, within the given limits.
   *
   * @param jsonLines the text
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read or a total limit is passed
   */
  public static ReadResult readLenient(String jsonLines, ReadLimits limits) {
    return readLenient(new StringReader(Objects.requireNonNull(jsonLines, "jsonLines")), limits);
  }

  /**
   * Writes a roadmap to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapIoException when the file cannot be written
   */
  public static void write(Roadmap roadmap, Path path) {
    try (LineWriter out = openWriter(roadmap, path)) {
      out.writeAll(roadmap);
    }
  }

  /**
   * Writes a roadmap in UTF-8 to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapIoException when the stream fails
   */
  public static void write(Roadmap roadmap, OutputStream out) {
    try (LineWriter lines = openWriter(roadmap, out)) {
      lines.writeAll(roadmap);
    }
  }

  /**
   * Writes a roadmap to a writer, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws RoadmapIoException when the writer fails
   */
  public static void write(Roadmap roadmap, Writer out) {
    try (LineWriter lines = openWriter(roadmap, out)) {
      lines.writeAll(roadmap);
    }
  }

  /**
   * Returns a roadmap as JSON Lines. Text holding an unpaired surrogate keeps it as a character, as
   * Java strings may; encode such a text with {@link #toBytes(Roadmap)} or {@link #write(Roadmap,
   * OutputStream)}, which write it as the escape {@code \\uD800}, since a character encoder would
   * replace it with {@code ?}.
   *
   * @param roadmap the roadmap
   * @return the text, one line per outcome after the header, each ending with {@code "\n"}
   */
  public static String toString(Roadmap roadmap) {
    StringWriter out = new StringWriter();
    write(roadmap, out);
    return out.toString();
  }

  /**
   * Returns a roadmap as JSON Lines in UTF-8; an unpaired surrogate is kept as the escape {@code
   * \\uD800}, so that the bytes read back to the same roadmap.
   *
   * @param roadmap the roadmap
   * @return the bytes, one line per outcome after the header, each ending with {@code '\n'}
   */
  public static byte[] toBytes(Roadmap roadmap) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write(roadmap, out);
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- streaming

  /**
   * Opens a strict streaming reader on a file; closing the reader closes the file.
   *
   * @param path the file, UTF-8
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   * @throws RoadmapIoException when the file cannot be opened
   */
  public static LineReader open(Path path) {
    return open(path, ReadLimits.defaults());
  }

  /**
   * Opens a strict streaming reader on a file, within the given limits; closing the reader closes the file.
   *
   * @param path the file, UTF-8
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static LineReader open(Path path, ReadLimits limits) {
    return new LineReader(openFile(path), true, true, limits);
  }

  /**
   * Opens a strict streaming reader on a stream; closing the reader leaves the stream open.
   *
   * @param in the stream, UTF-8
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   */
  public static LineReader open(InputStream in) {
    return open(in, ReadLimits.defaults());
  }

  /**
   * Opens a strict streaming reader on a stream, within the given limits; closing the reader leaves the
   * stream open.
   *
   * @param in the stream, UTF-8
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   */
  public static LineReader open(InputStream in, ReadLimits limits) {
    return new LineReader(new Utf8Reader(Objects.requireNonNull(in, "in")), false, true, limits);
  }

  /**
   * Opens a strict streaming reader on characters; closing the reader leaves them open.
   *
   * @param in the reader
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   */
  public static LineReader open(Reader in) {
    return open(in, ReadLimits.defaults());
  }

  /**
   * Opens a strict streaming reader on characters, within the given limits; closing the reader leaves
   * them open.
   *
   * @param in the reader
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   */
  public static LineReader open(Reader in, ReadLimits limits) {
    return new LineReader(Objects.requireNonNull(in, "in"), false, true, limits);
  }

  /**
   * Opens a lenient streaming reader on a file: lines that cannot be read are skipped and listed in
   * {@link LineReader#getProblems()}; closing the reader closes the file.
   *
   * @param path the file, UTF-8
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line cannot be read
   * @throws RoadmapIoException when the file cannot be opened
   */
  public static LineReader openLenient(Path path) {
    return openLenient(path, ReadLimits.defaults());
  }

  /**
   * Opens a lenient streaming reader on a file, within the given limits; closing the reader closes the
   * file.
   *
   * @param path the file, UTF-8
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line cannot be read
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static LineReader openLenient(Path path, ReadLimits limits) {
    return new LineReader(openFile(path), true, false, limits);
  }

  /**
   * Opens a lenient streaming reader on characters; closing the reader leaves them open.
   *
   * @param in the reader
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line cannot be read
   */
  public static LineReader openLenient(Reader in) {
    return openLenient(in, ReadLimits.defaults());
  }

  /**
   * Opens a lenient streaming reader on characters, within the given limits; closing the reader leaves
   * them open.
   *
   * @param in the reader
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line cannot be read
   */
  public static LineReader openLenient(Reader in, ReadLimits limits) {
    return new LineReader(Objects.requireNonNull(in, "in"), false, false, limits);
  }

  /**
   * Opens a writer on a file, created or replaced, and writes the header line.
   *
   * @param header the roadmap whose properties (but not action lines) go in the header
   * @param path the file
   * @return the writer; closing it closes the file
   * @throws RoadmapIoException when the file cannot be written
   */
  public static LineWriter openWriter(Roadmap header, Path path) {
    try {
      return new LineWriter(header, Files.newOutputStream(path), true);
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  /**
   * Opens a writer on a stream, in UTF-8, and writes the header line.
   *
   * @param header the roadmap whose properties (but not action lines) go in the header
   * @param out the stream; closing the writer flushes it and leaves it open
   * @return the writer
   * @throws RoadmapIoException when the stream fails
   */
  public static LineWriter openWriter(Roadmap header, OutputStream out) {
    return new LineWriter(header, Objects.requireNonNull(out, "out"), false);
  }

  /**
   * Opens a writer on characters and writes the header line.
   *
   * @param header the roadmap whose properties (but not action lines) go in the header
   * @param out the writer; closing the line writer flushes it and leaves it open
   * @return the writer
   * @throws RoadmapIoException when the writer fails
   */
  public static LineWriter openWriter(Roadmap header, Writer out) {
    return new LineWriter(header, Objects.requireNonNull(out, "out"), false);
  }

  private static Reader openFile(Path path) {
    try {
      return new Utf8Reader(Files.newInputStream(Objects.requireNonNull(path, "path")));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", path, e);
    }
  }

  /**
   * A streaming reader of JSON Lines: an iterator of {@link OutcomeLine}s that holds one line in
   * memory at a time. It must be closed; use it in try-with-resources, or close its {@link #stream()}.
   *
   * <pre>{@code
   * try (RoadmapJsonLines.LineReader lines = RoadmapJsonLines.open(path)) {
   *   Roadmap header = lines.getHeader();
   *   while (lines.hasNext()) {
   *     OutcomeLine line = lines.next();
   *   }
   * }
   * }</pre>
   *
   * <p>Not thread-safe: one reader per thread.
   */
  public static final class LineReader implements Iterator<OutcomeLine>, Closeable {
    private final Reader in;
    private final boolean closeIn;
    private final boolean strict;
    private final ReadLimits limits;
    private final JsonFactory factory;
    private final List<ReadProblem> problems = new ArrayList<>();
    private final Roadmap header;
    private int lineNumber;
    private OutcomeLine next;
    private boolean ended;
    private boolean lineSkipped;

    /** Characters read from {@code in} in bulk; lines are cut from here, never a character at a time. */
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    /** Characters consumed from {@code in} so far, for the total limit. */
    private long consumed;

    LineReader(Reader in, boolean closeIn, boolean strict, ReadLimits limits) {
      this.in = in;
      this.closeIn = closeIn;
      this.strict = strict;
      this.limits = Objects.requireNonNull(limits, "limits");
      this.factory = Factories.json(limits);
      try {
        this.header = readHeader();
      } catch (RuntimeException e) {
        closeQuietly();
        throw e;
      }
    }

    /**
     * Returns the roadmap properties of the header line.
     *
     * @return the roadmap, without action lines
     */
    public Roadmap getHeader() {
      return header;
    }

    /**
     * Returns the problems of a lenient reader so far.
     *
     * @return the problems, in line order; always empty for a strict reader
     */
    public List<ReadProblem> getProblems() {
      return List.copyOf(problems);
    }

    /**
     * Tells whether another item line follows.
     *
     * @return true when {@link #next()} returns a line
     * @throws RoadmapReadException when a strict reader meets a line that is not valid
     * @throws RoadmapIoException when the input fails
     */
    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = advance();
        ended = next == null;
      }
      return next != null;
    }

    /**
     * Returns the next item line.
     *
     * @return the line
     * @throws NoSuchElementException when no line follows
     * @throws RoadmapReadException when a strict reader meets a line that is not valid
     */
    @Override
    public OutcomeLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more lines after line " + lineNumber);
      }
      OutcomeLine line = next;
      next = null;
      return line;
    }

    /**
     * Returns the remaining item lines as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<OutcomeLine> stream() {
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
          false).onClose(this::close);
    }

    /**
     * Reads the remaining lines and rebuilds the roadmap.
     *
     * @return the header's roadmap with its action lines and outcomes
     * @throws RoadmapReadException when a strict reader meets a line that is not valid
     */
    public Roadmap toRoadmap() {
      Roadmap.Builder roadmap = Roadmap.builder().from(header);
      ActionLineRoadmap.Builder current = null;
      ActionLineRoadmap currentMeta = null;
      int currentIndex = -1;
      boolean currentHasItem = false;
      while (hasNext()) {
        OutcomeLine line = next();
        if (current != null && line.getActionLineIndex() == currentIndex) {
          if (!line.getActionLine().equals(currentMeta)) {
            problem(line.getLine(), "/actionLine", "`actionLine`: differs from the action line of the earlier lines "
                + "with actionLineIndex " + currentIndex + "; the earlier one is kept");
          }
          if (line.getOutcome().isEmpty()) {
            problem(line.getLine(), "", "the document: a line without an outcome must be the only line of its action line");
          }
        } else if (line.getActionLineIndex() > currentIndex) {
          if (line.getActionLineIndex() != currentIndex + 1) {
            problem(line.getLine(), "/actionLineIndex", "`actionLineIndex`: " + expectedIndex(current, currentIndex)
                + ", but was " + line.getActionLineIndex());
          }
          if (current != null) {
            roadmap.addActionLine(current.build());
          }
          current = ActionLineRoadmap.builder().from(line.getActionLine());
          currentMeta = line.getActionLine();
          currentIndex = line.getActionLineIndex();
        } else {
          problem(line.getLine(), "/actionLineIndex", "`actionLineIndex`: " + expectedIndex(current, currentIndex)
              + ", but was " + line.getActionLineIndex() + lineLeftOut());
          continue;
        }
        line.getOutcome().ifPresent(current::addOutcome);
      }
      if (current != null) {
        roadmap.addActionLine(current.build());
      }
      return roadmap.build();
    }

    /** The rule for the next index: the first item line says 0; a later one the same index or the next. */
    private static String expectedIndex(ActionLineRoadmap.Builder current, int currentIndex) {
      return current == null
          ? "the first item line must have index 0"
          : "must be " + currentIndex + " (the same action line) or " + (currentIndex + 1) + " (the next one)";
    }

    /** Closes the input, when this reader opened it. */
    @Override
    public void close() {
      ended = true;
      next = null;
      if (closeIn) {
        try {
          in.close();
        } catch (IOException e) {
          throw RoadmapIoException.of("read", null, e);
        }
      }
    }

    private void closeQuietly() {
      try {
        close();
      } catch (RoadmapIoException e) {
        // the header failure is the one to report
      }
    }

    private Roadmap readHeader() {
      String text = readLine();
      if (text == null) {
        throw new RoadmapReadException(new ReadProblem(
            "the document: the input is empty; JSON Lines of a roadmap start with a header line "
                + "{\"schemaVersion\": \"" + Names.CURRENT_SCHEMA_VERSION + "\", \"roadmap\": {...}}", 1, 1, ""));
      }
      ModelReader.LineRecord record = parse(text, true);
      if (record.roadmap == null) {
        throw new RoadmapReadException(new ReadProblem("the document: line 1 must be the header "
            + "{\"schemaVersion\": \"" + Names.CURRENT_SCHEMA_VERSION + "\", \"roadmap\": {...}}", lineNumber, 1, ""));
      }
      if (record.schemaVersion == null) {
        problem(lineNumber, "", "the document: the header must have 'schemaVersion' (this library writes '"
            + Names.CURRENT_SCHEMA_VERSION + "')");
      }
      return record.roadmap;
    }

    private OutcomeLine advance() {
      while (true) {
        String text = readLine();
        if (text == null) {
          return null;
        }
        if (text.isBlank()) {
          if (lineSkipped) {
            continue;
          }
          problem(lineNumber, "", "the document: a JSON Lines line must hold one object, but line " + lineNumber
              + " is blank" + lineLeftOut());
          continue;
        }
        ModelReader.LineRecord record;
        try {
          record = parse(text, false);
        } catch (RoadmapReadException e) {
          if (strict) {
            throw e;
          }
          problems.add(e.getProblem());
          continue;
        }
        if (record.roadmap != null) {
          problem(lineNumber, "", "the document: only line 1 may be a header" + lineLeftOut());
          continue;
        }
        return new OutcomeLine(lineNumber, record.actionLineIndex, record.actionLine, record.outcome);
      }
    }

    private ModelReader.LineRecord parse(String text, boolean header) {
      try (JsonParser parser = factory.createParser(text)) {
        ModelReader reader = new ModelReader(parser, strict, lineNumber);
        ModelReader.LineRecord record = Documents.guarded(parser, lineNumber, () -> {
          try {
            return reader.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        problems.addAll(reader.problems());
        return record;
      } catch (JsonProcessingException e) {
        throw Documents.located(e, null, lineNumber);
      } catch (IOException e) {
        throw RoadmapIoException.of("read", null, e);
      }
    }

    private String readLine() {
      int maxLine = limits.getMaxJsonLineLength();
      try {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean newline = false;
        boolean any = false;
        long lineChars = 0;
        while (!newline) {
          if (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
              break;
            }
            position = 0;
            limit = n;
            continue;
          }
          if (!any && lineNumber >= limits.getMaxJsonLines()) {
            throw new RoadmapReadException(new ReadProblem("the document: the input exceeds a read limit (see "
                + "ReadLimits): a JSON Lines stream may have at most " + limits.getMaxJsonLines() + " lines",
                lineNumber + 1, 1, ""));
          }
          int start = position;
          if (lineNumber == 0 && !any && buffer[start] == '\uFEFF') {
            start++; // a byte order mark before the first line
          }
          int end = start;
          while (end < limit && buffer[end] != '\n') {
            end++;
          }
          newline = end < limit;
          int next = newline ? end + 1 : end;
          if (consumed + (next - position) > limits.getMaxJsonLinesLength()) {
            long column = lineChars + (limits.getMaxJsonLinesLength() - consumed) + 1;
            throw new RoadmapReadException(new ReadProblem("the document: the input exceeds a read limit (see "
                + "ReadLimits): a JSON Lines stream may be at most " + limits.getMaxJsonLinesLength()
                + " characters long", lineNumber + 1, (int) Math.min(column, Integer.MAX_VALUE), ""));
          }
          consumed += next - position;
          lineChars += end - start;
          position = next;
          any = true;
          int room = maxLine - line.length();
          if (tooLong) {
            continue; // the rest of a line that is skipped
          }
          if (end - start <= room) {
            line.append(buffer, start, end - start);
          } else if (strict || lineNumber == 0) {
            throw new RoadmapReadException(new ReadProblem("the document: line " + (lineNumber + 1)
                + " is longer than " + maxLine + " characters (see ReadLimits)",
                lineNumber + 1, maxLine + 1, ""));
          } else {
            tooLong = true;
            line.setLength(0);
          }
        }
        if (!newline && line.length() == 0 && !tooLong) {
          return null;
        }
        lineNumber++;
        lineSkipped = tooLong;
        if (tooLong) {
          RoadmapReadException e = new RoadmapReadException(new ReadProblem("the document: line " + lineNumber
              + " is longer than " + maxLine + " characters (see ReadLimits)",
              lineNumber, maxLine + 1, ""));
          problems.add(e.getProblem());
          return "";
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      } catch (InputFailure e) {
        throw new RoadmapReadException(new ReadProblem("the document: " + e.getMessage(), e.getLine(),
            e.getColumn(), ""), e);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new RoadmapReadException(new ReadProblem(Documents.NOT_UTF8 + ": line " + (lineNumber + 1),
            lineNumber + 1, 1, ""), e);
      } catch (IOException e) {
        throw new RoadmapIoException("cannot read line " + (lineNumber + 1) + " of the input: " + e.getMessage(), null, e);
      }
    }

    /** The lenient reader's note that it skips a line; a strict read fails there, so says nothing of it. */
    private String lineLeftOut() {
      return strict ? "" : "; the line is left out";
    }

    private void problem(int line, String pointer, String message) {
      ReadProblem problem = new ReadProblem(message, line, 1, pointer);
      if (strict) {
        throw new RoadmapReadException(problem);
      }
      problems.add(problem);
    }
  }

  /**
   * A streaming writer of JSON Lines: writes the header when opened, then one line per outcome, at
   * once, so that memory use does not grow with the number of outcomes.
   *
   * <pre>{@code
   * try (RoadmapJsonLines.LineWriter out = RoadmapJsonLines.openWriter(header, path)) {
   *   out.startActionLine(c5);        // the action line's outcomes, if any, are not written
   *   out.write(first);
   *   out.write(second);
   *   out.startActionLine(c6);        // an action line with no outcomes gets one line of its own
   * }
   * }</pre>
   *
   * <p>Not thread-safe: one writer per thread.
   */
  public static final class LineWriter implements Closeable, Flushable {
    private final Flushable out;
    private final boolean closeOut;
    private final JsonGenerator g;
    private ActionLineRoadmap current;
    private int index = -1;
    private boolean pending;

    LineWriter(Roadmap header, Writer out, boolean closeOut) {
      this(header, out, closeOut, factory -> factory.createGenerator(out));
    }

    /** On bytes, the generator encodes UTF-8 itself, with no character writer in between. */
    LineWriter(Roadmap header, OutputStream out, boolean closeOut) {
      this(header, out, closeOut, factory -> factory.createGenerator(out, JsonEncoding.UTF8));
    }

    private LineWriter(Roadmap header, Flushable out, boolean closeOut, Documents.GeneratorTarget target) {
      Objects.requireNonNull(header, "header");
      this.out = out;
      this.closeOut = closeOut;
      try {
        this.g = target.open(Factories.json());
        g.setRootValueSeparator(null);
        g.writeStartObject();
        g.writeStringField(Names.SCHEMA_VERSION, Names.CURRENT_SCHEMA_VERSION);
        g.writeObjectFieldStart("roadmap");
        ModelWriter.writeRoadmapFields(g, header, false);
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
      } catch (IOException e) {
        throw new RoadmapIoException("cannot write the JSON Lines header: " + e.getMessage(), null, e);
      }
    }

    /**
     * Starts an action line: the outcomes written next belong to it.
     *
     * @param actionLine the action line; its own outcome list is not written
     * @throws RoadmapIoException when the output fails
     */
    public void startActionLine(ActionLineRoadmap actionLine) {
      Objects.requireNonNull(actionLine, "actionLine");
      finishActionLine();
      current = actionLine;
      index++;
      pending = true;
    }

    /**
     * Writes one outcome of the current action line.
     *
     * @param outcome the outcome
     * @throws IllegalStateException when no action line was started
     * @throws RoadmapIoException when the output fails
     */
    public void write(Outcome outcome) {
      Objects.requireNonNull(outcome, "outcome");
      if (current == null) {
        throw new IllegalStateException("start an action line with startActionLine before writing outcomes");
      }
      item(outcome);
      pending = false;
    }

    /**
     * Writes every action line and outcome of a roadmap.
     *
     * @param roadmap the roadmap
     * @throws RoadmapIoException when the output fails
     */
    public void writeAll(Roadmap roadmap) {
      for (ActionLineRoadmap line : roadmap.getActionLines()) {
        startActionLine(line);
        for (Outcome outcome : line.getOutcomes()) {
          write(outcome);
        }
      }
    }

    /**
     * Flushes the lines written so far.
     *
     * @throws RoadmapIoException when the output fails
     */
    @Override
    public void flush() {
      try {
        g.flush();
      } catch (IOException e) {
        throw RoadmapIoException.of("write", null, e);
      }
    }

    /**
     * Writes the line of an action line that had no outcomes, flushes, and closes the output when
     * this writer opened it.
     *
     * @throws RoadmapIoException when the output fails
     */
    @Override
    public void close() {
      try {
        finishActionLine();
        g.close();
        if (closeOut) {
          ((Closeable) out).close();
        } else {
          out.flush();
        }
      } catch (IOException e) {
        throw RoadmapIoException.of("write", null, e);
      }
    }

    private void finishActionLine() {
      if (pending) {
        item(null);
        pending = false;
      }
    }

    private void item(Outcome outcome) {
      try {
        g.writeStartObject();
        g.writeNumberField("actionLineIndex", index);
        g.writeObjectFieldStart("actionLine");
        ModelWriter.writeActionLineFields(g, current, false);
        g.writeEndObject();
        if (outcome != null) {
          g.writeFieldName("outcome");
          ModelWriter.writeOutcome(g, outcome);
        }
        g.writeEndObject();
        g.writeRaw('\n');
      } catch (IOException e) {
        throw new RoadmapIoException("cannot write a JSON Lines line: " + e.getMessage(), null, e);
      }
    }
  }
}
