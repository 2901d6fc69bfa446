package org.wsis.roadmap.io.table;

/**
 * Where a row or cell of a document's table is, for documents that have no lines, such as a Word
 * document: the table, the row and the cell, each counted from 1 in document order.
 *
 * <pre>{@code
 * TableLocation at = new TableLocation(2, 14, 3);
 * at.toString(); // "table 2, row 14, cell 3"
 * at.row(14).cell(0).toString(); // "table 2, row 14"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param table the table, from 1
 * @param row the row of the table, from 1, counting every row as printed (header rows included)
 * @param cell the cell of the row, from 1; 0 for the whole row
 */
public record TableLocation(int table, int row, int cell) {
  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException when the table or row is below 1 or the cell below 0
   */
  public TableLocation {
    if (table < 1 || row < 1 || cell < 0) {
      throw new IllegalArgumentException(
          "a table location counts tables and rows from 1 and cells from 0, but was: table " + table + ", row " + row
              + ", cell " + cell);
    }
  }

  /**
   * Returns the location of a row of this table.
   *
   * @param row the row, from 1
   * @return the location of the whole row
   */
  public TableLocation row(int row) {
    return new TableLocation(table, row, 0);
  }

  /**
   * Returns the location of a cell of this row.
   *
   * @param cell the cell, from 1; 0 for the whole row
   * @return the location
   */
  public TableLocation cell(int cell) {
    return new TableLocation(table, row, cell);
  }

  /**
   * Returns the location as the import report prints it.
   *
   * @return such as {@code "table 2, row 14, cell 3"}, or {@code "table 2, row 14"} for a whole row
   */
  @Override
  public String toString() {
    return "table " + table + ", row " + row + (cell == 0 ? "" : ", cell " + cell);
  }
}
