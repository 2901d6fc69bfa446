package org.wsis.roadmap.io.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.wsis.roadmap.RoadmapStatus;

/**
 * A roadmap document as a reader of a document format finds it, before its tables are read: the
 * title block, the paragraphs of the introduction, the table of each action line, and the issues the
 * reader already found. {@link RoadmapTableImporter#importDocument(RoadmapDocument, String)} turns it
 * into a roadmap and an import report, exactly as it does for the text export: the text importer
 * builds one of these from the text, a Word reader from a Word document.
 *
 * <pre>{@code
 * RoadmapDocument document = new RoadmapDocument("WSIS Action Lines Roadmaps C3", RoadmapStatus.DRAFT,
 *     Optional.of(LocalDate.of(2031, 3, 3)), List.of(new RoadmapDocument.Paragraph(5, "First paragraph.")),
 *     List.of(table), List.of());
 * ImportResult result = RoadmapTableImporter.create().importDocument(document, "roadmaps.docx");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param title the title as printed, such as {@code "WSIS Action Lines Roadmaps C2, C4, C5, C6"}
 * @param status draft or final, as the title block says
 * @param asOf the edition date of the title block, when it prints one
 * @param introduction the paragraphs of the introduction, in document order
 * @param tables the table of each action line, in document order
 * @param issues what the reader of the format could not place or repaired, such as text outside every part
 */
public record RoadmapDocument(String title, RoadmapStatus status, Optional<LocalDate> asOf, List<Paragraph> introduction,
    List<RoadmapTable> tables, List<ImportIssue> issues) {
  /**
   * A paragraph of the introduction and where it is.
   *
   * @param line the line of the paragraph in the import report, from 1
   * @param text the text, white space normalised
   */
  public record Paragraph(int line, String text) {}

  /**
   * Copies the lists.
   *
   * @throws IllegalArgumentException when there is no table
   */
  public RoadmapDocument {
    introduction = List.copyOf(introduction);
    tables = List.copyOf(tables);
    issues = List.copyOf(issues);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a roadmap document must have at least one action line table, but has none");
    }
  }
}
