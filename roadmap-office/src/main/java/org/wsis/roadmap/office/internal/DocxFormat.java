package org.wsis.roadmap.office.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapReader;
import org.wsis.roadmap.io.RoadmapWriter;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapTableImporter;
import org.wsis.roadmap.office.RoadmapWordDocument;

/**
 * The Word document format ({@code docx}, {@code .docx}) as a {@link RoadmapFormat} service: written
 * in the published layout ({@link RoadmapWordDocument#publish}), read by the importer ({@link
 * RoadmapWordDocument#importDocument}). Binary. The importer always gives a roadmap; a strict read
 * gives it alone, a lenient read gives it with one {@link ReadProblem} per issue of the import report,
 * whose message is the issue's line of the text report and whose line is the issue's line of the
 * document's text. The source locations of the outcomes are those of the document's text.
 */
public final class DocxFormat extends RoadmapFormat {
  /** Creates the format; called by {@link java.util.ServiceLoader}. */
  public DocxFormat() {
    super("docx", List.of("docx"));
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  public List<String> getFieldsNotKept() {
    return List.of("actionLines[].source", "actionLines[].outcomes[].source");
  }

  @Override
  protected ReadResult read(InputStream in, RoadmapReader options) {
    return result(RoadmapWordDocument.importDocument(in, "document.docx",
        RoadmapTableImporter.create().withLimits(options.getLimits())), options);
  }

  @Override
  protected ReadResult read(Path path, RoadmapReader options) {
    return result(RoadmapWordDocument.importDocument(path, options.getLimits()), options);
  }

  private static ReadResult result(ImportResult imported, RoadmapReader options) {
    if (options.isStrict()) {
      return new ReadResult(imported.getRoadmap(), List.of());
    }
    List<ReadProblem> problems = imported.getReport().getIssues().stream()
        .map(DocxFormat::problem)
        .toList();
    return new ReadResult(imported.getRoadmap(), problems);
  }

  private static ReadProblem problem(ImportIssue issue) {
    return new ReadProblem(issue.toString(), issue.getLine(), 0, "");
  }

  @Override
  protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
    RoadmapWordDocument.publish(roadmap, out);
  }

  @Override
  protected void write(Roadmap roadmap, Path path, RoadmapWriter options) {
    RoadmapWordDocument.publish(roadmap, path);
  }
}
