package org.wsis.roadmap.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapTableImporter;

/**
 * The import of the 2024 document text (145 KB, 524 lines) next to its floor: reading the same
 * bytes line by line as UTF-8.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ImportBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {
  private byte[] document;

  /** Loads the bundled source document. */
  @Setup
  public void setUp() {
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the document.
   *
   * @return the roadmap and the report
   */
  @Benchmark
  public ImportResult importDocument() {
    return RoadmapTableImporter.create().importStream(new ByteArrayInputStream(document), "benchmark");
  }

  /**
   * Baseline: reads the same bytes line by line.
   *
   * @return the number of characters read
   * @throws IOException never
   */
  @Benchmark
  public long readLinesBaseline() throws IOException {
    long chars = 0;
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        chars += line.length();
      }
    }
    return chars;
  }
}
