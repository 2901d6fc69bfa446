/**
 * Readers and writers of roadmaps: canonical JSON ({@link org.wsis.roadmap.io.RoadmapJson}), YAML
 * ({@link org.wsis.roadmap.io.RoadmapYaml}), CSV ({@link org.wsis.roadmap.io.RoadmapCsv}), JSON
 * Lines ({@link org.wsis.roadmap.io.RoadmapJsonLines}), and the Jackson module for applications
 * that bring their own {@code ObjectMapper} ({@link org.wsis.roadmap.io.RoadmapModule}).
 *
 * <p>Every reader applies the {@link org.wsis.roadmap.io.ReadLimits}, reports a failure as a
 * {@link org.wsis.roadmap.io.RoadmapReadException} with line, column and JSON pointer, and offers a
 * lenient read returning a {@link org.wsis.roadmap.io.ReadResult}. Every class here is thread-safe.
 */
@NullMarked
@Value.Style(
    throwForInvalidImmutableState = org.wsis.roadmap.IncompleteValueException.class,
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
package org.wsis.roadmap.io;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
