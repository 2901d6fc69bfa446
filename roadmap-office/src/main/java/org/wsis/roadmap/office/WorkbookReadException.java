package org.wsis.roadmap.office;

import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.RoadmapReadException;

/**
 * Thrown when a workbook cannot be read: not a workbook, refused as hostile (zip bomb, DTD, macros,
 * encryption), beyond the read limits, or, in a strict read, a value that is not as the layout says.
 *
 * <p>Besides the JSON pointer of the value, it names the sheet, the cell (A1 notation) and the
 * column header; {@link #getLine()} is the row and {@link #getColumn()} the column, both from 1.
 *
 * <pre>{@code
 * try {
 *   RoadmapWorkbook.read(path);
 * } catch (WorkbookReadException e) {
 *   e.getSheet();   // "sdgLinks"
 *   e.getCell();    // "D7"
 *   e.getHeader();  // "target"
 *   e.getPointer(); // "/actionLines/0/outcomes/3/sdgLinks/2/target"
 * }
 * }</pre>
 */
public class WorkbookReadException extends RoadmapReadException {
  private static final long serialVersionUID = 1L;

  private final String sheet;
  private final String cell;
  private final String header;

  /**
   * Creates an exception.
   *
   * @param problem the problem, its line the row and its column the column of the cell
   * @param sheet the sheet, {@code ""} for the workbook as a whole
   * @param cell the cell in A1 notation, {@code ""} when none applies
   * @param header the column header, {@code ""} when none applies
   * @param cause the underlying failure, or {@code null}
   */
  public WorkbookReadException(ReadProblem problem, String sheet, String cell, String header, Throwable cause) {
    super(problem, cause);
    this.sheet = sheet;
    this.cell = cell;
    this.header = header;
  }

  /**
   * Returns the sheet of the problem.
   *
   * @return the sheet name, {@code ""} for the workbook as a whole
   */
  public String getSheet() {
    return sheet;
  }

  /**
   * Returns the cell of the problem.
   *
   * @return such as {@code "D7"}, {@code ""} when no cell applies
   */
  public String getCell() {
    return cell;
  }

  /**
   * Returns the header of the column of the problem.
   *
   * @return such as {@code "target"}, {@code ""} when no column applies
   */
  public String getHeader() {
    return header;
  }
}
