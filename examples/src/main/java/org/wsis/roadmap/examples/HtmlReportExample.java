package org.wsis.roadmap.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.query.MatrixCoverage;
import org.wsis.roadmap.query.SdgCoverage;
import org.wsis.roadmap.report.CoverageCsv;
import org.wsis.roadmap.report.HtmlReport;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Writes the HTML report of a roadmap, and its SDG coverage as CSV, from an application (module
 * roadmap-report; no command line needed).
 *
 * <pre>{@code
 * HtmlReportExample.write(WsisRoadmaps.edition2024(), Path.of("report.html"));
 * }</pre>
 */
public final class HtmlReportExample {
  private HtmlReportExample() {}

  /**
   * Validates a roadmap and writes its HTML report.
   *
   * @param roadmap the roadmap
   * @param file the page to write, in UTF-8
   * @return the file
   * @throws IOException when the file cannot be written
   */
  public static Path write(Roadmap roadmap, Path file) throws IOException {
    // tag::report[]
    ValidationReport validation = RoadmapValidator.create().validate(roadmap);
    HtmlReport report = HtmlReport.builder().roadmap(roadmap).validation(validation).build();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      report.render(out);
    }
    // end::report[]
    return file;
  }

  /**
   * Renders the SDG coverage of a roadmap, and its coverage against the WSIS-SDG Matrix, as CSV.
   *
   * @param roadmap the roadmap
   * @return the two CSV texts, one after the other
   */
  public static String coverageCsv(Roadmap roadmap) {
    // tag::csv[]
    String cells = CoverageCsv.toCsv(SdgCoverage.of(roadmap));       // actionLine,outcomes,linked,linkedShare,sdg1,...
    String matrix = CoverageCsv.toCsv(MatrixCoverage.of(roadmap));   // actionLine,link,status,outcomes
    // end::csv[]
    return cells + matrix;
  }
}
