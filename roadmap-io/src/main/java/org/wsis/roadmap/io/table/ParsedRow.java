package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.OutcomeSection;

/** One table row rebuilt from its page rows: the fragments of each of its seven cells. */
final class ParsedRow {
  /**
   * A part of one cell printed on one page row, read into items.
   *
   * @param line the line of the page row
   * @param items the items of the part
   */
  record Fragment(int line, List<CellItem> items) {}

  final OutcomeSection section;
  final String label;
  final int firstLine;
  /** The table location of the first page row, or null for a text export. */
  final @Nullable TableLocation location;
  int lastLine;
  final List<List<Fragment>> cells = new ArrayList<>();
  /** The label of the last sub-item seen in the first cell, or null. */
  @Nullable String lastSubLabel;

  ParsedRow(OutcomeSection section, String label, int firstLine, @Nullable TableLocation location, int columns) {
    this.section = section;
    this.label = label;
    this.firstLine = firstLine;
    this.lastLine = firstLine;
    this.location = location;
    for (int i = 0; i < columns; i++) {
      cells.add(new ArrayList<>());
    }
  }

  void add(int line, List<List<CellItem>> pageCells) {
    for (int i = 0; i < cells.size(); i++) {
      if (!pageCells.get(i).isEmpty()) {
        cells.get(i).add(new Fragment(line, pageCells.get(i)));
      }
    }
    lastLine = line;
  }
}
