package org.wsis.roadmap.examples;

import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportReport;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapTableImporter;

/**
 * Imports the text export of an ITU roadmap document and reads the import report.
 *
 * <pre>{@code
 * ImportResult result = ImportDocumentExample.importDocument(Path.of("roadmaps.txt"));
 * }</pre>
 */
public final class ImportDocumentExample {
  private ImportDocumentExample() {}

  /**
   * Imports a document and prints what the importer could not read.
   *
   * @param document the text export
   * @return the roadmap and the import report
   */
  public static ImportResult importDocument(Path document) {
    // tag::import[]
    ImportResult result = RoadmapTableImporter.create().importFile(document);
    Roadmap roadmap = result.getRoadmap();
    ImportReport report = result.getReport();
    for (ImportIssue issue : report.getIssues()) {
      System.out.println(issue); // line 263  UNREAD_REFERENCE  C5.GT.A1  [column]  'text': message
    }
    System.out.println(roadmap.outcomes().size() + " outcomes, " + report.getIssues().size() + " issues");
    // end::import[]
    return result;
  }

  /**
   * Imports the document named by the first argument.
   *
   * @param args the path of the text export
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ImportDocumentExample DOCUMENT.txt");
      return;
    }
    importDocument(Path.of(args[0]));
  }
}
