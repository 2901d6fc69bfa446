package org.wsis.roadmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.internal.Utf8Reader;

/**
 * Reads roadmaps in one {@link RoadmapFormat}, strictly or leniently, within some {@link ReadLimits}:
 * an immutable settings object, in the manner of Jackson's {@code ObjectReader}. Each {@code with}
 * method returns a new reader; readers are cheap to make and can be kept and shared.
 *
 * <pre>{@code
 * RoadmapReader strict = RoadmapFormat.json().reader();           // strict, default limits
 * Roadmap roadmap = strict.read(path).getRoadmap();                // RoadmapReadException on the first problem
 * ReadResult result = strict.lenient().withLimits(small).read(in); // the roadmap and every problem met
 * try (OutcomeLineReader lines = RoadmapFormat.jsonLines().reader().lines(path)) {
 *   lines.forEachRemaining(line -> ...);                           // one line in memory at a time
 * }
 * }</pre>
 *
 * <p>Strict: the first problem throws a {@link RoadmapReadException} with its line, column and JSON
 * pointer. Lenient: the roadmap is read from what can be read and the problems are listed in the
 * {@link ReadResult}; problems that leave nothing to read (malformed text, a limit passed, no roadmap)
 * throw in both modes. Streams and readers given to this class are left open; files are closed.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapReader {
  private final RoadmapFormat format;
  private final boolean strict;
  private final ReadLimits limits;

  private RoadmapReader(RoadmapFormat format, boolean strict, ReadLimits limits) {
    this.format = format;
    this.strict = strict;
    this.limits = limits;
  }

  static RoadmapReader of(RoadmapFormat format) {
    return new RoadmapReader(format, true, ReadLimits.defaults());
  }

  /**
   * Returns the format read.
   *
   * @return the format
   */
  public RoadmapFormat getFormat() {
    return format;
  }

  /**
   * Tells whether the first problem throws.
   *
   * @return true for a strict reader, the default
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Returns the limits applied.
   *
   * @return the limits; {@link ReadLimits#defaults()} unless set
   */
  public ReadLimits getLimits() {
    return limits;
  }

  /**
   * Returns a strict reader: the first problem throws.
   *
   * @return the reader
   */
  public RoadmapReader strict() {
    return strict ? this : new RoadmapReader(format, true, limits);
  }

  /**
   * Returns a lenient reader: problems are listed, values the model cannot hold left out, unknown
   * properties kept as extensions.
   *
   * @return the reader
   */
  public RoadmapReader lenient() {
    return strict ? new RoadmapReader(format, false, limits) : this;
  }

  /**
   * Returns a reader applying other limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public RoadmapReader withLimits(ReadLimits limits) {
    return new RoadmapReader(format, strict, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a roadmap from a file.
   *
   * @param path the file
   * @return the roadmap and, for a lenient reader, the problems met
   * @throws RoadmapReadException when the file is not a roadmap in this format, with the location
   * @throws RoadmapIoException when the file cannot be read
   */
  public ReadResult read(Path path) {
    return format.read(Objects.requireNonNull(path, "path"), this);
  }

  /**
   * Reads a roadmap from a stream, which is left open.
   *
   * @param in the stream; text formats are UTF-8 (JSON also UTF-16/32, YAML UTF-16 with a byte order mark)
   * @return the roadmap and, for a lenient reader, the problems met
   * @throws RoadmapReadException when the input is not a roadmap in this format, with the location
   * @throws RoadmapIoException when the stream fails
   */
  public ReadResult read(InputStream in) {
    return format.read(Objects.requireNonNull(in, "in"), this);
  }

  /**
   * Reads a roadmap from bytes.
   *
   * @param bytes the bytes
   * @return the roadmap and, for a lenient reader, the problems met
   * @throws RoadmapReadException when the input is not a roadmap in this format, with the location
   */
  public ReadResult read(byte[] bytes) {
    return format.read(Objects.requireNonNull(bytes, "bytes"), this);
  }

  /**
   * Reads a roadmap from characters, which are left open.
   *
   * @param in the characters
   * @return the roadmap and, for a lenient reader, the problems met
   * @throws RoadmapReadException when the input is not a roadmap in this format, with the location
   * @throws RoadmapIoException when the reader fails
   * @throws UnsupportedOperationException when the format is binary ({@link RoadmapFormat#isText()} is false)
   */
  public ReadResult read(Reader in) {
    return format.read(Objects.requireNonNull(in, "in"), this);
  }

  /**
   * Reads a roadmap from a text.
   *
   * @param text the text
   * @return the roadmap and, for a lenient reader, the problems met
   * @throws RoadmapReadException when the text is not a roadmap in this format, with the location
   * @throws UnsupportedOperationException when the format is binary
   */
  public ReadResult read(String text) {
    return read(new StringReader(Objects.requireNonNull(text, "text")));
  }

  /**
   * Opens a line-by-line reader on a file; closing it closes the file.
   *
   * @param path the file, UTF-8
   * @return the line reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   * @throws RoadmapIoException when the file cannot be opened
   * @throws UnsupportedOperationException when the format has no lines ({@link RoadmapFormat#hasLines()})
   */
  public OutcomeLineReader lines(Path path) {
    requireLines();
    Reader in;
    try {
      in = new Utf8Reader(Files.newInputStream(Objects.requireNonNull(path, "path")));
    } catch (IOException e) {
      throw RoadmapIoException.of("read", path, e);
    }
    return format.openLines(in, true, this);
  }

  /**
   * Opens a line-by-line reader on a stream; closing it leaves the stream open.
   *
   * @param in the stream, UTF-8
   * @return the line reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   * @throws UnsupportedOperationException when the format has no lines
   */
  public OutcomeLineReader lines(InputStream in) {
    requireLines();
    return format.openLines(new Utf8Reader(Objects.requireNonNull(in, "in")), false, this);
  }

  /**
   * Opens a line-by-line reader on characters; closing it leaves them open.
   *
   * @param in the characters
   * @return the line reader, positioned after the header
   * @throws RoadmapReadException when the header line is not valid
   * @throws UnsupportedOperationException when the format has no lines
   */
  public OutcomeLineReader lines(Reader in) {
    requireLines();
    return format.openLines(Objects.requireNonNull(in, "in"), false, this);
  }

  private void requireLines() {
    if (!format.hasLines()) {
      throw new UnsupportedOperationException("the " + format.getId() + " format cannot be read line by line");
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RoadmapReader that && that.format.equals(format) && that.strict == strict
        && that.limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, strict, limits);
  }

  /**
   * Describes this reader.
   *
   * @return such as {@code "RoadmapReader{json, strict, ReadLimits{...}}"}
   */
  @Override
  public String toString() {
    return "RoadmapReader{" + format.getId() + ", " + (strict ? "strict" : "lenient") + ", " + limits + "}";
  }
}
