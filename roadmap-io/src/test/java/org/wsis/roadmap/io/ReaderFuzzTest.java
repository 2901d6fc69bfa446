package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.table.RoadmapTableImporter;

/**
 * Fuzz tests (Jazzer) of every reader and the document importer: any input either reads or ends in
 * a {@link RoadmapException} whose message has a location; anything else (another exception, an
 * {@link OutOfMemoryError}, a stack overflow, a hang) is a finding.
 *
 * <p>The normal build runs them in regression mode: each target reads its seed inputs under
 * {@code src/test/resources/org/wsis/roadmap/io/ReaderFuzzTestInputs/<method>/} once. To fuzz one
 * target for a while (inputs that find something land in that folder; keep them, fix the reader):
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -pl roadmap-io -am test -Dtest=ReaderFuzzTest#json \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=60s
 * }</pre>
 */
final class ReaderFuzzTest {
  private static final Pattern LOCATION = Pattern.compile("line \\d+|column \\d+|at /");

  private static void rejectedWithLocation(RoadmapException e) {
    assertThat(e.getMessage()).containsPattern(LOCATION);
  }

  @FuzzTest(maxDuration = "30s")
  void json(byte[] input) {
    try {
      RoadmapJson.read(new ByteArrayInputStream(input));
    } catch (RoadmapException e) {
      rejectedWithLocation(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void yaml(byte[] input) {
    try {
      RoadmapYaml.read(new ByteArrayInputStream(input));
    } catch (RoadmapException e) {
      rejectedWithLocation(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void csv(byte[] input) {
    try {
      RoadmapCsv.readOutcomes(new ByteArrayInputStream(input));
    } catch (RoadmapException e) {
      rejectedWithLocation(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void jsonLines(byte[] input) {
    try {
      RoadmapJsonLines.read(new ByteArrayInputStream(input));
    } catch (RoadmapException e) {
      rejectedWithLocation(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void importer(byte[] input) {
    try {
      RoadmapTableImporter.create().importStream(new ByteArrayInputStream(input), "fuzz");
    } catch (RoadmapException e) {
      rejectedWithLocation(e);
    }
  }
}
