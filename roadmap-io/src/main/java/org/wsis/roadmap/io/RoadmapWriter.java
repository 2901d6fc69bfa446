package org.wsis.roadmap.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;

/**
 * Writes roadmaps in one {@link RoadmapFormat}, pretty or compact: an immutable settings object, in
 * the manner of Jackson's {@code ObjectWriter}.
 *
 * <pre>{@code
 * RoadmapWriter json = RoadmapFormat.json().writer();       // pretty
 * json.write(roadmap, path);
 * byte[] compact = json.compact().toBytes(roadmap);
 * try (OutcomeLineWriter out = RoadmapFormat.jsonLines().writer().openLines(header, path)) {
 *   out.startActionLine(c5);
 *   out.write(outcome);                                     // one line, written at once
 * }
 * }</pre>
 *
 * <p>Every format writes the same bytes for the same roadmap. Pretty or compact matters to JSON only:
 * YAML, CSV and JSON Lines have one form each. Streams and writers given to this class are flushed
 * and left open; files are created or replaced (not atomically: write {@link #toBytes(Roadmap)} through
 * a temporary file for that).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapWriter {
  private final RoadmapFormat format;
  private final boolean pretty;

  private RoadmapWriter(RoadmapFormat format, boolean pretty) {
    this.format = format;
    this.pretty = pretty;
  }

  static RoadmapWriter of(RoadmapFormat format) {
    return new RoadmapWriter(format, true);
  }

  /**
   * Returns the format written.
   *
   * @return the format
   */
  public RoadmapFormat getFormat() {
    return format;
  }

  /**
   * Tells whether the output is pretty (indented, one value per line) where the format has that choice.
   *
   * @return true by default
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Returns a writer of the pretty form.
   *
   * @return the writer
   */
  public RoadmapWriter pretty() {
    return pretty ? this : new RoadmapWriter(format, true);
  }

  /**
   * Returns a writer of the compact form (JSON: no white space, no final newline).
   *
   * @return the writer
   */
  public RoadmapWriter compact() {
    return pretty ? new RoadmapWriter(format, false) : this;
  }

  /**
   * Writes a roadmap to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapIoException when the file cannot be written
   * @throws org.wsis.roadmap.RoadmapException when the roadmap holds a value the format cannot hold
   */
  public void write(Roadmap roadmap, Path path) {
    format.write(Objects.requireNonNull(roadmap, "roadmap"), Objects.requireNonNull(path, "path"), this);
  }

  /**
   * Writes a roadmap to a stream, which is flushed and left open; text formats write UTF-8.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapIoException when the stream fails
   * @throws org.wsis.roadmap.RoadmapException when the roadmap holds a value the format cannot hold
   */
  public void write(Roadmap roadmap, OutputStream out) {
    format.write(Objects.requireNonNull(roadmap, "roadmap"), Objects.requireNonNull(out, "out"), this);
  }

  /**
   * Writes a roadmap to characters, which are flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the characters
   * @throws RoadmapIoException when the writer fails
   * @throws UnsupportedOperationException when the format is binary ({@link RoadmapFormat#isText()} is false)
   */
  public void write(Roadmap roadmap, Writer out) {
    format.write(Objects.requireNonNull(roadmap, "roadmap"), Objects.requireNonNull(out, "out"), this);
  }

  /**
   * Returns a roadmap written as bytes (UTF-8 for text formats).
   *
   * @param roadmap the roadmap
   * @return the bytes
   * @throws org.wsis.roadmap.RoadmapException when the roadmap holds a value the format cannot hold
   */
  public byte[] toBytes(Roadmap roadmap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(roadmap, out);
    return out.toByteArray();
  }

  /**
   * Returns a roadmap written as text.
   *
   * @param roadmap the roadmap
   * @return the text
   * @throws UnsupportedOperationException when the format is binary
   */
  public String toString(Roadmap roadmap) {
    if (!format.isText()) {
      throw new UnsupportedOperationException("the " + format.getId() + " format is binary; write it as bytes");
    }
    StringWriter out = new StringWriter();
    write(roadmap, out);
    return out.toString();
  }

  /**
   * Opens a line-by-line writer on a file, created or replaced, and writes the header line.
   *
   * @param header the roadmap whose properties, but not action lines, go in the header
   * @param path the file; closing the line writer closes it
   * @return the line writer
   * @throws RoadmapIoException when the file cannot be written
   * @throws UnsupportedOperationException when the format has no lines ({@link RoadmapFormat#hasLines()})
   */
  public OutcomeLineWriter openLines(Roadmap header, Path path) {
    requireLines();
    Objects.requireNonNull(header, "header");
    OutputStream out;
    try {
      out = Files.newOutputStream(Objects.requireNonNull(path, "path"));
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
    return format.openLines(header, out, true);
  }

  /**
   * Opens a line-by-line writer on a stream, in UTF-8, and writes the header line.
   *
   * @param header the roadmap whose properties, but not action lines, go in the header
   * @param out the stream; closing the line writer flushes it and leaves it open
   * @return the line writer
   * @throws RoadmapIoException when the stream fails
   * @throws UnsupportedOperationException when the format has no lines
   */
  public OutcomeLineWriter openLines(Roadmap header, OutputStream out) {
    requireLines();
    return format.openLines(Objects.requireNonNull(header, "header"), Objects.requireNonNull(out, "out"), false);
  }

  /**
   * Opens a line-by-line writer on characters and writes the header line.
   *
   * @param header the roadmap whose properties, but not action lines, go in the header
   * @param out the characters; closing the line writer flushes them and leaves them open
   * @return the line writer
   * @throws RoadmapIoException when the writer fails
   * @throws UnsupportedOperationException when the format has no lines
   */
  public OutcomeLineWriter openLines(Roadmap header, Writer out) {
    requireLines();
    return format.openLines(Objects.requireNonNull(header, "header"), Objects.requireNonNull(out, "out"));
  }

  private void requireLines() {
    if (!format.hasLines()) {
      throw new UnsupportedOperationException("the " + format.getId() + " format cannot be written line by line");
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RoadmapWriter that && that.format.equals(format) && that.pretty == pretty;
  }

  @Override
  public int hashCode() {
    return format.hashCode() * 31 + Boolean.hashCode(pretty);
  }

  /**
   * Describes this writer.
   *
   * @return such as {@code "RoadmapWriter{json, pretty}"}
   */
  @Override
  public String toString() {
    return "RoadmapWriter{" + format.getId() + ", " + (pretty ? "pretty" : "compact") + "}";
  }
}
