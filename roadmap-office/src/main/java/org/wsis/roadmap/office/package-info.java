/**
 * Roadmaps in office formats, on Apache POI: Excel workbooks ({@link
 * org.wsis.roadmap.office.RoadmapWorkbook}, a lossless round trip of the canonical JSON) and Word
 * documents ({@link org.wsis.roadmap.office.RoadmapWordDocument}: publication in the published table
 * layout, and import through the table importer).
 *
 * <p>Every reader applies the {@link org.wsis.roadmap.io.ReadLimits} and refuses hostile packages
 * (zip bombs, DTDs and entities, macros, encryption) with a typed exception. Every class here is
 * thread-safe.
 */
@NullMarked
package org.wsis.roadmap.office;

import org.jspecify.annotations.NullMarked;
