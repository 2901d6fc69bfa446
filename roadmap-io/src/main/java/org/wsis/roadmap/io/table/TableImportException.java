package org.wsis.roadmap.io.table;

import org.wsis.roadmap.RoadmapException;

/**
 * Thrown when a text is not a roadmap document the table importer can read: empty, binary,
 * truncated, or of another layout. The message states the rule and quotes the line.
 *
 * <pre>{@code
 * try {
 *   RoadmapTableImporter.create().importText("");
 * } catch (TableImportException e) {
 *   e.getLine(); // 1
 * }
 * }</pre>
 */
public class TableImportException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * Creates an exception.
   *
   * @param message the rule that was broken, quoting the offending text
   * @param line the line of the source, counted from 1
   */
  public TableImportException(String message, int line) {
    super("line " + line + ": " + message);
    this.line = line;
  }

  /**
   * Returns the line of the source document where the import failed.
   *
   * @return the line, counted from 1
   */
  public int getLine() {
    return line;
  }
}
