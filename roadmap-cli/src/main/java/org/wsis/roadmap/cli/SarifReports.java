package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.PointerLocations;
import org.wsis.roadmap.validation.FilePosition;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * The SARIF report of a validated file: each result's region is the line and column of the file
 * where its finding's JSON pointer starts (or its nearest ancestor that the file has), for JSON, YAML
 * and JSON Lines files; a CSV table has no pointers, so its results name the file without a region.
 */
final class SarifReports {
  private SarifReports() {}

  /**
   * Writes the SARIF report of a file.
   *
   * @param report the report
   * @param file the file validated
   * @param format its format
   * @param err where to say that the positions could not be read
   * @return the SARIF log
   */
  static String of(ValidationReport report, Path file, RoadmapFormat format, PrintWriter err) {
    List<String> pointers = report.getFindings().stream().map(Finding::getPointer).distinct().toList();
    Function<String, Optional<FilePosition>> positions;
    try {
      PointerLocations where = switch (format) {
        case JSON -> PointerLocations.ofJson(file, pointers);
        case YAML -> PointerLocations.ofYaml(file, pointers);
        case JSON_LINES -> PointerLocations.ofJsonLines(file, pointers);
        case CSV, JSON_LD -> null;
      };
      positions = where == null
          ? pointer -> Optional.empty()
          : pointer -> where.nearest(pointer).map(at -> new FilePosition(at.line(), at.column()));
    } catch (RoadmapException | UncheckedIOException e) {
      err.println("roadmap: note: " + file + ": the lines of the findings cannot be found in the file,"
          + " so the SARIF results name the file without a line: " + e.getMessage());
      err.flush();
      positions = pointer -> Optional.empty();
    }
    return report.toSarif(file, positions);
  }
}
