package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.RoadmapIndex;
import org.wsis.roadmap.validation.RoadmapValidator;

final class ThreadSafetyExampleTest {
  private static final Roadmap ROADMAP = WsisRoadmaps.edition2024();
  private static final RoadmapValidator VALIDATOR = RoadmapValidator.create();
  private static final RoadmapIndex INDEX = RoadmapIndex.of(ROADMAP);

  @Test
  void onThreads_sharedValidatorAndIndex_sameAnswersAsOneThread() throws Exception {
    List<String> sequential = ThreadSafetyExample.onOneThread(ROADMAP, VALIDATOR, INDEX);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        assertThat(ThreadSafetyExample.onThreads(executor, ROADMAP, VALIDATOR, INDEX)).isEqualTo(sequential);
      }
    } finally {
      executor.shutdownNow();
    }
    assertThat(sequential).hasSize(17);
  }

  @Test
  void answer_goalNine_listsTheOutcomesTheIndexFinds() {
    String answer = ThreadSafetyExample.answer(SdgGoal.NINE, ROADMAP, VALIDATOR, INDEX);

    assertThat(answer).startsWith("SDG 9: [").endsWith(VALIDATOR.validate(ROADMAP).getFindings().size() + " findings");
    INDEX.byGoal(SdgGoal.NINE).forEach(o -> assertThat(answer).contains(o.getId().toString()));
  }

  @Test
  void answer_otherRoadmap_otherAnswer() {
    Roadmap small = ExampleRoadmaps.edition(ExampleRoadmaps.infrastructure());

    assertThat(ThreadSafetyExample.answer(SdgGoal.NINE, small, VALIDATOR, RoadmapIndex.of(small)))
        .startsWith("SDG 9: [C2.GT.A]; ")
        .isNotEqualTo(ThreadSafetyExample.answer(SdgGoal.NINE, ROADMAP, VALIDATOR, INDEX));
  }

  @Test
  void main_saysTheAnswersAgree() {
    String out = StdOut.of(() -> {
      try {
        ThreadSafetyExample.main(new String[0]);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    assertThat(out).contains("same answers on 4 threads as on one: true").contains("SDG 17: [");
  }
}
