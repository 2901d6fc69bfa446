package org.wsis.roadmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;

/**
 * A file format of roadmaps: an id, file name extensions, and immutable {@link RoadmapReader} and
 * {@link RoadmapWriter} objects that read and write it.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapFormat.yaml().reader().read(path).getRoadmap();      // strict
 * ReadResult result = RoadmapFormat.jsonLines().reader().lenient().read(in);  // keeps what it can
 * byte[] bytes = RoadmapFormat.json().writer().compact().toBytes(roadmap);
 * RoadmapFormat format = RoadmapFormat.byPath(Path.of("draft.yml")).orElseThrow(); // yaml
 * }</pre>
 *
 * <p>The built-in formats are {@link #json()}, {@link #yaml()}, {@link #csv()} and {@link
 * #jsonLines()}; {@link #all()} lists them first, then the formats that other modules provide.
 *
 * <h2>Adding a format</h2>
 *
 * <p>A format is a subclass with a public no-argument constructor that passes its id and extensions
 * to {@link #RoadmapFormat(String, List)} and overrides the protected methods of the kinds of input
 * and output it handles: {@link #write(Roadmap, OutputStream, RoadmapWriter)} always; {@link
 * #read(InputStream, RoadmapReader)} when it reads (otherwise it overrides {@link #canRead()} to
 * return false: a write-only format); the {@link Reader} and {@link Writer} variants when it is a
 * text format (otherwise {@link #isText()} returns false: a binary format such as a workbook). Paths,
 * byte arrays and strings are turned into streams by the reader and writer objects, so a format need
 * not handle them. The module that holds it declares it as a service, and {@link #all()}, {@link
 * #byName(String)} and {@link #byPath(Path)} find it through {@link ServiceLoader}:
 *
 * <pre>{@code
 * module org.example.roadmap.office {
 *   requires org.wsis.roadmap.io;
 *   provides org.wsis.roadmap.io.RoadmapFormat with org.example.roadmap.office.XlsxFormat;
 * }
 * }</pre>
 *
 * <p>On the class path, a {@code META-INF/services/org.wsis.roadmap.io.RoadmapFormat} file naming the
 * class does the same. A provided format whose id or extension is already taken (by a built-in format
 * or one found earlier) is not listed. The protected methods are called by the reader and writer
 * objects only; applications use {@link #reader()} and {@link #writer()}.
 *
 * <p>Subclasses must be immutable and thread-safe, as the built-in formats are.
 */
public abstract class RoadmapFormat {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,31}");

  private final String id;
  private final List<String> extensions;

  /**
   * Creates a format.
   *
   * @param id the format's id, lower case, such as {@code "xlsx"}; names it on command lines
   * @param extensions the file name extensions, lower case and without the dot, the usual one first
   * @throws IllegalArgumentException when the id or an extension is not lower-case letters, digits and
   *     {@code . + -}, or when there is no extension
   */
  protected RoadmapFormat(String id, List<String> extensions) {
    this.id = checkName("id", id);
    this.extensions = List.copyOf(extensions);
    if (this.extensions.isEmpty()) {
      throw new IllegalArgumentException("a format must have at least one file name extension: " + id);
    }
    this.extensions.forEach(extension -> checkName("extension", extension));
  }

  private static String checkName(String what, String name) {
    if (!NAME.matcher(Objects.requireNonNull(name, what)).matches()) {
      throw new IllegalArgumentException("a format " + what + " must be lower-case letters, digits and . + -, at most"
          + " 32 characters, but was: '" + name + "'");
    }
    return name;
  }

  // ---------------------------------------------------------------- the built-in formats

  /**
   * Returns canonical JSON ({@code json}, {@code .json}), the lossless interchange format; see {@link RoadmapJson}.
   *
   * @return the format
   */
  public static RoadmapFormat json() {
    return BuiltInFormats.JSON;
  }

  /**
   * Returns YAML ({@code yaml}, {@code .yaml}, {@code .yml}), the same tree as JSON; see {@link RoadmapYaml}.
   *
   * @return the format
   */
  public static RoadmapFormat yaml() {
    return BuiltInFormats.YAML;
  }

  /**
   * Returns the flat CSV table ({@code csv}, {@code .csv}), one row per outcome; see {@link RoadmapCsv}.
   * It does not keep the fields {@link #getFieldsNotKept()} lists. A roadmap read from it has the
   * file name (without extension) as id, the file name as title, status {@code DRAFT}, the official
   * action line titles, and timing and references read again from their raw text; read from a
   * stream, a string or bytes, its id is {@code "outcomes"} and its title {@code "outcomes.csv"}. A
   * table has no lenient reading: a lenient reader fails as a strict one does.
   *
   * @return the format
   */
  public static RoadmapFormat csv() {
    return BuiltInFormats.CSV;
  }

  /**
   * Returns JSON Lines ({@code jsonl}, {@code .jsonl}, {@code .ndjson}): a header line, then one outcome
   * per line; it can be read and written line by line ({@link RoadmapReader#lines(Path)}, {@link
   * RoadmapWriter#openLines(Roadmap, Path)}); see {@link RoadmapJsonLines}.
   *
   * @return the format
   */
  public static RoadmapFormat jsonLines() {
    return BuiltInFormats.JSON_LINES;
  }

  /**
   * Lists every format: the built-in ones ({@code json, yaml, csv, jsonl}), then those provided by
   * other modules as {@link ServiceLoader} services, in the order the service loader finds them.
   *
   * @return the formats, ids and extensions unique
   * @throws java.util.ServiceConfigurationError when a provided format cannot be loaded
   */
  public static List<RoadmapFormat> all() {
    return Provided.ALL;
  }

  /**
   * Finds a format by its id or one of its extensions, in any case.
   *
   * <pre>{@code
   * RoadmapFormat.byName("yml");   // yaml
   * RoadmapFormat.byName("JSONL"); // jsonl
   * }</pre>
   *
   * @param name such as {@code "yaml"}, {@code "yml"} or {@code ".yml"}
   * @return the format, or empty when none has that id or extension
   */
  public static Optional<RoadmapFormat> byName(String name) {
    String lower = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    String key = lower.startsWith(".") ? lower.substring(1) : lower;
    return all().stream().filter(f -> f.id.equals(key)).findFirst()
        .or(() -> all().stream().filter(f -> f.extensions.contains(key)).findFirst());
  }

  /**
   * Finds the format of a file from its name's extension, in any case.
   *
   * @param path such as {@code draft.YAML}
   * @return the format, or empty when the name has no extension of a format
   */
  public static Optional<RoadmapFormat> byPath(Path path) {
    Path name = Objects.requireNonNull(path, "path").getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String fileName = name.toString();
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return all().stream().filter(f -> f.extensions.contains(extension)).findFirst();
  }

  // ---------------------------------------------------------------- what a format is

  /**
   * Returns the id, which names the format on command lines.
   *
   * @return such as {@code "json"}
   */
  public final String getId() {
    return id;
  }

  /**
   * Returns the file name extensions, without the dot, the usual one first.
   *
   * @return such as {@code ["yaml", "yml"]}
   */
  public final List<String> getExtensions() {
    return extensions;
  }

  /**
   * Tells whether this format can be read; a write-only format (such as a report) cannot.
   *
   * @return true unless a subclass says otherwise
   */
  public boolean canRead() {
    return true;
  }

  /**
   * Tells whether this format is text, so that it can be read from a {@link Reader} or a string and
   * written to a {@link Writer} or a string; a binary format (a workbook) is read and written as bytes.
   *
   * @return true unless a subclass says otherwise
   */
  public boolean isText() {
    return true;
  }

  /**
   * Tells whether this format can be read and written line by line, one outcome at a time.
   *
   * @return true for JSON Lines
   */
  public boolean hasLines() {
    return false;
  }

  /**
   * Lists the fields of a roadmap that this format does not keep, as paths of the canonical JSON
   * ({@code actionLines[].outcomes[].subItems}); a path stands for the property and everything under it.
   *
   * @return the fields; empty for a lossless format
   */
  public List<String> getFieldsNotKept() {
    return List.of();
  }

  /**
   * Returns the reader of this format: strict, with the default {@link ReadLimits}.
   *
   * @return the reader
   * @throws UnsupportedOperationException when the format is write-only ({@link #canRead()} is false)
   */
  public final RoadmapReader reader() {
    if (!canRead()) {
      throw new UnsupportedOperationException("the " + id + " format is write-only; it cannot be read");
    }
    return RoadmapReader.of(this);
  }

  /**
   * Returns the writer of this format: pretty, where the format has a pretty and a compact form.
   *
   * @return the writer
   */
  public final RoadmapWriter writer() {
    return RoadmapWriter.of(this);
  }

  /**
   * Returns the id.
   *
   * @return such as {@code "json"}
   */
  @Override
  public String toString() {
    return id;
  }

  // ---------------------------------------------------------------- for implementors

  /**
   * Reads a roadmap from bytes; the stream is left open. Called by {@link RoadmapReader}.
   *
   * @param in the bytes
   * @param options the reader's settings: strict or lenient, the limits
   * @return the roadmap and, for a lenient read, the problems met
   * @throws RoadmapReadException when the input is not a roadmap in this format (strict: on the first problem)
   * @throws RoadmapIoException when the stream fails
   * @throws UnsupportedOperationException when the format is write-only (the default)
   */
  protected ReadResult read(InputStream in, RoadmapReader options) {
    throw new UnsupportedOperationException("the " + id + " format is write-only; it cannot be read");
  }

  /**
   * Reads a roadmap from bytes held in memory: the default reads them as a stream; the built-in JSON
   * format parses the array in place.
   */
  ReadResult read(byte[] bytes, RoadmapReader options) {
    return read(new java.io.ByteArrayInputStream(bytes), options);
  }

  /**
   * Reads a roadmap from characters; the reader is left open. Called by {@link RoadmapReader} for text
   * formats.
   *
   * @param in the characters
   * @param options the reader's settings
   * @return the roadmap and, for a lenient read, the problems met
   * @throws RoadmapReadException when the input is not a roadmap in this format
   * @throws RoadmapIoException when the reader fails
   * @throws UnsupportedOperationException when the format is binary or write-only (the default)
   */
  protected ReadResult read(Reader in, RoadmapReader options) {
    throw new UnsupportedOperationException("the " + id + " format is not read from characters; read it from bytes");
  }

  /**
   * Reads a roadmap from a file. The default opens the file and reads it as a stream; a format
   * overrides this to name the file in its messages or to use its name.
   *
   * @param path the file
   * @param options the reader's settings
   * @return the roadmap and, for a lenient read, the problems met
   * @throws RoadmapReadException when the file is not a roadmap in this format
   * @throws RoadmapIoException when the file cannot be read
   */
  protected ReadResult read(Path path, RoadmapReader options) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, options);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", path, e);
    }
  }

  /**
   * Writes a roadmap to a file, created or replaced. The default opens the file and writes it as a
   * stream; a format overrides this to name the file in its messages.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @param options the writer's settings
   * @throws RoadmapIoException when the file cannot be written
   */
  protected void write(Roadmap roadmap, Path path, RoadmapWriter options) {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(roadmap, out, options);
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  /**
   * Opens a line-by-line reader on characters. Called by {@link RoadmapReader#lines}; the default
   * throws, as only formats with {@link #hasLines()} have lines.
   *
   * @param in the characters
   * @param closeIn whether closing the line reader closes {@code in}
   * @param options the reader's settings
   * @return the line reader, positioned after the header
   * @throws UnsupportedOperationException when the format has no lines (the default)
   */
  protected OutcomeLineReader openLines(Reader in, boolean closeIn, RoadmapReader options) {
    throw new UnsupportedOperationException("the " + id + " format cannot be read line by line");
  }

  /**
   * Writes a roadmap as bytes; the stream is flushed and left open. Called by {@link RoadmapWriter}.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @param options the writer's settings: pretty or compact
   * @throws RoadmapIoException when the stream fails
   * @throws org.wsis.roadmap.RoadmapException when the roadmap holds a value this format cannot hold
   */
  protected abstract void write(Roadmap roadmap, OutputStream out, RoadmapWriter options);

  /**
   * Writes a roadmap as characters; the writer is flushed and left open. Called by {@link
   * RoadmapWriter} for text formats.
   *
   * @param roadmap the roadmap
   * @param out the characters
   * @param options the writer's settings
   * @throws RoadmapIoException when the writer fails
   * @throws UnsupportedOperationException when the format is binary (the default)
   */
  protected void write(Roadmap roadmap, Writer out, RoadmapWriter options) {
    throw new UnsupportedOperationException("the " + id + " format is not written as characters; write it as bytes");
  }

  /**
   * Opens a line-by-line writer and writes the header. Called by {@link RoadmapWriter#openLines}; the
   * default throws, as only formats with {@link #hasLines()} have lines.
   *
   * @param header the roadmap whose properties, but not action lines, go in the header
   * @param out the stream
   * @param closeOut whether closing the line writer closes {@code out}
   * @return the line writer
   * @throws UnsupportedOperationException when the format has no lines (the default)
   */
  protected OutcomeLineWriter openLines(Roadmap header, OutputStream out, boolean closeOut) {
    throw new UnsupportedOperationException("the " + id + " format cannot be written line by line");
  }

  /**
   * Opens a line-by-line writer on characters and writes the header. The default throws.
   *
   * @param header the roadmap whose properties, but not action lines, go in the header
   * @param out the characters, flushed and left open when the line writer is closed
   * @return the line writer
   * @throws UnsupportedOperationException when the format has no lines (the default)
   */
  protected OutcomeLineWriter openLines(Roadmap header, Writer out) {
    throw new UnsupportedOperationException("the " + id + " format cannot be written line by line");
  }

  /** The built-in formats and those provided as services, found once. */
  private static final class Provided {
    static final List<RoadmapFormat> ALL = find();

    private static List<RoadmapFormat> find() {
      List<RoadmapFormat> formats = new ArrayList<>(BuiltInFormats.ALL);
      Map<String, RoadmapFormat> taken = new LinkedHashMap<>();
      formats.forEach(f -> take(taken, f));
      // A provider that cannot be loaded fails here with a ServiceConfigurationError naming it; the
      // built-in formats' own methods (json(), yaml(), ...) do not depend on the services.
      for (RoadmapFormat format : ServiceLoader.load(RoadmapFormat.class, RoadmapFormat.class.getClassLoader())) {
        if (!taken.containsKey(format.id) && format.extensions.stream().noneMatch(taken::containsKey)) {
          take(taken, format);
          formats.add(format);
        }
      }
      return List.copyOf(formats);
    }

    private static void take(Map<String, RoadmapFormat> taken, RoadmapFormat format) {
      taken.put(format.id, format);
      format.extensions.forEach(extension -> taken.put(extension, format));
    }
  }
}
