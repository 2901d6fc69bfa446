package org.wsis.roadmap.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of one validation run: the findings in a stable order, stamped with the library
 * version, the rule catalogue version, the profile and the roadmap edition (id and date). The same
 * roadmap, profile, waivers and day always give the same report, byte for byte.
 *
 * <pre>{@code
 * ValidationReport report = RoadmapValidator.create().validate(roadmap);
 * report.isValid();   // no ERROR or FATAL finding that is not waived
 * report.toText();    // for people: grouped by rule, repeated findings folded
 * report.toJson();    // for programs
 * report.toSarif();   // SARIF 2.1.0, for CI systems
 * report.requireValid(); // throws RoadmapValidationException when not valid
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ValidationReport} instances; obtain one with {@link ValidationReport#builder()}. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }

  /**
   * Returns the version of this library that wrote the report.
   *
   * @return such as {@code "0.1.0"}
   */
  public abstract String getLibraryVersion();

  /**
   * Returns the version of the rule catalogue.
   *
   * @return {@link Rule#CATALOGUE_VERSION}
   */
  public abstract String getCatalogueVersion();

  /**
   * Returns the name of the profile used.
   *
   * @return such as {@code "default"}
   */
  public abstract String getProfile();

  /**
   * Returns the id of the roadmap edition validated.
   *
   * @return such as {@code "wsis-action-lines-roadmaps-2024-10-11"}
   */
  public abstract String getRoadmapId();

  /**
   * Returns the date of the roadmap edition validated.
   *
   * @return the date, or empty when the edition is undated
   */
  public abstract Optional<LocalDate> getRoadmapAsOf();

  /**
   * Returns every finding, waived ones included, in a stable order: by location in the roadmap,
   * then rule id, then message.
   *
   * @return the findings
   */
  public abstract List<Finding> getFindings();

  /**
   * Returns the findings no waiver silences.
   *
   * @return the active findings, in report order
   */
  public final List<Finding> active() {
    return getFindings().stream().filter(f -> !f.isWaived()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings a waiver silences.
   *
   * @return the waived findings, in report order
   */
  public final List<Finding> waived() {
    return getFindings().stream().filter(Finding::isWaived).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the active findings of one rule.
   *
   * @param ruleId such as {@code "WSIS-TEXT-001"}
   * @return the findings, in report order
   */
  public final List<Finding> findingsOf(String ruleId) {
    return active().stream().filter(f -> f.getRuleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Counts the active findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public final int count(Severity severity) {
    return (int) getFindings().stream().filter(f -> !f.isWaived() && f.getSeverity() == severity).count();
  }

  /**
   * Counts the findings that fail validation.
   *
   * @return the number of active {@code ERROR} and {@code FATAL} findings
   */
  public final int countFailures() {
    return (int) getFindings().stream().filter(Finding::isFailure).count();
  }

  /**
   * Tells whether the roadmap passed: no active {@code ERROR} or {@code FATAL} finding.
   *
   * @return true when valid
   */
  public final boolean isValid() {
    return countFailures() == 0;
  }

  /**
   * Returns this report when the roadmap is valid.
   *
   * @return this report
   * @throws RoadmapValidationException when the roadmap has an active {@code ERROR} or {@code FATAL} finding
   */
  public final ValidationReport requireValid() {
    if (!isValid()) {
      throw new RoadmapValidationException(this);
    }
    return this;
  }

  final String firstFailureSummary() {
    return getFindings().stream()
        .filter(Finding::isFailure)
        .findFirst()
        .map(f -> f.getRuleId() + " at " + f.getLocationText() + ": " + f.getMessage())
        .orElse("none");
  }

  /**
   * Writes the report for people: a header, then findings grouped by severity and rule, with
   * findings of the same message folded into one entry listing their locations.
   *
   * @return the text, lines ending with {@code \n}
   */
  public final String toText() {
    return ReportWriter.text(this);
  }

  /**
   * Writes the report as JSON for programs.
   *
   * @return the JSON document, indented with two spaces, lines ending with {@code \n}
   */
  public final String toJson() {
    return ReportWriter.json(this);
  }

  /**
   * Writes the report as SARIF 2.1.0, naming the roadmap id as the analysed artifact: each finding
   * that carries a line of the ITU document the roadmap was imported from (such as the bundled
   * roadmaps) has that line as its region. For a roadmap read from a file, use {@link
   * #toSarif(Path, Function)}, whose regions are lines of that file.
   *
   * @return the SARIF log
   */
  public final String toSarif() {
    return toSarif(getRoadmapId());
  }

  /**
   * Writes the report as SARIF 2.1.0 about an artifact that is the ITU document itself: each finding
   * that carries a document line has that line as its region. For a roadmap read from a JSON, YAML or
   * JSON Lines file, use {@link #toSarif(Path, Function)}, whose regions are lines of that file.
   *
   * @param artifactUri the URI of the document, used as is, such as {@code "docs/roadmaps-2024.txt"}
   * @return the SARIF log
   */
  public final String toSarif(String artifactUri) {
    return ReportWriter.sarif(this, artifactUri, null);
  }

  /**
   * Writes the report as SARIF 2.1.0 about the file the roadmap was read from: every result names
   * the file, and its region is where the finding's JSON pointer starts in that file, so that code
   * scanning annotates the right line. The line of the ITU document, when the finding has one, is
   * the result property {@code documentLine}.
   *
   * <p>The file becomes the result's {@code artifactLocation.uri}: a relative path stays relative
   * (to the working directory, which code scanning in CI takes as the repository root), with {@code
   * /} between names; an absolute path becomes a {@code file:} URI; in both, every character but
   * letters, digits and {@code - . _ ~} is percent-encoded in UTF-8 (RFC 3986), so {@code "my
   * draft#2.json"} is {@code "my%20draft%232.json"}.
   *
   * <pre>{@code
   * PointerLocations where = PointerLocations.ofJson(file, pointers);   // roadmap-io
   * report.toSarif(file, pointer -> where.nearest(pointer)
   *     .map(at -> new FilePosition(at.line(), at.column())));
   * }</pre>
   *
   * @param file the file validated, such as {@code Path.of("roadmaps/draft.json")}
   * @param positions where each finding's JSON pointer starts in the file (or its nearest ancestor
   *     that the file has); empty for a result without a region
   * @return the SARIF log
   */
  public final String toSarif(Path file, Function<String, Optional<FilePosition>> positions) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(positions, "positions");
    return ReportWriter.sarif(this, ReportWriter.uri(file), positions);
  }
}
