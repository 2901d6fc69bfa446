package org.wsis.roadmap.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.Roadmap;

/**
 * Reads and writes roadmaps as YAML: the same tree as the YAML, for people who edit a
 * roadmap by hand.
 *
 * <p>The YAML written is deterministic: block style, two-space indents, {@code "\n"} line ends,
 * every string double-quoted (so that {@code no}, {@code 2020} or {@code 9.1} stay strings), no
 * document marker, no type tags ({@code !<kind>}): a reference carries its {@code kind} as a plain
 * property, as in JSON. Comments in the input are ignored. Keys and values are those of {@link
 * RoadmapJson}, so {@code RoadmapJson.read(json)} and {@code RoadmapYaml.read(yaml)} give the same
 * roadmap for the same tree.
 *
 * <pre>{@code
 * String yaml = RoadmapYaml.toString(roadmap);
 * Roadmap back = RoadmapYaml.read(yaml);
 * }</pre>
 *
 * <p>Reading applies the {@link ReadLimits}, including the YAML ones (aliases, code points, nesting).
 * A strict read fails on the first problem; a lenient read returns the roadmap with a list of
 * problems. This class is thread-safe; its readers and writers are built once and shared.
 */
public final class RoadmapYaml {
  private RoadmapYaml() {}

  /**
   * Reads a roadmap strictly from a UTF-8 file.
   *
   * @param path the file
   * @return the roadmap
   * @throws RoadmapReadException when the file is not a valid roadmap document, with the location
   * @throws org.wsis.roadmap.RoadmapIoException when the file cannot be read
   */
  public static Roadmap read(Path path) {
    return read(path, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap strictly from a UTF-8 file.
   *
   * @param path the file
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when the file is not a valid roadmap document, with the location
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @deprecated use {@code RoadmapFormat.yaml().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(Path path, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().withLimits(limits).read(path).getRoadmap();
  }

  /**
   * Reads a roadmap strictly from a stream, which is left open.
   *
   * @param in the stream, UTF-8 or UTF-16 with a byte order mark
   * @return the roadmap
   * @throws RoadmapReadException when the input is not a valid roadmap document, with the location
   * @throws org.wsis.roadmap.RoadmapIoException when the stream fails
   */
  public static Roadmap read(InputStream in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap strictly from a stream, which is left open.
   *
   * @param in the stream, UTF-8 or UTF-16 with a byte order mark
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when the input is not a valid roadmap document, with the location
   * @throws java.io.UncheckedIOException when the stream fails
   * @deprecated use {@code RoadmapFormat.yaml().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(InputStream in, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().withLimits(limits).read(in).getRoadmap();
  }

  /**
   * Reads a roadmap strictly from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap
   * @throws RoadmapReadException when the input is not a valid roadmap document, with the location
   * @throws org.wsis.roadmap.RoadmapIoException when the reader fails
   * @deprecated use {@code RoadmapFormat.yaml().reader().read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(Reader in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap strictly from characters; the reader is left open.
   *
   * @param in the reader
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when the input is not a valid roadmap document, with the location
   * @throws java.io.UncheckedIOException when the reader fails
   * @deprecated use {@code RoadmapFormat.yaml().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(Reader in, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().withLimits(limits).read(in).getRoadmap();
  }

  /**
   * Reads a roadmap strictly from a YAML text.
   *
   * @param yaml the text
   * @return the roadmap
   * @throws RoadmapReadException when the text is not a valid roadmap document, with the location
   */
  public static Roadmap read(String yaml) {
    return read(yaml, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap strictly from a YAML text.
   *
   * @param yaml the text
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when the text is not a valid roadmap document, with the location
   * @deprecated use {@code RoadmapFormat.yaml().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(String yaml, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().withLimits(limits).read(yaml).getRoadmap();
  }

  /**
   * Reads a roadmap leniently from a file.
   *
   * @param path the file
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read: malformed YAML, a read limit exceeded, no
   *     roadmap object, a roadmap without its required properties
   * @throws org.wsis.roadmap.RoadmapIoException when the file cannot be read
   */
  public static ReadResult readLenient(Path path) {
    return readLenient(path, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap leniently from a file.
   *
   * @param path the file
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read: malformed YAML, a read limit exceeded, no
   *     roadmap object, a roadmap without its required properties
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @deprecated use {@code RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(Path path, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(path);
  }

  /**
   * Reads a roadmap leniently from a stream, which is left open.
   *
   * @param in the stream
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws org.wsis.roadmap.RoadmapIoException when the stream fails
   */
  public static ReadResult readLenient(InputStream in) {
    return readLenient(in, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap leniently from a stream, which is left open.
   *
   * @param in the stream
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws java.io.UncheckedIOException when the stream fails
   * @deprecated use {@code RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(InputStream in, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(in);
  }

  /**
   * Reads a roadmap leniently from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws org.wsis.roadmap.RoadmapIoException when the reader fails
   * @deprecated use {@code RoadmapFormat.yaml().reader().lenient().read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(Reader in) {
    return readLenient(in, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap leniently from characters; the reader is left open.
   *
   * @param in the reader
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws java.io.UncheckedIOException when the reader fails
   * @deprecated use {@code RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(Reader in, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(in);
  }

  /**
   * Reads a roadmap leniently from a YAML text.
   *
   * @param yaml the text
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   */
  public static ReadResult readLenient(String yaml) {
    return readLenient(yaml, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap leniently from a YAML text.
   *
   * @param yaml the text
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   * @deprecated use {@code RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(String yaml, ReadLimits limits) {
    return RoadmapFormat.yaml().reader().lenient().withLimits(limits).read(yaml);
  }

  /**
   * Writes a roadmap as YAML to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws org.wsis.roadmap.RoadmapIoException when the file cannot be written
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not YAML text
   */
  public static void write(Roadmap roadmap, Path path) {
    RoadmapFormat.yaml().writer().write(roadmap, path);
  }

  /**
   * Writes a roadmap as YAML in UTF-8 to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws org.wsis.roadmap.RoadmapIoException when the stream fails
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not YAML text
   */
  public static void write(Roadmap roadmap, OutputStream out) {
    RoadmapFormat.yaml().writer().write(roadmap, out);
  }

  /**
   * Writes a roadmap as YAML to a writer, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws org.wsis.roadmap.RoadmapIoException when the writer fails
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not YAML text
   * @deprecated use {@code RoadmapFormat.yaml().writer().write(roadmap, out)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static void write(Roadmap roadmap, Writer out) {
    RoadmapFormat.yaml().writer().write(roadmap, out);
  }

  /**
   * Returns a roadmap as YAML.
   *
   * @param roadmap the roadmap
   * @return the YAML text, ending with {@code "\n"}
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not YAML text
   */
  public static String toString(Roadmap roadmap) {
    return RoadmapFormat.yaml().writer().toString(roadmap);
  }

  /**
   * Returns a roadmap as YAML in UTF-8.
   *
   * @param roadmap the roadmap
   * @return the bytes, ending with {@code '\n'}
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not YAML text
   */
  public static byte[] toBytes(Roadmap roadmap) {
    return RoadmapFormat.yaml().writer().toBytes(roadmap);
  }
}
