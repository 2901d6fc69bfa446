package org.wsis.roadmap.office;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.testkit.RoadmapGenerator;

/** Workbook round trips of the test kit's generated roadmaps. */
final class RoadmapWorkbookPropertiesTest {
  private static final int EXAMPLES = 1000;

  static Gen<Roadmap> roadmaps() {
    return longs().all().zip(integers().between(0, 6), (seed, size) -> RoadmapGenerator.valid(new Random(seed), size));
  }

  @Test
  void readOfWritten_generated_sameCanonicalJsonAndEqual() {
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(roadmaps()).check(r -> {
      Roadmap back = RoadmapWorkbook.read(new ByteArrayInputStream(RoadmapWorkbook.toBytes(r)));
      return RoadmapJson.toString(back).equals(RoadmapJson.toString(r)) && back.equals(r);
    });
  }
}
