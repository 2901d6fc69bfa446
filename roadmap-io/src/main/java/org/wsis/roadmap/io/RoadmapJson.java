package org.wsis.roadmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.internal.Names;

/**
 * Reads and writes roadmaps as canonical JSON, the library's interchange format.
 *
 * <p>The canonical JSON is deterministic: the same roadmap always gives the same bytes. It is UTF-8,
 * one object with {@code "schemaVersion"} first and then the roadmap's properties in the fixed order
 * of the model; lists keep model order; every list is written, an empty one as {@code []}; an absent
 * optional value is left out; unknown properties kept by a lenient read come last, verbatim. The
 * pretty form indents by two spaces, puts one array item per line, ends lines with {@code "\n"}
 * whatever the platform, and ends with {@code "\n"}; the compact form has no white space at all. No
 * locale affects the output. The JSON Schema of the format is {@link #SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * String json = RoadmapJson.toString(roadmap);
 * Roadmap back = RoadmapJson.read(json);            // strict: throws RoadmapReadException
 * ReadResult lenient = RoadmapJson.readLenient(json); // keeps what it can, lists the problems
 * }</pre>
 *
 * <p>Reading applies the {@link ReadLimits}. A strict read fails on the first unknown property,
 * duplicate key, wrong type, malformed or unknown code (such as SDG target {@code 9.z}); a lenient
 * read returns the roadmap with a list of problems. This class is thread-safe; its readers and
 * writers are built once and shared.
 */
public final class RoadmapJson {
  /** The schema version this library writes in {@code "schemaVersion"}: {@value}. It reads every 1.x version. */
  public static final String SCHEMA_VERSION = Names.CURRENT_SCHEMA_VERSION;

  /**
   * The resource of the JSON Schema (draft 2020-12) of the canonical JSON: {@value}. On the class
   * path any code can read it; on the module path the resource is encapsulated in this module, so
   * read it with {@link #schema()}.
   */
  public static final String SCHEMA_RESOURCE = "/org/wsis/roadmap/io/roadmap.schema.json";

  private RoadmapJson() {}

  /**
   * Reads a roadmap strictly from a UTF-8 (or UTF-16/32, detected) file.
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
   * Reads, within the given limits, a roadmap strictly from a UTF-8 (or UTF-16/32, detected) file.
   *
   * @param path the file
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when the file is not a valid roadmap document, with the location
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @deprecated use {@code RoadmapFormat.json().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(Path path, ReadLimits limits) {
    return RoadmapFormat.json().reader().withLimits(limits).read(path).getRoadmap();
  }

  /**
   * Reads a roadmap strictly from a stream, which is left open.
   *
   * @param in the stream, UTF-8 (or UTF-16/32, detected)
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
   * @param in the stream, UTF-8 (or UTF-16/32, detected)
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when the input is not a valid roadmap document, with the location
   * @throws java.io.UncheckedIOException when the stream fails
   * @deprecated use {@code RoadmapFormat.json().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(InputStream in, ReadLimits limits) {
    return RoadmapFormat.json().reader().withLimits(limits).read(in).getRoadmap();
  }

  /**
   * Reads a roadmap strictly from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap
   * @throws RoadmapReadException when the input is not a valid roadmap document, with the location
   * @throws org.wsis.roadmap.RoadmapIoException when the reader fails
   * @deprecated use {@code RoadmapFormat.json().reader().read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
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
   * @deprecated use {@code RoadmapFormat.json().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(Reader in, ReadLimits limits) {
    return RoadmapFormat.json().reader().withLimits(limits).read(in).getRoadmap();
  }

  /**
   * Reads a roadmap strictly from a JSON text.
   *
   * @param json the text
   * @return the roadmap
   * @throws RoadmapReadException when the text is not a valid roadmap document, with the location
   */
  public static Roadmap read(String json) {
    return read(json, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap strictly from a JSON text.
   *
   * @param json the text
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap
   * @throws RoadmapReadException when the text is not a valid roadmap document, with the location
   * @deprecated use {@code RoadmapFormat.json().reader().withLimits(limits).read(in).getRoadmap()}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static Roadmap read(String json, ReadLimits limits) {
    return RoadmapFormat.json().reader().withLimits(limits).read(json).getRoadmap();
  }

  /**
   * Reads a roadmap leniently from a file.
   *
   * @param path the file
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read: malformed JSON, a read limit exceeded, no
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
   * @throws RoadmapReadException when nothing can be read: malformed JSON, a read limit exceeded, no
   *     roadmap object, a roadmap without its required properties
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @deprecated use {@code RoadmapFormat.json().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(Path path, ReadLimits limits) {
    return RoadmapFormat.json().reader().lenient().withLimits(limits).read(path);
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
   * @deprecated use {@code RoadmapFormat.json().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(InputStream in, ReadLimits limits) {
    return RoadmapFormat.json().reader().lenient().withLimits(limits).read(in);
  }

  /**
   * Reads a roadmap leniently from characters; the reader is left open.
   *
   * @param in the reader
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   * @throws org.wsis.roadmap.RoadmapIoException when the reader fails
   * @deprecated use {@code RoadmapFormat.json().reader().lenient().read(in)}: the reader and writer objects of {@link RoadmapFormat}
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
   * @deprecated use {@code RoadmapFormat.json().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(Reader in, ReadLimits limits) {
    return RoadmapFormat.json().reader().lenient().withLimits(limits).read(in);
  }

  /**
   * Reads a roadmap leniently from a JSON text.
   *
   * @param json the text
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   */
  public static ReadResult readLenient(String json) {
    return readLenient(json, ReadLimits.defaults());
  }

  /**
   * Reads, within the given limits, a roadmap leniently from a JSON text.
   *
   * @param json the text
   * @param limits the limits to apply instead of {@link ReadLimits#defaults()}
   * @return the roadmap and the problems met
   * @throws RoadmapReadException when nothing can be read (see {@link #readLenient(Path)})
   * @deprecated use {@code RoadmapFormat.json().reader().lenient().withLimits(limits).read(in)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static ReadResult readLenient(String json, ReadLimits limits) {
    return RoadmapFormat.json().reader().lenient().withLimits(limits).read(json);
  }

  /**
   * Writes a roadmap as pretty canonical JSON to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws org.wsis.roadmap.RoadmapIoException when the file cannot be written
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not JSON text
   */
  public static void write(Roadmap roadmap, Path path) {
    RoadmapFormat.json().writer().write(roadmap, path);
  }

  /**
   * Writes a roadmap as pretty canonical JSON in UTF-8 to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws org.wsis.roadmap.RoadmapIoException when the stream fails
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not JSON text
   */
  public static void write(Roadmap roadmap, OutputStream out) {
    RoadmapFormat.json().writer().write(roadmap, out);
  }

  /**
   * Writes a roadmap as pretty canonical JSON to a writer, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the writer
   * @throws org.wsis.roadmap.RoadmapIoException when the writer fails
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not JSON text
   * @deprecated use {@code RoadmapFormat.json().writer().write(roadmap, out)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static void write(Roadmap roadmap, Writer out) {
    RoadmapFormat.json().writer().write(roadmap, out);
  }

  /**
   * Writes a roadmap as compact canonical JSON (no white space, no final newline) to a stream,
   * which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws org.wsis.roadmap.RoadmapIoException when the stream fails
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not JSON text
   * @deprecated use {@code RoadmapFormat.json().writer().compact().write(roadmap, out)}: the reader and writer objects of {@link RoadmapFormat}
   */
  @Deprecated
  public static void writeCompact(Roadmap roadmap, OutputStream out) {
    RoadmapFormat.json().writer().compact().write(roadmap, out);
  }

  /**
   * Returns a roadmap as pretty canonical JSON.
   *
   * @param roadmap the roadmap
   * @return the JSON text, ending with {@code "\n"}
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not JSON text
   */
  public static String toString(Roadmap roadmap) {
    return RoadmapFormat.json().writer().toString(roadmap);
  }

  /**
   * Returns a roadmap as compact canonical JSON: no white space, no final newline.
   *
   * @param roadmap the roadmap
   * @return the JSON text
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not JSON text
   */
  public static String toCompactString(Roadmap roadmap) {
    return RoadmapFormat.json().writer().compact().toString(roadmap);
  }

  /**
   * Returns a roadmap as pretty canonical JSON in UTF-8.
   *
   * @param roadmap the roadmap
   * @return the bytes, ending with {@code '\n'}
   * @throws org.wsis.roadmap.RoadmapException when an extension of the roadmap is not JSON text
   */
  public static byte[] toBytes(Roadmap roadmap) {
    return RoadmapFormat.json().writer().toBytes(roadmap);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the canonical JSON, the resource {@link
   * #SCHEMA_RESOURCE}; this works on the module path too, where the resource is not readable from
   * other modules.
   *
   * <pre>{@code
   * Files.writeString(Path.of("roadmap.schema.json"), RoadmapJson.schema());
   * }</pre>
   *
   * @return the schema text, UTF-8 decoded
   */
  public static String schema() {
    try (InputStream in = RoadmapJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema " + SCHEMA_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema " + SCHEMA_RESOURCE, e);
    }
  }
}
