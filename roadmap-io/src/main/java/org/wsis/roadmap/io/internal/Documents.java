package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PushbackReader;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapReadException;
import org.yaml.snakeyaml.reader.UnicodeReader;

/** Reads and writes whole documents (JSON, YAML) through a factory; the shared body of the facades. */
public final class Documents {
  private Documents() {}

  /** Opens a parser on some input. */
  @FunctionalInterface
  public interface ParserSource {
    /**
     * Opens the parser.
     *
     * @param factory the factory
     * @return the parser
     * @throws IOException when the input cannot be opened
     */
    JsonParser open(JsonFactory factory) throws IOException;

    /**
     * Returns the file read, for messages.
     *
     * @return the file, or null for a stream, a reader or a text
     */
    default Path path() {
      return null;
    }
  }

  /** Opens a generator on some output. */
  @FunctionalInterface
  public interface GeneratorTarget {
    /**
     * Opens the generator.
     *
     * @param factory the factory
     * @return the generator
     * @throws IOException when the output cannot be opened
     */
    JsonGenerator open(JsonFactory factory) throws IOException;

    /**
     * Returns the file written, for messages.
     *
     * @return the file, or null for a stream or a writer
     */
    default Path path() {
      return null;
    }
  }

  /** Writes the content of a document. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes to the generator.
     *
     * @param generator the generator
     * @throws IOException when writing fails
     */
    void write(JsonGenerator generator) throws IOException;
  }

  /**
   * Returns a source reading a file, bounded by the default limits; the file is closed after reading.
   *
   * @param path the file
   * @return the source
   */
  public static ParserSource of(Path path) {
    return of(path, ReadLimits.defaults());
  }

  /**
   * Returns a source reading a file, at most {@link ReadLimits#getMaxDocumentLength()} bytes of it; the
   * file is closed after reading.
   *
   * @param path the file
   * @param limits the limits
   * @return the source
   */
  public static ParserSource of(Path path, ReadLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limits, "limits");
    return onPath(path, factory -> {
      InputStream in = Files.newInputStream(path);
      try {
        JsonParser parser = factory.createParser(new BoundedInputStream(in, limits.getMaxDocumentLength()));
        return new ClosingParser(parser, in);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    });
  }

  private static ParserSource onPath(Path path, ParserSource source) {
    return new ParserSource() {
      @Override
      public JsonParser open(JsonFactory factory) throws IOException {
        return source.open(factory);
      }

      @Override
      public Path path() {
        return path;
      }
    };
  }

  /**
   * Returns a source reading a stream, at most {@link ReadLimits#getMaxDocumentLength()} bytes of it,
   * left open.
   *
   * @param in the stream
   * @param limits the limits
   * @return the source
   */
  public static ParserSource of(InputStream in, ReadLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    return factory -> factory.createParser(new BoundedInputStream(in, limits.getMaxDocumentLength()));
  }

  /**
   * Returns a source reading bytes held in memory: parsed in place when they are within {@link
   * ReadLimits#getMaxDocumentLength()} (nothing to count), as a bounded stream otherwise, so that the
   * failure names the first byte past the limit.
   *
   * @param bytes the bytes
   * @param limits the limits
   * @return the source
   */
  public static ParserSource of(byte[] bytes, ReadLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(limits, "limits");
    if (bytes.length > limits.getMaxDocumentLength()) {
      return of(new java.io.ByteArrayInputStream(bytes), limits);
    }
    return factory -> factory.createParser(bytes);
  }

  /**
   * Returns a source reading characters, at most {@link ReadLimits#getMaxDocumentLength()} of them, left
   * open.
   *
   * @param in the reader
   * @param limits the limits
   * @return the source
   */
  public static ParserSource of(Reader in, ReadLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    return factory -> factory.createParser(new BoundedReader(in, limits.getMaxDocumentLength()));
  }

  /**
   * Returns a source reading a string, at most {@link ReadLimits#getMaxDocumentLength()} characters.
   *
   * @param text the text
   * @param limits the limits
   * @return the source
   */
  public static ParserSource of(String text, ReadLimits limits) {
    Objects.requireNonNull(text, "text");
    return of(new java.io.StringReader(text), limits);
  }

  /**
   * Returns a source reading a YAML file, decoded by its byte order mark (UTF-8 by default), with the
   * total and run-length limits; the file is closed after reading.
   *
   * @param path the file
   * @param limits the limits
   * @return the source
   */
  public static ParserSource ofYaml(Path path, ReadLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limits, "limits");
    return onPath(path, factory -> {
      InputStream in = Files.newInputStream(path);
      try {
        return new ClosingParser(yamlParser(factory, yamlReader(in, limits), limits), in);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    });
  }

  /**
   * Returns a source reading a YAML stream, decoded by its byte order mark (UTF-8 by default), with the
   * total and run-length limits; the stream is left open.
   *
   * @param in the stream
   * @param limits the limits
   * @return the source
   */
  public static ParserSource ofYaml(InputStream in, ReadLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    return factory -> yamlParser(factory, yamlReader(in, limits), limits);
  }

  /**
   * Returns a source reading YAML characters with the total and run-length limits; the reader is left
   * open.
   *
   * @param in the reader
   * @param limits the limits
   * @return the source
   */
  public static ParserSource ofYaml(Reader in, ReadLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    return factory -> yamlParser(factory, new BoundedReader(in, limits.getMaxDocumentLength()), limits);
  }

  /**
   * Returns a source reading a YAML text with the total and run-length limits.
   *
   * @param text the text
   * @param limits the limits
   * @return the source
   */
  public static ParserSource ofYaml(String text, ReadLimits limits) {
    Objects.requireNonNull(text, "text");
    return ofYaml(new java.io.StringReader(text), limits);
  }

  /** UTF-8 (strict, located) unless a byte order mark names UTF-16 or UTF-32, as YAML 1.1 allows. */
  private static Reader yamlReader(InputStream in, ReadLimits limits) throws IOException {
    InputStream bounded = new java.io.BufferedInputStream(new BoundedInputStream(in, limits.getMaxDocumentLength()), 4);
    bounded.mark(4);
    byte[] head = bounded.readNBytes(4);
    bounded.reset();
    boolean utf16or32 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
        || (head.length == 4 && head[0] == 0 && head[1] == 0 && head[2] == (byte) 0xFE && head[3] == (byte) 0xFF));
    return utf16or32 ? new UnicodeReader(bounded) : withoutBom(new Utf8Reader(bounded));
  }

  private static JsonParser yamlParser(JsonFactory factory, Reader in, ReadLimits limits) throws IOException {
    return noAliases(factory.createParser(new RunLimitingReader(in, limits.getMaxYamlRunLength())));
  }

  /**
   * Reads a document strictly.
   *
   * @param factory the factory
   * @param source the input
   * @return the roadmap
   */
  public static Roadmap readStrict(JsonFactory factory, ParserSource source) {
    return read(factory, source, true).getRoadmap();
  }

  /**
   * Reads a document.
   *
   * @param factory the factory
   * @param source the input
   * @param strict whether the first problem throws
   * @return the roadmap and the problems
   */
  public static ReadResult read(JsonFactory factory, ParserSource source, boolean strict) {
    try (JsonParser parser = source.open(factory)) {
      ModelReader reader = new ModelReader(parser, strict, 1);
      return guarded(parser, 1, () -> {
        try {
          return new ReadResult(reader.readDocument(), reader.problems());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (JsonProcessingException e) {
      throw located(e, null, 1);
    } catch (InputFailure e) {
      throw failed(e, null, 1);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", source.path(), e);
    } catch (RoadmapIoException e) {
      throw e.getPath().isPresent() || source.path() == null ? e : RoadmapIoException.of("read", source.path(), e.getCause());
    }
  }

  /**
   * Runs a read, turning every parser failure into a {@link RoadmapReadException} at the parser's location.
   *
   * @param parser the parser
   * @param firstLine the line of the parser's first line in the whole input
   * @param body the read
   * @param <T> what the read returns
   * @return what the read returned
   */
  public static <T> T guarded(JsonParser parser, int firstLine, Supplier<T> body) {
    try {
      return body.get();
    } catch (RoadmapException e) {
      throw e;
    } catch (RuntimeException e) {
      InputFailure failure = find(e, InputFailure.class);
      if (failure != null) {
        throw failed(failure, parser, firstLine);
      }
      throw unwrapped(parser, firstLine, e);
    }
  }

  private static RuntimeException unwrapped(JsonParser parser, int firstLine, RuntimeException failure) {
    try {
      throw failure;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof JsonProcessingException) {
        return located((JsonProcessingException) e.getCause(), parser, firstLine);
      }
      if (e.getCause() instanceof CharacterCodingException) {
        return new RoadmapReadException(problemAt(parser, null, firstLine, NOT_UTF8), e);
      }
      if (e.getCause() instanceof InputFailure input) {
        return failed(input, parser, firstLine);
      }
      return RoadmapIoException.of("read", null, e.getCause());
    } catch (RuntimeException e) {
      return new RoadmapReadException(problemAt(parser, null, firstLine,
          "the input cannot be read: " + Objects.toString(e.getMessage(), e.getClass().getSimpleName())), e);
    }
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * Turns a Jackson read failure into a located {@link RoadmapReadException}.
   *
   * @param e the failure
   * @param parser the parser, or null when unknown
   * @param firstLine the line of the parser's first line in the whole input
   * @return the exception to throw
   */
  public static RoadmapReadException located(JsonProcessingException e, JsonParser parser, int firstLine) {
    InputFailure failure = find(e, InputFailure.class);
    if (failure != null) {
      return failed(failure, parser, firstLine);
    }
    String what = e instanceof StreamConstraintsException
        ? "the input exceeds a read limit (see ReadLimits): "
        : "the input is not well-formed: ";
    return new RoadmapReadException(problemAt(parser, e.getLocation(), firstLine, what + e.getOriginalMessage()), e);
  }

  /**
   * Turns a failure of the input stream (a limit passed, bytes not UTF-8) into a {@link
   * RoadmapReadException} at its line and column, with the JSON pointer of the value being read.
   *
   * @param failure the failure
   * @param parser the parser, or null when none was open yet
   * @param firstLine the line of the parser's first line in the whole input
   * @return the exception to throw
   */
  public static RoadmapReadException failed(InputFailure failure, JsonParser parser, int firstLine) {
    return new RoadmapReadException(problemAt(parser, failure.getLine() + firstLine - 1, failure.getColumn(),
        failure.getMessage()), failure);
  }

  private static ReadProblem problemAt(JsonParser parser, JsonLocation location, int firstLine, String message) {
    JsonLocation at = location != null ? location : parser != null ? parser.currentLocation() : null;
    int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + firstLine - 1;
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return problemAt(parser, line, column, message);
  }

  private static ReadProblem problemAt(JsonParser parser, int line, int column, String message) {
    Deque<Object> path = new ArrayDeque<>();
    if (parser != null) {
      for (com.fasterxml.jackson.core.JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot();
          c = c.getParent()) {
        if (c.inArray() && c.hasCurrentIndex()) {
          path.addFirst(c.getCurrentIndex());
        } else if (c.inObject() && c.getCurrentName() != null) {
          path.addFirst(c.getCurrentName());
        }
      }
    }
    List<Object> segments = List.copyOf(path);
    return new ReadProblem(Locations.dotted(segments) + ": " + message, line, column, Locations.pointer(segments));
  }

  /**
   * Writes a roadmap document.
   *
   * @param factory the factory
   * @param printer the pretty printer, or null for compact output
   * @param target the output
   * @param roadmap the roadmap
   * @param finalNewline whether to end the output with {@code "\n"}
   */
  public static void write(JsonFactory factory, PrettyPrinter printer, GeneratorTarget target, Roadmap roadmap,
      boolean finalNewline) {
    Objects.requireNonNull(roadmap, "roadmap");
    write(factory, printer, target, g -> ModelWriter.writeDocument(g, roadmap), finalNewline);
  }

  /**
   * Writes a document.
   *
   * @param factory the factory
   * @param printer the pretty printer, or null for compact output
   * @param target the output
   * @param content what to write
   * @param finalNewline whether to end the output with {@code "\n"}
   */
  public static void write(JsonFactory factory, PrettyPrinter printer, GeneratorTarget target, Content content,
      boolean finalNewline) {
    try (JsonGenerator g = factory instanceof com.fasterxml.jackson.dataformat.yaml.YAMLFactory
        ? new YamlTextGuard(target.open(factory)) : target.open(factory)) {
      if (printer != null) {
        g.setPrettyPrinter(printer);
      }
      content.write(g);
      if (finalNewline) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw RoadmapIoException.of("write", target.path(), e);
    }
  }

  /**
   * Returns a target writing to a file (created or replaced) in UTF-8.
   *
   * @param path the file
   * @return the target
   */
  public static GeneratorTarget to(Path path) {
    Objects.requireNonNull(path, "path");
    return new GeneratorTarget() {
      @Override
      public JsonGenerator open(JsonFactory factory) throws IOException {
        OutputStream out = Files.newOutputStream(path);
        try {
          return new ClosingGenerator(factory.createGenerator(out, JsonEncoding.UTF8), out);
        } catch (IOException | RuntimeException e) {
          out.close();
          throw e;
        }
      }

      @Override
      public Path path() {
        return path;
      }
    };
  }

  /**
   * Returns a target writing to a stream in UTF-8, flushed and left open.
   *
   * @param out the stream
   * @return the target
   */
  public static GeneratorTarget to(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return factory -> factory.createGenerator(out, JsonEncoding.UTF8);
  }

  /**
   * Returns a target writing characters, flushed and left open.
   *
   * @param out the writer
   * @return the target
   */
  public static GeneratorTarget to(Writer out) {
    Objects.requireNonNull(out, "out");
    return factory -> factory.createGenerator(out);
  }

  /**
   * Writes a document to a string.
   *
   * @param factory the factory
   * @param printer the pretty printer, or null
   * @param roadmap the roadmap
   * @param finalNewline whether to end with {@code "\n"}
   * @return the text
   */
  public static String toText(JsonFactory factory, PrettyPrinter printer, Roadmap roadmap, boolean finalNewline) {
    StringWriter out = new StringWriter();
    write(factory, printer, to(out), roadmap, finalNewline);
    return out.toString();
  }

  /**
   * Writes a document to UTF-8 bytes.
   *
   * @param factory the factory
   * @param printer the pretty printer, or null
   * @param roadmap the roadmap
   * @param finalNewline whether to end with {@code "\n"}
   * @return the bytes
   */
  public static byte[] toBytes(JsonFactory factory, PrettyPrinter printer, Roadmap roadmap, boolean finalNewline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(factory, printer, to(out), roadmap, finalNewline);
    return out.toByteArray();
  }

  /** The message when bytes are not UTF-8; the location is where decoding stopped. */
  public static final String NOT_UTF8 = "the document: the input is not valid UTF-8 (at or shortly after this position)";

  /**
   * Returns a reader that decodes UTF-8 strictly (a malformed byte fails with an {@link InputFailure} at
   * its line and column instead of becoming U+FFFD) and drops a leading byte order mark.
   *
   * @param in the stream, left open by the reader's users as before
   * @return the reader
   */
  public static Reader utf8Reader(InputStream in) {
    return withoutBom(new Utf8Reader(in));
  }

  /**
   * Returns a reader that skips one leading byte order mark (U+FEFF) of {@code in}.
   *
   * @param in the characters
   * @return the reader
   */
  public static Reader withoutBom(Reader in) {
    PushbackReader pushback = new PushbackReader(in instanceof BufferedReader ? in : new BufferedReader(in), 1);
    try {
      int first = pushback.read();
      if (first != -1 && first != '\uFEFF') {
        pushback.unread(first);
      }
    } catch (CharacterCodingException e) {
      throw new RoadmapReadException(new ReadProblem(NOT_UTF8, 1, 1, ""), e);
    } catch (InputFailure e) {
      throw failed(e, null, 1);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", null, e);
    }
    return pushback;
  }

  /**
   * Decodes UTF-8 bytes.
   *
   * @param bytes the bytes
   * @return the text
   */
  public static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Wraps a YAML parser so that an alias ({@code *name}) fails at its location: Jackson's YAML parser
   * does not resolve aliases but reports each one as the string of its anchor name, which would read
   * {@code *t} silently as the text "t".
   */
  static JsonParser noAliases(JsonParser parser) {
    if (!(parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser)) {
      return parser;
    }
    com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml = (com.fasterxml.jackson.dataformat.yaml.YAMLParser) parser;
    return new com.fasterxml.jackson.core.util.JsonParserDelegate(parser) {
      @Override
      public com.fasterxml.jackson.core.JsonToken nextToken() throws IOException {
        com.fasterxml.jackson.core.JsonToken token = super.nextToken();
        if (yaml.isCurrentAlias()) {
          throw new com.fasterxml.jackson.core.JsonParseException(this, "YAML aliases are not supported, but found *"
              + yaml.getText() + "; write the value out in full");
        }
        return token;
      }
    };
  }

  /** A parser that also closes the stream it was opened on. */
  private static final class ClosingParser extends com.fasterxml.jackson.core.util.JsonParserDelegate {
    private final InputStream in;

    ClosingParser(JsonParser delegate, InputStream in) {
      super(delegate);
      this.in = in;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        in.close();
      }
    }
  }

  /** A generator that also closes the stream it was opened on. */
  private static final class ClosingGenerator extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
    private final OutputStream out;

    ClosingGenerator(JsonGenerator delegate, OutputStream out) {
      super(delegate, false);
      this.out = out;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        out.close();
      }
    }
  }
}
