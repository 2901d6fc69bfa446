package org.wsis.roadmap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.MatrixCoverage;
import org.wsis.roadmap.query.SdgCoverage;

final class CoverageCsvTest {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private static List<List<String>> records(String csv) throws IOException {
    try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void toCsv_sdgCoverage_listsOutcomeIdsPerGoalCell() throws IOException {
    String csv = CoverageCsv.toCsv(SdgCoverage.of(Fixtures.clean()));

    List<List<String>> records = records(csv);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).hasSize(21).startsWith("actionLine", "outcomes", "linked", "linkedShare", "sdg1").endsWith("sdg17");
    assertThat(records.get(1)).hasSize(21).startsWith("C2", "2", "2", "1.00");
    assertThat(records.get(1).get(3 + 9)).isEqualTo("C2.GT.A");
    assertThat(records.get(1).get(3 + 16)).isEqualTo("C2.GT.B");
    assertThat(records.get(1).get(3 + 1)).isEmpty();
  }

  @Test
  void toCsv_everyRecord_endsWithALineFeedOnly() {
    String csv = CoverageCsv.toCsv(SdgCoverage.of(Fixtures.clean()));

    assertThat(csv).doesNotContain("\r").endsWith("\n").contains(",C2.GT.A,");
    assertThat(csv.split("\n", -1)).hasSize(3);
  }

  @Test
  void toCsv_roadmapWithoutOutcomes_isTheHeaderAlone() {
    Roadmap empty = Roadmap.builder().id("e").title("e").status(RoadmapStatus.DRAFT).build();

    assertThat(CoverageCsv.toCsv(SdgCoverage.of(empty))).startsWith("actionLine,outcomes,").endsWith(",sdg17\n")
        .hasLineCount(1);
  }

  @Test
  void toCsv_matrixCoverageOfTheBundledEdition_oneRecordPerMatrixLinkAndOutsideLink() throws IOException {
    String csv = CoverageCsv.toCsv(MatrixCoverage.of(WsisRoadmaps.edition2024()));

    assertThat(csv.split("\n")).contains("actionLine,link,status,outcomes", "C4,9,outside,C4.GT.A C4.GT.F",
        "C5,8.1,not addressed,", "C5,9.c,addressed,");
    assertThat(records(csv)).allSatisfy(record -> assertThat(record).hasSize(4));
    assertThat(CoverageCsv.toCsv(MatrixCoverage.of(WsisRoadmaps.edition2024()))).isEqualTo(csv);
  }

  @Test
  void write_failingWriter_throwsRoadmapIoException() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> CoverageCsv.write(SdgCoverage.of(Fixtures.clean()), broken))
        .isInstanceOf(RoadmapIoException.class).hasMessageContaining("disk full");
  }
}
