/**
 * Renderings of a roadmap: {@link org.wsis.roadmap.report.HtmlReport}, one self-contained HTML page
 * with the roadmap, its SDG coverage and its validation findings; {@link
 * org.wsis.roadmap.report.CoverageCsv}, the SDG coverage as CSV; {@link
 * org.wsis.roadmap.report.DiffJson}, the diff of two editions as JSON.
 *
 * <pre>{@code
 * ValidationReport validation = RoadmapValidator.create().validate(roadmap);
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   HtmlReport.builder().roadmap(roadmap).validation(validation).build().render(out);
 * }
 * String csv = CoverageCsv.toCsv(SdgCoverage.of(roadmap));
 * String json = DiffJson.toJson(RoadmapDiff.between(older, newer));
 * }</pre>
 *
 * <p>Every rendering is deterministic: the same input gives the same bytes. The texts for people
 * stay with the data in roadmap-core ({@code SdgCoverage.toText()}, {@code RoadmapDiff.toText()}).
 */
@NullMarked
package org.wsis.roadmap.report;

import org.jspecify.annotations.NullMarked;
