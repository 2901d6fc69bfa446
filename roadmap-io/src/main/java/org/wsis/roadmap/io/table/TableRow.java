package org.wsis.roadmap.io.table;

import java.util.List;
import java.util.Optional;

/**
 * One row of a roadmap table as printed: a header row, a section row ("Geneva Plan of Action and
 * Tunis Agenda for the Information Society" with the other cells empty, or one cell spanning the
 * table), an outcome row, or the part of an outcome row printed on the next page. The {@link
 * TablePipeline} tells them apart.
 *
 * <pre>{@code
 * TableRow row = new TableRow(40, List.of(TableCell.of("A: Develop policy"), TableCell.of("2030")),
 *     Optional.of(new TableLocation(1, 3, 0)));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param line the line of the row in the import report, from 1: the source line of a text export;
 *     for a document without lines, a number that grows in document order
 * @param cells the cells from the first column; fewer than seven are completed with empty cells
 * @param location the table, row and cell, for documents that have no lines; empty for a text export
 */
public record TableRow(int line, List<TableCell> cells, Optional<TableLocation> location) {
  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException when the line is below 1 or there is no cell
   */
  public TableRow {
    cells = List.copyOf(cells);
    if (line < 1) {
      throw new IllegalArgumentException("a table row's line counts from 1, but was: " + line);
    }
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a table row must have at least one cell, but has none (line " + line + ")");
    }
    location = location.map(at -> at.cell(0));
  }

  /**
   * Returns a row of a text export, located by its line.
   *
   * @param line the source line
   * @param cells the cells
   * @return the row
   */
  public static TableRow of(int line, List<TableCell> cells) {
    return new TableRow(line, cells, Optional.empty());
  }

  /**
   * Returns a cell, or an empty cell past the last one.
   *
   * @param index from 0
   * @return the cell
   */
  public TableCell cell(int index) {
    return index < cells.size() ? cells.get(index) : TableCell.EMPTY;
  }
}
