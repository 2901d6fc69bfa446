/**
 * Questions asked of a roadmap, and of two editions of it: an index answering which outcomes serve
 * an SDG goal or target, cite a resolution, belong to an action line and section, are active in a
 * year, or mention words ({@link org.wsis.roadmap.query.RoadmapIndex}); the matrix of action lines by
 * SDG goals ({@link org.wsis.roadmap.query.SdgCoverage}); the roadmap's SDG links read against the
 * WSIS–SDG Matrix ({@link org.wsis.roadmap.query.MatrixCoverage}); counts ({@link
 * org.wsis.roadmap.query.RoadmapStatistics}); and the semantic diff between two editions ({@link
 * org.wsis.roadmap.query.RoadmapDiff}).
 *
 * <p>Every result is computed once, from immutable input, and is itself immutable and thread-safe.
 * Lists of outcomes are in document order. Building an index, a coverage matrix or statistics takes
 * time proportional to the size of the roadmap.
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
package org.wsis.roadmap.query;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
