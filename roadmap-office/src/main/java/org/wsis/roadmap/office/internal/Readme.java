package org.wsis.roadmap.office.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.wsis.roadmap.office.internal.Layout.Table;

/** The read-me sheet: how the workbook is laid out, for the people who edit it. */
final class Readme {
  private Readme() {}

  static List<String[]> lines(Layout layout) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"WSIS Action Lines Roadmap workbook", ""});
    lines.add(new String[] {"", "Every cell is text. Codes such as 9.1, 01 and C5.GT.B3 stay as typed; numbers are written as text too."});
    lines.add(new String[] {"", "An empty cell is an absent value; a list with no row is an empty list."});
    lines.add(new String[] {"", "Row 1 of each sheet holds the headers; keep them as they are. The order of rows is the order of the list."});
    lines.add(new String[] {"", "Key columns (before 'position') name the row this row belongs to: the action line code, the outcome id, the position of the item in its list (from 1)."});
    lines.add(new String[] {"", "A column named after an optional group (such as 'timing' or 'covidResponse') holds '" + Layout.PRESENT + "' when the group is there even if its other cells are empty."});
    lines.add(new String[] {"", "Columns whose header starts with 'x-' hold extensions as JSON text."});
    lines.add(new String[] {"", "Formulas are not read as values: type values, not formulas."});
    lines.add(new String[] {"", ""});
    lines.add(new String[] {"sheet", "columns"});
    for (Table table : layout.tables()) {
      List<String> headers = table == layout.root() ? List.of("property", Layout.VALUE) : table.headers();
      lines.add(new String[] {table.sheet(), String.join(", ", headers)});
    }
    return lines;
  }

  static void write(Sheet sheet, Layout layout, CellStyle text, CellStyle header) {
    int r = 0;
    for (String[] line : lines(layout)) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < line.length; c++) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(r == 0 || line[0].equals("sheet") ? header : text);
        cell.setCellValue(line[c]);
      }
      r++;
    }
    sheet.setColumnWidth(0, 256 * 28);
    sheet.setColumnWidth(1, 256 * 120);
  }
}
