package org.wsis.roadmap.io.table;

import java.util.List;
import org.wsis.roadmap.ActionLine;

/**
 * The table of one action line as a reader of a document format finds it: the heading, the notes
 * printed under it, and every row as printed, its first row the header, so that the {@link
 * TablePipeline} reads it into outcomes.
 *
 * <pre>{@code
 * RoadmapTable table = new RoadmapTable(ActionLine.C5, "Building confidence and security in the use of ICTs",
 *     12, List.of("Note: GCA – Global Cybersecurity Agenda"), rows);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param actionLine the action line of the heading
 * @param title the title as the heading prints it
 * @param headingLine the line of the heading, from 1
 * @param notes the notes printed between heading and table, as printed ({@code "Note: GCA – ..."})
 * @param rows the rows in document order, the first one the header of seven columns
 */
public record RoadmapTable(ActionLine actionLine, String title, int headingLine, List<String> notes, List<TableRow> rows) {
  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException when there is no row
   */
  public RoadmapTable {
    notes = List.copyOf(notes);
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a roadmap table must have at least its header row, but has no row");
    }
  }

  /**
   * Returns the header row.
   *
   * @return the first row
   */
  public TableRow header() {
    return rows.get(0);
  }
}
