package org.wsis.roadmap.office.internal;

/**
 * Where a value is in a workbook.
 *
 * @param sheet the sheet name
 * @param row the row, from 1
 * @param column the column, from 1
 * @param header the header of the column, {@code ""} when none applies
 */
public record Location(String sheet, int row, int column, String header) {
  /** The location of the workbook as a whole. */
  public static final Location WORKBOOK = new Location("", 0, 0, "");

  /**
   * Returns the cell in A1 notation.
   *
   * @return such as {@code "F7"}; {@code ""} for the workbook as a whole
   */
  public String cell() {
    if (row == 0) {
      return "";
    }
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + row;
  }

  /**
   * Describes the location for a message.
   *
   * @return such as {@code "sheet 'outcomes', cell F7 (statement)"}
   */
  public String describe() {
    if (sheet.isEmpty()) {
      return "workbook";
    }
    return "sheet '" + sheet + "'" + (row == 0 ? "" : ", cell " + cell()) + (header.isEmpty() ? "" : " (" + header + ")");
  }
}
