package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;

final class RoadmapDiffPropertiesTest {

  @Test
  void between_roadmapAndItself_noChange() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = new DiffFixtures(new Random(seed), 30).roadmap();
      assertThat(RoadmapDiff.between(roadmap, roadmap).getChanges()).isEmpty();
    });
  }

  @Test
  void between_roadmapAndEdit_reportsExactlyTheEdits() {
    qt().forAll(longs().all(), integers().between(0, 8)).checkAssert((seed, count) -> {
      DiffFixtures fixtures = new DiffFixtures(new Random(seed), 30);
      Roadmap roadmap = fixtures.roadmap();
      DiffFixtures.Edited edited = fixtures.edit(roadmap, count);
      List<Change> changes = RoadmapDiff.between(roadmap, edited.roadmap).getChanges();
      assertThat(changes).containsExactlyInAnyOrderElementsOf(edited.expected);
    });
  }

  @Test
  void between_editedBothWays_mirrors() {
    qt().forAll(longs().all(), integers().between(0, 8)).checkAssert((seed, count) -> {
      DiffFixtures fixtures = new DiffFixtures(new Random(seed), 30);
      Roadmap roadmap = fixtures.roadmap();
      Roadmap edited = fixtures.edit(roadmap, count).roadmap;
      assertMirror(roadmap, edited);
    });
  }

  @Test
  void between_unrelatedRoadmapsBothWays_mirrors() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      DiffFixtures fixtures = new DiffFixtures(new Random(seed), 12);
      assertMirror(fixtures.roadmap(), fixtures.roadmap());
    });
  }

  @Test
  void between_sameInput_sameOutputBytes() {
    qt().forAll(longs().all(), integers().between(0, 8)).checkAssert((seed, count) -> {
      DiffFixtures fixtures = new DiffFixtures(new Random(seed), 30);
      Roadmap roadmap = fixtures.roadmap();
      Roadmap edited = fixtures.edit(roadmap, count).roadmap;
      RoadmapDiff first = RoadmapDiff.between(roadmap, edited);
      RoadmapDiff second = RoadmapDiff.between(roadmap, edited);
      assertThat(second.toText()).isEqualTo(first.toText());
    });
  }

  private static void assertMirror(Roadmap a, Roadmap b) {
    List<Change> forward = RoadmapDiff.between(a, b).getChanges();
    List<Change> backward = RoadmapDiff.between(b, a).getChanges();
    assertThat(backward).containsExactlyInAnyOrderElementsOf(forward.stream().map(Change::inverse).collect(Collectors.toList()));
  }
}
