package org.wsis.roadmap.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.Roadmap;

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
 * try (OutcomeLineWriter out = RoadmapJsonLines.openWriter(header, path)) {
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(Path path, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().withLimits(limits).read(path).getRoadmap();
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(InputStream in, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().withLimits(limits).read(in).getRoadmap();
  }

  /**
   * Reads a roadmap strictly from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap
   * @throws RoadmapReadException when a line is not valid, with its line number
   * @throws RoadmapIoException when the reader fails
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(Reader in, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().withLimits(limits).read(in).getRoadmap();
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(String jsonLines, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().withLimits(limits).read(jsonLines).getRoadmap();
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(Path path, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).read(path);
  }

  /**
   * Reads a roadmap leniently from a stream, which is left open: lines that cannot be read are
   * skipped and reported.
   *
   * @param in the stream, UTF-8
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read
   * @throws RoadmapIoException when the stream fails
   */
  public static ReadResult readLenient(InputStream in) {
    return RoadmapFormat.jsonLines().reader().lenient().read(in);
  }

  /**
   * Reads a roadmap leniently from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when the header line cannot be read
   * @throws RoadmapIoException when the reader fails
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(Reader in, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).read(in);
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(String jsonLines, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).read(jsonLines);
  }

  /**
   * Writes a roadmap to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapIoException when the file cannot be written
   */
  public static void write(Roadmap roadmap, Path path) {
    RoadmapFormat.jsonLines().writer().write(roadmap, path);
  }

  /**
   * Writes a roadmap in UTF-8 to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapIoException when the stream fails
   */
  public static void write(Roadmap roadmap, OutputStream out) {
    RoadmapFormat.jsonLines().writer().write(roadmap, out);
  }

  /**
   * Writes a roadmap to a writer, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws RoadmapIoException when the writer fails
   * @deprecated use {@code RoadmapFormat.jsonLines().writer().write(roadmap, out)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static void write(Roadmap roadmap, Writer out) {
    RoadmapFormat.jsonLines().writer().write(roadmap, out);
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
    return RoadmapFormat.jsonLines().writer().toString(roadmap);
  }

  /**
   * Returns a roadmap as JSON Lines in UTF-8; an unpaired surrogate is kept as the escape {@code
   * \\uD800}, so that the bytes read back to the same roadmap.
   *
   * @param roadmap the roadmap
   * @return the bytes, one line per outcome after the header, each ending with {@code '\n'}
   */
  public static byte[] toBytes(Roadmap roadmap) {
    return RoadmapFormat.jsonLines().writer().toBytes(roadmap);
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
  public static OutcomeLineReader open(Path path) {
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().withLimits(limits).lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader open(Path path, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().withLimits(limits).lines(path);
  }

  /**
   * Opens a strict streaming reader on a stream; closing the reader leaves the stream open.
   *
   * @param in the stream, UTF-8
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   */
  public static OutcomeLineReader open(InputStream in) {
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().withLimits(limits).lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader open(InputStream in, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().withLimits(limits).lines(in);
  }

  /**
   * Opens a strict streaming reader on characters; closing the reader leaves them open.
   *
   * @param in the reader
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader open(Reader in) {
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().withLimits(limits).lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader open(Reader in, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().withLimits(limits).lines(in);
  }

  /**
   * Opens a lenient streaming reader on a file: lines that cannot be read are skipped and listed in
   * {@link OutcomeLineReader#getProblems()}; closing the reader closes the file.
   *
   * @param path the file, UTF-8
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line cannot be read
   * @throws RoadmapIoException when the file cannot be opened
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader openLenient(Path path) {
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader openLenient(Path path, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).lines(path);
  }

  /**
   * Opens a lenient streaming reader on characters; closing the reader leaves them open.
   *
   * @param in the reader
   * @return the reader, positioned after the header
   * @throws RoadmapReadException when the header line cannot be read
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader openLenient(Reader in) {
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
   * @deprecated use {@code RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).lines(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineReader openLenient(Reader in, ReadLimits limits) {
    return RoadmapFormat.jsonLines().reader().lenient().withLimits(limits).lines(in);
  }

  /**
   * Opens a writer on a file, created or replaced, and writes the header line.
   *
   * @param header the roadmap whose properties (but not action lines) go in the header
   * @param path the file
   * @return the writer; closing it closes the file
   * @throws RoadmapIoException when the file cannot be written
   */
  public static OutcomeLineWriter openWriter(Roadmap header, Path path) {
    return RoadmapFormat.jsonLines().writer().openLines(header, path);
  }

  /**
   * Opens a writer on a stream, in UTF-8, and writes the header line.
   *
   * @param header the roadmap whose properties (but not action lines) go in the header
   * @param out the stream; closing the writer flushes it and leaves it open
   * @return the writer
   * @throws RoadmapIoException when the stream fails
   */
  public static OutcomeLineWriter openWriter(Roadmap header, OutputStream out) {
    return RoadmapFormat.jsonLines().writer().openLines(header, out);
  }

  /**
   * Opens a writer on characters and writes the header line.
   *
   * @param header the roadmap whose properties (but not action lines) go in the header
   * @param out the writer; closing the line writer flushes it and leaves it open
   * @return the writer
   * @throws RoadmapIoException when the writer fails
   * @deprecated use {@code RoadmapFormat.jsonLines().writer().openLines(header, out)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static OutcomeLineWriter openWriter(Roadmap header, Writer out) {
    return RoadmapFormat.jsonLines().writer().openLines(header, out);
  }

}
