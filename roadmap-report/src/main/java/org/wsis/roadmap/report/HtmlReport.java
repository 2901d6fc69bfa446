package org.wsis.roadmap.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.report.internal.EscapingOutput;
import org.wsis.roadmap.report.internal.JtereportGenerated;
import org.wsis.roadmap.report.internal.ReportView;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * The HTML report of a roadmap: one self-contained page with the edition, a summary per action
 * line, the SDG coverage heat map, the validation findings linked to the outcomes they concern, and
 * the roadmap per action line as tables with typed fields.
 *
 * <pre>{@code
 * ValidationReport validation = RoadmapValidator.create().validate(roadmap);
 * HtmlReport report = HtmlReport.builder().roadmap(roadmap).validation(validation).build();
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   report.render(out);
 * }
 * }</pre>
 *
 * <p>The page loads nothing: its style sheet is inline, it has no script and no image. Every text
 * from the roadmap is escaped: the page is rendered by templates compiled at build time whose every
 * inserted value is escaped. The same roadmap and validation report give the same bytes: the page
 * holds no time stamp and follows model order throughout; its lines end with {@code \n}. Anchors:
 * {@code #summary}, {@code #coverage}, {@code #findings}, {@code #al-C2} for an action line, {@code
 * #outcome-C2.GT.A} for an outcome, {@code #finding-1} for a finding.
 *
 * <p>Instances are immutable and thread-safe; what the page shows is derived once, when the report
 * is built.
 */
public final class HtmlReport {
  /**
   * Writes the page to a writer. (A function rather than the view itself, so that no type of the
   * internal package appears in this class's members.)
   */
  private final Consumer<Writer> page;

  private HtmlReport(Consumer<Writer> page) {
    this.page = page;
  }

  /**
   * Returns a builder of a report.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the page.
   *
   * @param out where the page goes, as characters; not closed
   * @throws RoadmapIoException when writing to {@code out} fails
   * @throws NullPointerException when {@code out} is null
   */
  public void render(Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      page.accept(out);
    } catch (UncheckedIOException e) {
      throw new RoadmapIoException("cannot write the HTML report: " + e.getCause().getMessage(), null, e.getCause());
    }
  }

  /**
   * Returns the page.
   *
   * @return the HTML page, lines ended by {@code \n}
   */
  public String toHtml() {
    StringWriter out = new StringWriter(256 * 1024);
    render(out);
    return out.toString();
  }

  /**
   * Returns the page as UTF-8 bytes, the encoding its {@code <meta charset>} declares.
   *
   * @return the HTML page in UTF-8
   */
  public byte[] toBytes() {
    return toHtml().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Builds an {@link HtmlReport}: a roadmap and its validation report are required.
   *
   * <p>A builder is not thread-safe; the report it builds is.
   */
  public static final class Builder {
    private @Nullable Roadmap roadmap;
    private @Nullable ValidationReport validation;

    private Builder() {}

    /**
     * Sets the roadmap.
     *
     * @param roadmap the roadmap the page shows
     * @return this builder
     * @throws NullPointerException when {@code roadmap} is null
     */
    public Builder roadmap(Roadmap roadmap) {
      this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
      return this;
    }

    /**
     * Sets the validation report of the roadmap, whose findings the page lists and links to their
     * outcomes.
     *
     * @param validation such as {@code RoadmapValidator.create().validate(roadmap)}
     * @return this builder
     * @throws NullPointerException when {@code validation} is null
     */
    public Builder validation(ValidationReport validation) {
      this.validation = Objects.requireNonNull(validation, "validation");
      return this;
    }

    /**
     * Builds the report, deriving once what the page shows (the SDG coverage, the findings of each
     * outcome).
     *
     * @return the report
     * @throws IllegalStateException when the roadmap or the validation report is not set
     */
    public HtmlReport build() {
      if (roadmap == null || validation == null) {
        throw new IllegalStateException("an HTML report needs a roadmap and its validation report, but "
            + (roadmap == null ? "the roadmap" : "the validation report") + " was not set");
      }
      ReportView view = ReportView.of(roadmap, validation, RoadmapValidator.libraryVersion(), ReportView.STYLE_SHEET);
      return new HtmlReport(out -> JtereportGenerated.render(new EscapingOutput(out), null, view));
    }
  }
}
