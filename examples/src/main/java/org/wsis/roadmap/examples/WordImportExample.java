package org.wsis.roadmap.examples;

import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.office.RoadmapWordDocument;

/**
 * Imports a roadmap from a Word document, such as one a facilitator edited and sent back, and reads
 * the import report, whose entries name the table, row and cell.
 *
 * <pre>{@code
 * ImportResult result = WordImportExample.importDocument(Path.of("roadmaps.docx"));
 * }</pre>
 */
public final class WordImportExample {
  private WordImportExample() {}

  /**
   * Imports a Word document and prints what the importer repaired or could not read.
   *
   * @param document the .docx file
   * @return the roadmap and the import report
   */
  public static ImportResult importDocument(Path document) {
    // tag::import[]
    ImportResult result = RoadmapWordDocument.importDocument(document);
    Roadmap roadmap = result.getRoadmap();
    for (ImportIssue issue : result.getReport().getIssues()) {
      System.out.println(issue); // line 13 (table 1, row 7, cell 6)  JOINED_ACROSS_PAGE_BREAK  C3.GT.C  ...
    }
    System.out.println(roadmap.outcomes().size() + " outcomes, " + result.getReport().getIssues().size() + " issues");
    // end::import[]
    return result;
  }

  /**
   * Imports the document named by the first argument.
   *
   * @param args the path of the .docx file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: WordImportExample DOCUMENT.docx");
      return;
    }
    importDocument(Path.of(args[0]));
  }
}
