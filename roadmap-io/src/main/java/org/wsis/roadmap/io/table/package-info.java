/**
 * The importer of the ITU roadmap tables: turns the text export of a WSIS Action Lines Roadmaps
 * document into a {@link org.wsis.roadmap.Roadmap}, with an {@link org.wsis.roadmap.io.table.ImportReport}
 * of everything it could not place or read, and the {@link org.wsis.roadmap.io.table.Errata}
 * that correct defects of a printed edition.
 *
 * <pre>{@code
 * ImportResult result = RoadmapTableImporter.create().importText(text);
 * Roadmap printed = result.getRoadmap();
 * result.getReport().getIssues().forEach(System.out::println);
 * }</pre>
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
package org.wsis.roadmap.io.table;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
