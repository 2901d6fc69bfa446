package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.OutcomeSection;

/** One table row rebuilt from its page rows: the fragments of each of its seven cells. */
final class ParsedRow {
  /** A part of one cell printed on one page row. */
  static final class Fragment {
    final int line;
    final String text;

    Fragment(int line, String text) {
      this.line = line;
      this.text = text;
    }
  }

  final OutcomeSection section;
  final String label;
  final int firstLine;
  int lastLine;
  final List<List<Fragment>> cells = new ArrayList<>();
  /** The label of the last sub-item seen in the first cell, or null. */
  String lastSubLabel;

  ParsedRow(OutcomeSection section, String label, int firstLine, int columns) {
    this.section = section;
    this.label = label;
    this.firstLine = firstLine;
    this.lastLine = firstLine;
    for (int i = 0; i < columns; i++) {
      cells.add(new ArrayList<>());
    }
  }

  void add(int line, String[] fields) {
    for (int i = 0; i < cells.size(); i++) {
      if (!fields[i].isBlank()) {
        cells.get(i).add(new Fragment(line, fields[i]));
      }
    }
    lastLine = line;
  }
}
