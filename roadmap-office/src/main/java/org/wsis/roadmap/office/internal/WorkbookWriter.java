package org.wsis.roadmap.office.internal;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.office.internal.Layout.Column;
import org.wsis.roadmap.office.internal.Layout.Table;

/**
 * Writes a roadmap as a workbook in the {@link Layout}: the canonical JSON of the roadmap walked
 * table by table, every value a text cell (never a number, date or formula), streamed row by row.
 */
public final class WorkbookWriter {
  /** The widest a column is set, in characters. */
  private static final int MAX_WIDTH = 60;

  /** The most characters a cell holds (Excel's limit). */
  public static final int MAX_CELL_LENGTH = 32_767;

  private final Layout layout = Layout.get();
  private final SXSSFWorkbook workbook;
  private final CellStyle text;
  private final CellStyle header;
  private final Map<Table, Sheet> sheets = new HashMap<>();
  private final Map<Table, List<String>> extensionHeaders = new HashMap<>();

  /**
   * The longest canonical JSON (compact, in characters) whose workbook is assembled in memory; a longer
   * one streams each sheet's rows through a temporary file. A temporary file per sheet (the layout has
   * some thirty sheets) costs more than writing a small roadmap does.
   */
  static final int IN_MEMORY_JSON_LENGTH = 8 * 1024 * 1024;

  private WorkbookWriter(boolean inMemory) {
    // Inline strings (no shared-string table), so that rows stream out as they are written.
    this.workbook = inMemory ? new InMemory() : new SXSSFWorkbook(null, 200, false, false);
    this.text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    text.setWrapText(false);
    this.header = workbook.createCellStyle();
    header.cloneStyleFrom(text);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
  }

  /**
   * Writes a roadmap to a stream, which is left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws IOException when the stream fails
   */
  public static void write(Roadmap roadmap, OutputStream out) throws IOException {
    String json = RoadmapJson.toCompactString(roadmap);
    new WorkbookWriter(json.length() <= IN_MEMORY_JSON_LENGTH).run(roadmap, json, out);
  }

  @SuppressWarnings("unchecked")
  private void run(Roadmap roadmap, String json, OutputStream out) throws IOException {
    try {
      Map<String, Object> tree = (Map<String, Object>) Tree.parse(json);
      collectExtensions(roadmap);
      properties(workbook.getXSSFWorkbook().getProperties().getCoreProperties(), roadmap);
      Readme.write(workbook.createSheet(Layout.README_SHEET), layout, text, header);
      for (Table table : layout.tables()) {
        SXSSFSheet sheet = workbook.createSheet(table.sheet());
        sheets.put(table, sheet);
        List<String> headers = table == layout.root() ? List.of("property", Layout.VALUE) : headers(table);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
          cell(row, i, headers.get(i), header);
          sheet.setColumnWidth(i, 256 * (table == layout.root() && i == 1 ? MAX_WIDTH : Math.min(MAX_WIDTH, Math.max(10, headers.get(i).length() + 2))));
          sheet.setDefaultColumnStyle(i, text);
        }
        sheet.createFreezePane(0, 1);
      }
      writeRoot(tree, roadmap);
      for (Table child : layout.root().children()) {
        writeChildren(child, tree, List.of(), roadmap);
      }
      // Not writeAvoidingTempFiles: it orders the parts by hash, where write keeps [Content_Types].xml first.
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }

  /**
   * Sets the document properties from the roadmap alone, so that the same roadmap gives the same
   * bytes: the creation date is the roadmap's date ({@code asOf}), or 1 January 2000.
   *
   * @param properties the core properties of the package
   * @param roadmap the roadmap
   */
  public static void properties(org.apache.poi.ooxml.POIXMLProperties.CoreProperties properties, Roadmap roadmap) {
    try {
      properties.setCreated(roadmap.getAsOf().map(d -> d + "T00:00:00Z").orElse("2000-01-01T00:00:00Z"));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    properties.setCreator("wsis-roadmap");
    properties.setTitle(roadmap.getTitle());
  }

  private List<String> headers(Table table) {
    List<String> headers = table.headers();
    headers.addAll(extensionHeaders.getOrDefault(table, List.of()));
    return headers;
  }

  private void collectExtensions(Roadmap roadmap) {
    Set<String> lines = new LinkedHashSet<>();
    Set<String> outcomes = new LinkedHashSet<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      lines.addAll(line.getExtensions().keySet());
      for (Outcome outcome : line.getOutcomes()) {
        outcomes.addAll(outcome.getExtensions().keySet());
      }
    }
    for (Table table : layout.tables()) {
      if (table.path().equals("actionLines")) {
        extensionHeaders.put(table, new ArrayList<>(lines));
      } else if (table.path().equals("actionLines.outcomes")) {
        extensionHeaders.put(table, new ArrayList<>(outcomes));
      }
    }
  }

  private void writeRoot(Map<String, Object> tree, Roadmap roadmap) {
    Sheet sheet = sheets.get(layout.root());
    int r = 1;
    for (Column column : layout.root().columns()) {
      String value = value(tree, column);
      Row row = sheet.createRow(r++);
      cell(row, 0, column.header(), text);
      if (value != null) {
        cell(row, 1, value, text);
      }
    }
    for (Map.Entry<String, String> extension : roadmap.getExtensions().entrySet()) {
      Row row = sheet.createRow(r++);
      cell(row, 0, extension.getKey(), text);
      cell(row, 1, extension.getValue(), text);
    }
  }

  /** Writes the rows of the list {@code table} found in {@code owner}, and recursively their lists. */
  @SuppressWarnings("unchecked")
  private void writeChildren(Table table, Map<String, Object> owner, List<String> keys, Object model) {
    Object list = at(owner, table.arrayPath());
    if (!(list instanceof List)) {
      return;
    }
    List<Object> items = (List<Object>) list;
    Sheet sheet = sheets.get(table);
    List<String> extensions = extensionHeaders.getOrDefault(table, List.of());
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      int c = 0;
      for (String key : keys) {
        cell(row, c++, key, text);
      }
      if (table.positioned()) {
        cell(row, c++, Integer.toString(i + 1), text);
      }
      if (table.texts()) {
        cell(row, c, ((Tree.Scalar) item).text(), text);
        continue;
      }
      Map<String, Object> object = (Map<String, Object>) item;
      for (Column column : table.columns()) {
        String value = value(object, column);
        if (value != null) {
          cell(row, c, value, text);
        }
        c++;
      }
      Object itemModel = itemModel(table, model, i);
      Map<String, String> modelExtensions = extensions(itemModel);
      for (String name : extensions) {
        String value = modelExtensions.get(name);
        if (value != null) {
          cell(row, c, value, text);
        }
        c++;
      }
      List<String> childKeys = new ArrayList<>(keys);
      childKeys.add(table.idProperty() != null ? ((Tree.Scalar) object.get(table.idProperty())).text() : Integer.toString(i + 1));
      for (Table child : table.children()) {
        writeChildren(child, object, childKeys, itemModel);
      }
    }
  }

  private static @Nullable Object itemModel(Table table, @Nullable Object model, int index) {
    if (table.path().equals("actionLines") && model instanceof Roadmap) {
      return ((Roadmap) model).getActionLines().get(index);
    }
    if (table.path().equals("actionLines.outcomes") && model instanceof ActionLineRoadmap) {
      return ((ActionLineRoadmap) model).getOutcomes().get(index);
    }
    return null;
  }

  private static Map<String, String> extensions(@Nullable Object model) {
    if (model instanceof ActionLineRoadmap) {
      return ((ActionLineRoadmap) model).getExtensions();
    }
    if (model instanceof Outcome) {
      return ((Outcome) model).getExtensions();
    }
    return Map.of();
  }

  /** The text of a column's value in a row's object; null when absent. */
  private static @Nullable String value(Map<String, Object> object, Column column) {
    Object value = at(object, column.path());
    if (column.type() == Layout.Type.MARKER) {
      return value instanceof Map ? Layout.PRESENT : null;
    }
    return value instanceof Tree.Scalar ? ((Tree.Scalar) value).text() : null;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object at(Map<String, Object> object, List<String> path) {
    Object current = object;
    for (String name : path) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<String, Object>) current).get(name);
    }
    return current;
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    if (value.length() > MAX_CELL_LENGTH) {
      throw new RoadmapException("a workbook cell holds at most " + MAX_CELL_LENGTH + " characters, but sheet '"
          + row.getSheet().getSheetName() + "' row " + (row.getRowNum() + 1) + " would hold: " + RoadmapException.quote(value));
    }
    org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    cell.setCellValue(value);
  }

  /** An SXSSF workbook whose sheets' rows are kept in memory rather than in a temporary file per sheet. */
  private static final class InMemory extends SXSSFWorkbook {
    InMemory() {
      super(null, 200, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return MemorySheetDataWriter.create();
    }
  }

  /** The rows of one sheet, written as XML into memory. */
  private static final class MemorySheetDataWriter extends SheetDataWriter {
    private final ByteArrayOutputStream bytes;

    private MemorySheetDataWriter(Writer writer, ByteArrayOutputStream bytes) throws IOException {
      super(writer);
      this.bytes = bytes;
    }

    static MemorySheetDataWriter create() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      return new MemorySheetDataWriter(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), bytes);
    }

    @Override
    public InputStream getWorksheetXMLInputStream() {
      // SXSSF closes (and so flushes) the writer before it asks for the rows.
      return new ByteArrayInputStream(bytes.toByteArray());
    }
  }
}
