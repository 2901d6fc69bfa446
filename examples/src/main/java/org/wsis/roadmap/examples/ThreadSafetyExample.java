package org.wsis.roadmap.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.RoadmapIndex;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * One roadmap, one {@link RoadmapValidator} and one {@link RoadmapIndex}, built once and shared by
 * the threads of an {@link ExecutorService}, as a server shares them between requests.
 *
 * <pre>{@code
 * List<String> answers = ThreadSafetyExample.onThreads(executor, roadmap, validator, index);
 * }</pre>
 *
 * <p>Each task answers one request: the outcomes linked with one SDG goal, and the number of findings
 * of a validation of the whole roadmap. {@link #main(String[])} runs the 17 goals on four threads and
 * on one, and prints whether the answers are the same.
 */
public final class ThreadSafetyExample {
  private ThreadSafetyExample() {}

  /**
   * Answers one request: the ids of the outcomes linked with a goal, and how many findings the
   * roadmap has.
   *
   * @param goal the goal asked for
   * @param roadmap the shared roadmap
   * @param validator the shared validator
   * @param index the shared index of the roadmap
   * @return {@code "SDG 9: [C2.GT.A, ...]; 12 findings"}
   */
  public static String answer(SdgGoal goal, Roadmap roadmap, RoadmapValidator validator, RoadmapIndex index) {
    List<String> ids = new ArrayList<>();
    for (Outcome outcome : index.byGoal(goal)) {
      ids.add(outcome.getId().toString());
    }
    ValidationReport report = validator.validate(roadmap);
    return "SDG " + goal.getNumber() + ": " + ids + "; " + report.getFindings().size() + " findings";
  }

  /**
   * Answers every goal on the calling thread.
   *
   * @param roadmap the roadmap
   * @param validator the validator
   * @param index the index of the roadmap
   * @return one answer per goal, in goal order
   */
  public static List<String> onOneThread(Roadmap roadmap, RoadmapValidator validator, RoadmapIndex index) {
    List<String> answers = new ArrayList<>();
    for (SdgGoal goal : SdgGoal.values()) {
      answers.add(answer(goal, roadmap, validator, index));
    }
    return answers;
  }

  /**
   * Answers every goal, one task per goal, on an executor's threads.
   *
   * @param executor the executor
   * @param roadmap the shared roadmap
   * @param validator the shared validator
   * @param index the shared index of the roadmap
   * @return one answer per goal, in goal order
   * @throws InterruptedException when interrupted while waiting
   * @throws ExecutionException when a task fails
   */
  public static List<String> onThreads(ExecutorService executor, Roadmap roadmap, RoadmapValidator validator,
      RoadmapIndex index) throws InterruptedException, ExecutionException {
    // tag::share[]
    List<Future<String>> futures = new ArrayList<>();
    for (SdgGoal goal : SdgGoal.values()) {
      futures.add(executor.submit(() -> answer(goal, roadmap, validator, index))); // no lock, no copy
    }
    List<String> answers = new ArrayList<>();
    for (Future<String> future : futures) {
      answers.add(future.get());
    }
    // end::share[]
    return answers;
  }

  /**
   * Answers the 17 goals on four threads and on one, and prints whether the answers agree.
   *
   * @param args ignored
   * @throws Exception when a task fails
   */
  public static void main(String[] args) throws Exception {
    // tag::build-once[]
    Roadmap roadmap = WsisRoadmaps.edition2024();        // parsed once, immutable
    RoadmapValidator validator = RoadmapValidator.create(); // immutable, thread-safe
    RoadmapIndex index = RoadmapIndex.of(roadmap);         // immutable, thread-safe
    ExecutorService executor = Executors.newFixedThreadPool(4);
    // end::build-once[]
    try {
      List<String> parallel = onThreads(executor, roadmap, validator, index);
      List<String> sequential = onOneThread(roadmap, validator, index);
      parallel.forEach(System.out::println);
      System.out.println("same answers on 4 threads as on one: " + parallel.equals(sequential));
    } finally {
      executor.shutdown();
    }
  }
}
