package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzz test (Jazzer) of the workbook reader: any input either reads or ends in a {@link
 * WorkbookReadException} with a message; anything else (another exception, an {@link
 * OutOfMemoryError}, a stack overflow, a hang) is a finding.
 *
 * <p>The normal build runs it in regression mode on its seed inputs, the hostile workbook corpus and a
 * valid workbook, under {@code src/test/resources/org/wsis/roadmap/office/WorkbookFuzzTestInputs/workbook/}.
 * To fuzz for a while:
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -pl roadmap-office -am test -Dtest=WorkbookFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=60s
 * }</pre>
 */
final class WorkbookFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void workbook(byte[] input) {
    try {
      RoadmapWorkbook.readLenient(new ByteArrayInputStream(input));
    } catch (WorkbookReadException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
