package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.WsisRoadmaps;

/** The office formats as {@link RoadmapFormat} services apply the reader's limits to every kind of input. */
final class OfficeFormatLimitsTest {
  private static final Roadmap ROADMAP = WsisRoadmaps.edition2024();

  private static byte[] written(String id) {
    return RoadmapFormat.byName(id).orElseThrow().writer().toBytes(ROADMAP);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void readStream_withinTheDefaultLimits_givesTheRoadmap(String id) {
    Roadmap back = RoadmapFormat.byName(id).orElseThrow().reader()
        .read(new ByteArrayInputStream(written(id))).getRoadmap();

    assertThat(back.outcomes()).hasSameSizeAs(ROADMAP.outcomes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void readStream_overTheReadersDocumentLimit_refused(String id) {
    ReadLimits limits = ReadLimits.builder().maxDocumentLength(1000).build();

    Throwable refused = catchThrowable(() -> RoadmapFormat.byName(id).orElseThrow().reader().withLimits(limits)
        .read(new ByteArrayInputStream(written(id))));

    assertThat(refused).isInstanceOf(WorkbookReadException.class).hasMessageContaining("at most 1000 bytes");
  }

  @Test
  void readPath_andReadStream_ofOneDocument_giveEqualRoadmaps() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("limits", ".docx");
    try {
      java.nio.file.Files.write(file, written("docx"));
      RoadmapFormat docx = RoadmapFormat.byName("docx").orElseThrow();

      assertThat(docx.reader().read(new ByteArrayInputStream(written("docx"))).getRoadmap().outcomes())
          .isEqualTo(docx.reader().read(file).getRoadmap().outcomes().stream().toList());
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }
}
