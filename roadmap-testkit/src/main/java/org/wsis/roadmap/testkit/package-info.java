/**
 * The test kit: seeded generators of valid roadmaps for the tests of this library and of the
 * projects that use it.
 *
 * <p>{@link org.wsis.roadmap.testkit.RoadmapGenerator} turns a {@link java.util.Random} into a
 * varied, internally consistent {@link org.wsis.roadmap.Roadmap}; any property-testing library can
 * wrap it (QuickTheories: {@code longs().all().map(seed -> RoadmapGenerator.valid(new Random(seed), 8))}).
 */
package org.wsis.roadmap.testkit;
