package org.wsis.roadmap.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.query.Change;
import org.wsis.roadmap.query.ResolutionKey;
import org.wsis.roadmap.query.RoadmapDiff;
import org.wsis.roadmap.query.RoadmapIndex;

/**
 * The query package on the test kit's generated roadmaps: the index agrees with a plain scan of the
 * outcomes, and the diff is empty on equal roadmaps and mirrors itself on different ones.
 */
final class QueryOnGeneratedRoadmapsPropertiesTest {

  private static Roadmap generated(long seed, int size) {
    return RoadmapGenerator.valid(new Random(seed), size);
  }

  private static List<Outcome> scan(Roadmap roadmap, java.util.function.Predicate<Outcome> test) {
    return roadmap.outcomes().stream().filter(test).collect(Collectors.toList());
  }

  @Test
  void index_byGoalAndResolution_agreeWithAScan() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 6)).checkAssert((seed, size) -> {
      Roadmap roadmap = generated(seed, size);
      RoadmapIndex index = RoadmapIndex.of(roadmap);
      for (SdgGoal goal : SdgGoal.values()) {
        assertThat(index.byGoal(goal)).containsExactlyElementsOf(
            scan(roadmap, o -> o.getSdgLinks().stream().anyMatch(l -> l.getGoal() == goal)));
      }
      for (ResolutionKey key : index.resolutions()) {
        assertThat(index.byResolution(key)).containsExactlyElementsOf(scan(roadmap, o -> cites(o, key)));
      }
      for (Outcome outcome : roadmap.outcomes()) {
        for (SdgLink link : outcome.getSdgLinks()) {
          assertThat(index.byGoal(link.getGoal())).contains(outcome);
        }
      }
    });
  }

  private static boolean cites(Outcome outcome, ResolutionKey key) {
    for (Reference reference : outcome.getReferences()) {
      if (reference.getKind() == Reference.Kind.RESOLUTION
          && ResolutionKey.allOf((ResolutionRef) reference).contains(key)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void index_activeIn_agreesWithAScanOfTheEntries() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 6), integers().between(1990, 2040)).checkAssert((seed, size, year) -> {
      Roadmap roadmap = generated(seed, size);
      int edition = roadmap.getAsOf().map(d -> d.getYear()).orElse(Integer.MIN_VALUE);
      assertThat(RoadmapIndex.of(roadmap).activeIn(year)).containsExactlyElementsOf(scan(roadmap,
          o -> o.getTiming().isPresent()
              && o.getTiming().get().getEntries().stream().anyMatch(e -> active(e, year, edition))));
    });
  }

  /** The documented reading, entry by entry. */
  private static boolean active(TimingEntry entry, int year, int editionYear) {
    boolean dated = editionYear != Integer.MIN_VALUE;
    switch (entry.getKind()) {
      case SPAN:
      case YEAR: {
        if (entry.getFrom().isEmpty() && entry.getTo().isEmpty()) {
          return false;
        }
        int a = entry.getFrom().orElseGet(() -> entry.getTo().get());
        int b = entry.getTo().orElseGet(() -> entry.getFrom().get());
        return Math.min(a, b) <= year && year <= Math.max(a, b);
      }
      case SINCE:
        return entry.getFrom().map(from -> year >= from).orElse(!dated || year >= editionYear);
      case TO_DATE:
        if (entry.getFrom().isEmpty()) {
          return !dated || year >= editionYear;
        }
        return dated
            ? Math.min(entry.getFrom().get(), editionYear) <= year && year <= Math.max(entry.getFrom().get(), editionYear)
            : year >= entry.getFrom().get();
      case CONTINUOUS:
        return !dated || year >= editionYear;
      default:
        return false;
    }
  }

  @Test
  void index_search_eachWordOfAStatementFindsTheOutcome() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, size) -> {
      Roadmap roadmap = generated(seed, size);
      RoadmapIndex index = RoadmapIndex.of(roadmap);
      for (Outcome outcome : roadmap.outcomes()) {
        List<String> words = new ArrayList<>();
        for (String word : outcome.getStatement().split("[^\\p{L}\\p{Nd}]+")) {
          if (!word.isEmpty()) {
            words.add(word.toUpperCase(Locale.ROOT));
          }
        }
        if (!words.isEmpty()) {
          assertThat(index.search(String.join(" ", words))).contains(outcome);
        }
      }
    });
  }

  @Test
  void diff_generatedRoadmapAndItself_noChange() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 6)).checkAssert((seed, size) -> {
      assertThat(RoadmapDiff.between(generated(seed, size), generated(seed, size)).getChanges()).isEmpty();
    });
  }

  @Test
  void diff_twoGeneratedRoadmaps_mirrors() {
    qt().withExamples(200).forAll(longs().all(), longs().all(), integers().between(0, 5)).checkAssert((a, b, size) -> {
      Roadmap older = generated(a, size);
      Roadmap newer = generated(b, size);
      List<Change> forward = RoadmapDiff.between(older, newer).getChanges();
      List<Change> backward = RoadmapDiff.between(newer, older).getChanges();
      assertThat(backward).containsExactlyInAnyOrderElementsOf(
          forward.stream().map(Change::inverse).collect(Collectors.toList()));
    });
  }
}
