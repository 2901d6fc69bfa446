package org.wsis.roadmap.testkit;

import java.util.Objects;
import java.util.Random;
import org.wsis.roadmap.Roadmap;

/**
 * The public test-kit generator: turns a seeded {@link Random} into a varied, internally consistent
 * roadmap that the validator accepts, or into such a roadmap with one named {@link Defect}.
 *
 * <p>A roadmap from {@link #valid(Random, int)} is consistent under the {@code default} profile of
 * {@code RoadmapValidator}: it has no {@code ERROR} or {@code FATAL} finding, and the only finding it
 * can have at all is the {@code INFO} finding {@code WSIS-REF-006} on each text reference (a
 * {@code TextRef} is by definition a reference cell that names no citation). It is dated (so that
 * validation does not depend on today's date) and has at least one action line table with at least
 * one outcome. It covers: one to four distinct action lines with printed titles taken from the
 * catalogue; outcome labels in each of the sequences the documents use ({@code A, B, C};
 * {@code A, B1, B2, C}; {@code 1, 2, 3}; {@code a, b, c}); sub-items in each sequence ({@code i, ii},
 * {@code a, b}, {@code A, B}, {@code 1, 2}, {@code D1, D2}); every reference kind (ITU strategic goal
 * with and without target, resolutions of every body with and without revision, UN resolutions,
 * instruments, document symbols, text); SDG goal links, target links of the UN catalogue, or both, with
 * and without a note, all inside the action line's WSIS–SDG Matrix mapping, the last outcome of each
 * table serving every matrix goal through one of its matrix targets; every read timing form (span, year, since, to date, continuous, and several entries in
 * one cell); metrics of every comparator with and without year; results with and without targets;
 * empty and full cells (evidence, references, COVID-19 response, sub-items, notes, glossary);
 * footnote markers with their notes; optional values absent and present; text in the scripts of the
 * six UN languages (Arabic, Chinese, English, French, Russian, Spanish) with characters that are
 * special in JSON, YAML and CSV; and now and then a long text.
 *
 * <p>It uses no other source of randomness than the {@code Random} given, so the same seed and size
 * give the same roadmap.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapGenerator.valid(new Random(42), 8);
 * Roadmap broken = RoadmapGenerator.withDefect(new Random(42), 8, Defect.DUPLICATE_OUTCOME_ID);
 * // QuickTheories:
 * qt().forAll(longs().all().map(seed -> RoadmapGenerator.valid(new Random(seed), 8)))
 *     .check(r -> RoadmapJson.read(RoadmapJson.toString(r)).equals(r));
 * }</pre>
 *
 * <p>This class has no state; it is thread-safe as long as each thread uses its own {@code Random}.
 */
public final class RoadmapGenerator {
  private RoadmapGenerator() {}

  /**
   * Returns a valid roadmap drawn from {@code random}: no {@code ERROR} or {@code FATAL} finding
   * under the {@code default} profile, and no finding at all except {@code WSIS-REF-006}
   * ({@code INFO}) on text references.
   *
   * @param random the source of every choice; the same seed gives the same roadmap
   * @param size how large the roadmap may grow: the number of action lines, outcomes per section and
   *     items per list grow with it; 0 gives the smallest roadmap, one table with one outcome
   * @return the roadmap
   * @throws IllegalArgumentException when {@code size} is negative
   * @throws NullPointerException when {@code random} is null
   */
  public static Roadmap valid(Random random, int size) {
    Objects.requireNonNull(random, "random");
    requireSize(size);
    return new Generation(random, size, false).roadmap();
  }

  /**
   * Returns a valid roadmap drawn from {@code random} with one defect injected. The roadmap before
   * the defect is drawn like {@link #valid(Random, int)}, without text references and with every
   * cell of its first outcome filled; so its validation report under the {@code default} profile has
   * findings of exactly one rule, {@link Defect#getRuleId()} (one or more findings of it).
   *
   * @param random the source of every choice; the same seed gives the same roadmap
   * @param size how large the roadmap may grow, as for {@link #valid(Random, int)}
   * @param defect the defect to inject
   * @return the roadmap with the defect
   * @throws IllegalArgumentException when {@code size} is negative
   * @throws NullPointerException when {@code random} or {@code defect} is null
   */
  public static Roadmap withDefect(Random random, int size, Defect defect) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(defect, "defect");
    requireSize(size);
    return Injection.inject(new Generation(random, size, true).roadmap(), defect);
  }

  private static void requireSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, but was: " + size);
    }
  }
}
