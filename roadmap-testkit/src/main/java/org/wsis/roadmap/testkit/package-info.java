/**
 * The test kit, for the tests of projects that use this library (add {@code roadmap-testkit} in test
 * scope): AssertJ assertions on roadmaps and validation reports, and seeded generators of valid
 * roadmaps and of roadmaps with one named defect.
 *
 * <pre>{@code
 * import static org.wsis.roadmap.testkit.RoadmapAssertions.assertThat;
 *
 * assertThat(roadmap).isConsistent().hasOutcome("C2.GT.A").linksTo(SdgGoal.NINE);
 * assertThat(RoadmapValidator.create().validate(roadmap)).hasFinding("WSIS-TEXT-001").at("C6.GT.l");
 *
 * Roadmap valid = RoadmapGenerator.valid(new Random(seed), 8);
 * Roadmap broken = RoadmapGenerator.withDefect(new Random(seed), 8, Defect.DUPLICATE_OUTCOME_ID);
 * }</pre>
 *
 * <p>{@link org.wsis.roadmap.testkit.RoadmapAssertions} is the entry point of the assertions;
 * {@link org.wsis.roadmap.testkit.RoadmapGenerator} turns a {@link java.util.Random} into a roadmap,
 * so any property-testing library can wrap it (QuickTheories:
 * {@code longs().all().map(seed -> RoadmapGenerator.valid(new Random(seed), 8))});
 * {@link org.wsis.roadmap.testkit.Defect} names the defects, one rule each.
 */
@NullMarked
package org.wsis.roadmap.testkit;

import org.jspecify.annotations.NullMarked;
