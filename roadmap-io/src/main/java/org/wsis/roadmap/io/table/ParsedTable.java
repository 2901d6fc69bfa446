package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.ActionLine;

/** One action line's table as found in the document, before its cells are read. */
final class ParsedTable {
  final ActionLine actionLine;
  final String title;
  final int headingLine;
  int lastLine;
  final List<String> notes = new ArrayList<>();
  final List<ParsedRow> rows = new ArrayList<>();
  String[] header;

  ParsedTable(ActionLine actionLine, String title, int headingLine) {
    this.actionLine = actionLine;
    this.title = title;
    this.headingLine = headingLine;
    this.lastLine = headingLine;
  }
}
