package org.wsis.roadmap.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapReader;
import org.wsis.roadmap.io.RoadmapWriter;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * Typed read and write of the bundled 2024 roadmaps in JSON, YAML and JSON Lines, each next to its
 * baseline: plain Jackson reading the same bytes into a tree ({@code readTree}) and writing that tree
 * in the same layout. The goal is typed at most 1.3 times its baseline.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SerializationBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SerializationBenchmark {
  private final ObjectMapper json = new ObjectMapper();
  private final ObjectWriter prettyJson = json.writerWithDefaultPrettyPrinter();
  private final YAMLMapper yaml = new YAMLMapper();
  private final RoadmapReader jsonReader = RoadmapFormat.json().reader();
  private final RoadmapWriter jsonWriter = RoadmapFormat.json().writer();
  private final RoadmapReader yamlReader = RoadmapFormat.yaml().reader();
  private final RoadmapWriter yamlWriter = RoadmapFormat.yaml().writer();
  private final RoadmapReader jsonLinesReader = RoadmapFormat.jsonLines().reader();
  private final RoadmapWriter jsonLinesWriter = RoadmapFormat.jsonLines().writer();

  private Roadmap roadmap;
  private byte[] jsonBytes;
  private byte[] yamlBytes;
  private byte[] jsonLinesBytes;
  private JsonNode jsonTree;
  private JsonNode yamlTree;
  private List<JsonNode> jsonLinesTrees;

  /** Reads the bundled roadmaps and prepares the bytes and trees of every format. */
  @Setup
  public void setUp() {
    roadmap = WsisRoadmaps.edition2024();
    jsonBytes = jsonWriter.toBytes(roadmap);
    yamlBytes = yamlWriter.toBytes(roadmap);
    jsonLinesBytes = jsonLinesWriter.toBytes(roadmap);
    try {
      jsonTree = json.readTree(jsonBytes);
      yamlTree = yaml.readTree(yamlBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jsonLinesTrees = jsonLinesTree();
  }

  /**
   * Typed JSON read, from the bytes (the strict reader of {@link RoadmapFormat#json()}).
   *
   * @return the roadmap
   */
  @Benchmark
  public Roadmap jsonReadTyped() {
    return jsonReader.read(jsonBytes).getRoadmap();
  }

  /**
   * Baseline: Jackson {@code readTree} of the same bytes.
   *
   * @return the tree
   * @throws IOException never
   */
  @Benchmark
  public JsonNode jsonReadTreeBaseline() throws IOException {
    return json.readTree(jsonBytes);
  }

  /**
   * Typed JSON write (pretty-printed, as the library writes it).
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] jsonWriteTyped() {
    return jsonWriter.toBytes(roadmap);
  }

  /**
   * Baseline: Jackson writing the tree of the same document, pretty-printed.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] jsonWriteTreeBaseline() throws IOException {
    return prettyJson.writeValueAsBytes(jsonTree);
  }

  /**
   * Typed YAML read.
   *
   * @return the roadmap
   */
  @Benchmark
  public Roadmap yamlReadTyped() {
    return yamlReader.read(yamlBytes).getRoadmap();
  }

  /**
   * Baseline: Jackson YAML {@code readTree} of the same bytes.
   *
   * @return the tree
   * @throws IOException never
   */
  @Benchmark
  public JsonNode yamlReadTreeBaseline() throws IOException {
    return yaml.readTree(yamlBytes);
  }

  /**
   * Typed YAML write.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] yamlWriteTyped() {
    return yamlWriter.toBytes(roadmap);
  }

  /**
   * Baseline: Jackson YAML writing the tree of the same document.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] yamlWriteTreeBaseline() throws IOException {
    return yaml.writeValueAsBytes(yamlTree);
  }

  /**
   * Typed JSON Lines read.
   *
   * @return the roadmap
   */
  @Benchmark
  public Roadmap jsonLinesReadTyped() {
    return jsonLinesReader.read(jsonLinesBytes).getRoadmap();
  }

  /**
   * Baseline: the same bytes split into lines, each read with Jackson {@code readTree}.
   *
   * @return the trees
   */
  @Benchmark
  public List<JsonNode> jsonLinesReadTreeBaseline() {
    return jsonLinesTree();
  }

  /**
   * Typed JSON Lines write, to bytes as the baseline writes.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] jsonLinesWriteTyped() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(jsonLinesBytes.length);
    jsonLinesWriter.write(roadmap, out);
    return out.toByteArray();
  }

  /**
   * Baseline: Jackson writing each line's tree, one line each.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] jsonLinesWriteTreeBaseline() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(jsonLinesBytes.length);
    for (JsonNode line : jsonLinesTrees) {
      json.writeValue(new NonClosing(out), line);
      out.write('\n');
    }
    return out.toByteArray();
  }

  private List<JsonNode> jsonLinesTree() {
    List<JsonNode> trees = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(jsonLinesBytes), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        trees.add(json.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return trees;
  }

  /** An output stream that Jackson may close after each value without closing the buffer. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {
      // the buffer stays open
    }
  }
}
