package org.wsis.roadmap.office.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.office.internal.Layout.Alternative;
import org.wsis.roadmap.office.internal.Layout.Column;
import org.wsis.roadmap.office.internal.Layout.Table;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a workbook in the {@link Layout} back into canonical JSON text, streaming each sheet, and
 * records for every JSON pointer the cell it came from, so that problems found by the JSON reader
 * can name the sheet, cell and header.
 */
public final class WorkbookReader {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /**
   * A problem found while reading the cells.
   *
   * @param message what is wrong
   * @param location where
   * @param pointer the JSON pointer of the value it maps to, {@code ""} when none
   */
  public record Problem(String message, Location location, String pointer) {}

  /** A refusal of the whole file: the message and where. */
  public static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Fatal(Problem problem, @Nullable Throwable cause) {
      super(problem.message(), cause);
      this.problem = problem;
    }

    /** @return the problem */
    public Problem problem() {
      return problem;
    }
  }

  /**
   * What reading gives: the JSON text, the problems met and the cells of the values.
   *
   * @param json the canonical JSON text built from the cells
   * @param problems the problems found in the cells, in sheet order
   * @param locations the cell of each JSON pointer written
   */
  public record Result(String json, List<Problem> problems, Map<String, Location> locations) {
    /**
     * Returns the cell a JSON pointer came from, or that of its nearest ancestor.
     *
     * @param pointer the pointer
     * @return the location; {@link Location#WORKBOOK} when none is known
     */
    public Location locate(String pointer) {
      String p = pointer;
      while (true) {
        Location location = locations.get(p);
        if (location != null) {
          return location;
        }
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
          return Location.WORKBOOK;
        }
        p = p.substring(0, slash);
      }
    }
  }

  /** One row of a sheet: its number from 1 and its cells by column from 0 (null: no cell). */
  private record RowData(int row, String[] cells) {
    @Nullable String cell(int column) {
      return column >= 0 && column < cells.length ? cells[column] : null;
    }
  }

  private static final class SheetData {
    final String name;
    final List<RowData> rows = new ArrayList<>();
    final Set<String> formulas = new HashSet<>();
    String[] headers = new String[0];

    SheetData(String name) {
      this.name = name;
    }
  }

  private final Layout layout = Layout.get();
  private final ReadLimits limits;
  private final Map<String, SheetData> sheets = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Location> locations = new HashMap<>();
  private final Set<RowData> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private long rowsRead;

  private WorkbookReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads a workbook.
   *
   * @param bytes the whole file
   * @param limits the limits: the file size and the inflated size are bounded by the document length,
   *     the rows of all sheets by the text lines, a cell by the string length
   * @return the JSON text, the problems and the locations
   * @throws Fatal when the file is refused or is no workbook
   */
  public static Result read(byte[] bytes, ReadLimits limits) {
    WorkbookReader reader = new WorkbookReader(limits);
    reader.load(bytes);
    return reader.build();
  }

  static Fatal fatal(String message, @Nullable Throwable cause) {
    return new Fatal(new Problem(message, Location.WORKBOOK, ""), cause);
  }

  private void load(byte[] bytes) {
    if (bytes.length > limits.getMaxDocumentLength()) {
      throw fatal("the workbook must be at most " + limits.getMaxDocumentLength() + " bytes (see ReadLimits), but was "
          + bytes.length, null);
    }
    try {
      PackageGuard.check(bytes, "the workbook (.xlsx)", "xl/vbaProject.bin", limits.getMaxDocumentLength());
    } catch (PackageGuard.Refusal e) {
      throw fatal(e.getMessage(), null);
    }
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      // One parser and one formatter for every sheet: each costs more to make than a small sheet to read.
      XMLReader parser = XMLHelper.newXMLReader();
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          SheetData sheet = new SheetData(it.getSheetName());
          if (sheets.containsKey(sheet.name)) {
            continue;
          }
          sheets.put(sheet.name, sheet);
          if (!sheet.name.equals(Layout.README_SHEET)) {
            readSheet(in, sheet, styles, strings, parser, formatter);
          }
        }
      }
    } catch (Fatal e) {
      throw e;
    } catch (RuntimeException | IOException | SAXException | javax.xml.parsers.ParserConfigurationException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      throw fatal("the workbook must be a readable .xlsx file, but " + RoadmapException.quote(String.valueOf(e.getMessage())), e);
    }
  }

  private void readSheet(InputStream in, SheetData sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
      XMLReader parser, DataFormatter formatter) throws IOException, SAXException {
    XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
      private TreeMap<Integer, String> cells = new TreeMap<>();
      private int row;

      @Override
      public void startRow(int rowNum) {
        if (++rowsRead > limits.getMaxTextLines()) {
          throw fatal("the workbook must have at most " + limits.getMaxTextLines() + " rows (see ReadLimits), but sheet '"
              + sheet.name + "' goes past that at row " + (rowNum + 1), null);
        }
        row = rowNum;
        cells = new TreeMap<>();
      }

      @Override
      public void endRow(int rowNum) {
        if (cells.isEmpty()) {
          return;
        }
        String[] values = new String[cells.lastKey() + 1];
        cells.forEach((c, v) -> values[c] = v);
        if (row == 0) {
          sheet.headers = values;
        } else {
          sheet.rows.add(new RowData(row + 1, values));
        }
      }

      @Override
      public void cell(String reference, String value, XSSFComment comment) {
        CellReference ref = new CellReference(reference);
        String text = value == null ? "" : value;
        if (text.length() > limits.getMaxStringLength()) {
          throw fatal("a cell must hold at most " + limits.getMaxStringLength() + " characters (see ReadLimits), but sheet '"
              + sheet.name + "' cell " + reference + " holds " + text.length(), null);
        }
        if (ref.getCol() > 16_383) {
          return;
        }
        cells.put((int) ref.getCol(), text);
      }
    };
    XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, null, strings, contents, formatter, false);
    // Notes the cells that hold a formula, before the handler sees them.
    XMLFilterImpl formulas = new XMLFilterImpl(parser) {
      private String cell = "";

      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (localName.equals("c")) {
          cell = String.valueOf(atts.getValue("r"));
        } else if (localName.equals("f")) {
          sheet.formulas.add(cell);
        }
        super.startElement(uri, localName, qName, atts);
      }
    };
    formulas.setContentHandler(handler);
    formulas.parse(new InputSource(in));
  }

  // ---------------------------------------------------------------- building the JSON

  private Result build() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      for (SheetData sheet : sheets.values()) {
        if (!sheet.name.equals(Layout.README_SHEET) && layout.table(sheet.name) == null) {
          problems.add(new Problem("sheet must be one of the layout's sheets (see the read-me sheet), but was: "
              + RoadmapException.quote(sheet.name), new Location(sheet.name, 0, 0, ""), ""));
        }
      }
      for (SheetData sheet : sheets.values()) {
        for (String reference : new java.util.TreeSet<>(sheet.formulas)) {
          CellReference ref = new CellReference(reference);
          String header = ref.getRow() == 0 || ref.getCol() >= sheet.headers.length || sheet.headers[ref.getCol()] == null
              ? "" : sheet.headers[ref.getCol()];
          problems.add(new Problem("cell must hold a value, not a formula; its last computed value, if any, is read",
              new Location(sheet.name, ref.getRow() + 1, ref.getCol() + 1, header), ""));
        }
      }
      Map<Table, Map<List<String>, List<RowData>>> index = new HashMap<>();
      Map<Table, Map<String, Integer>> columns = new HashMap<>();
      for (Table table : layout.tables()) {
        if (table != layout.root()) {
          columns.put(table, headers(table));
          index.put(table, group(table, columns.get(table)));
        }
      }
      writeRoot(g, index, columns);
      for (Table table : layout.tables()) {
        if (table == layout.root()) {
          continue;
        }
        SheetData sheet = sheets.get(table.sheet());
        for (List<RowData> rows : index.get(table).values()) {
          for (RowData row : rows) {
            if (!used.contains(row)) {
              String key = String.join(" / ", keys(row, table, columns.get(table)));
              problems.add(new Problem("row must belong to a row of its parent sheet, but no "
                  + String.join(" / ", table.keyHeaders()) + " " + RoadmapException.quote(key) + " is there",
                  new Location(sheet.name, row.row(), 1, table.keyHeaders().isEmpty() ? "" : table.keyHeaders().get(0)), ""));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(out.toString(), List.copyOf(problems), Map.copyOf(locations));
  }

  /** Maps each header of a table's sheet to its column, reporting unknown and repeated headers once each. */
  private Map<String, Integer> headers(Table table) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    SheetData sheet = sheets.get(table.sheet());
    if (sheet == null) {
      return columns;
    }
    Set<String> known = new HashSet<>(table.headers());
    for (int c = 0; c < sheet.headers.length; c++) {
      String header = sheet.headers[c];
      if (header == null || header.isEmpty()) {
        continue;
      }
      Location at = new Location(sheet.name, 1, c + 1, header);
      if (!known.contains(header) && !(table.extensible() && header.startsWith("x-"))) {
        problems.add(new Problem("header must be one of " + table.headers() + (table.extensible() ? " or start with 'x-'" : "")
            + "; the column is not read, but was: " + RoadmapException.quote(header), at, ""));
      } else if (columns.putIfAbsent(header, c) != null) {
        problems.add(new Problem("header must appear once; the second column is not read, but was repeated: "
            + RoadmapException.quote(header), at, ""));
      }
    }
    for (String key : table.keyHeaders()) {
      if (!columns.containsKey(key) && !sheet.rows.isEmpty()) {
        problems.add(new Problem("header must be there to link each row to its parent, but is missing: "
            + RoadmapException.quote(key), new Location(sheet.name, 1, 0, key), ""));
      }
    }
    return columns;
  }

  private static List<String> keys(RowData row, Table table, Map<String, Integer> columns) {
    List<String> keys = new ArrayList<>();
    for (String header : table.keyHeaders()) {
      Integer c = columns.get(header);
      String value = c == null ? null : row.cell(c);
      keys.add(value == null ? "" : value);
    }
    return keys;
  }

  private Map<List<String>, List<RowData>> group(Table table, Map<String, Integer> columns) {
    Map<List<String>, List<RowData>> groups = new LinkedHashMap<>();
    SheetData sheet = sheets.get(table.sheet());
    if (sheet == null) {
      return groups;
    }
    for (RowData row : sheet.rows) {
      groups.computeIfAbsent(keys(row, table, columns), k -> new ArrayList<>()).add(row);
    }
    return groups;
  }

  private void writeRoot(JsonGenerator g, Map<Table, Map<List<String>, List<RowData>>> index,
      Map<Table, Map<String, Integer>> columns) throws IOException {
    Table root = layout.root();
    SheetData sheet = sheets.get(root.sheet());
    locations.put("", new Location(root.sheet(), 0, 0, ""));
    Map<String, Object> object = new LinkedHashMap<>();
    Map<String, String> extensions = new LinkedHashMap<>();
    Map<String, Location> extensionCells = new HashMap<>();
    if (sheet == null) {
      problems.add(new Problem("sheet must be there, but is missing: '" + root.sheet() + "'", Location.WORKBOOK, ""));
    } else {
      Map<String, Column> byHeader = new HashMap<>();
      for (Column column : root.columns()) {
        byHeader.put(column.header(), column);
      }
      Set<String> seen = new HashSet<>();
      for (RowData row : sheet.rows) {
        String property = row.cell(0);
        String value = row.cell(1);
        if (property == null || property.isEmpty()) {
          continue;
        }
        Location at = new Location(sheet.name, row.row(), 2, property);
        if (!seen.add(property)) {
          problems.add(new Problem("property must appear once; the second row is not read, but was repeated: "
              + RoadmapException.quote(property), at, ""));
          continue;
        }
        Column column = byHeader.get(property);
        if (column != null) {
          if (value != null) {
            put(object, column, value, at, "/" + String.join("/", column.path()));
          }
        } else if (property.startsWith("x-")) {
          if (value != null) {
            extensions.put(property, value);
            extensionCells.put(property, at);
          }
        } else {
          problems.add(new Problem("property must be one of " + byHeader.keySet().stream().sorted().toList()
              + " or start with 'x-'; the row is not read, but was: " + RoadmapException.quote(property),
              new Location(sheet.name, row.row(), 1, "property"), ""));
        }
      }
    }
    children(object, root, List.of(), "", index, columns);
    g.writeStartObject();
    writeObject(g, object, "");
    for (Map.Entry<String, String> extension : extensions.entrySet()) {
      writeExtension(g, extension.getKey(), extension.getValue(), extensionCells.get(extension.getKey()), "");
    }
    g.writeEndObject();
  }

  /** A cell value placed in an object under construction. */
  private record Value(String text, Layout.Type type, Location location) {}

  /** Raw JSON text of an extension. */
  private record Raw(String name, String text, Location location) {}

  @SuppressWarnings("unchecked")
  private void put(Map<String, Object> object, Column column, String text, Location at, String pointer) {
    Map<String, Object> current = object;
    List<String> path = column.path();
    for (int i = 0; i < path.size() - 1; i++) {
      current = (Map<String, Object>) current.computeIfAbsent(path.get(i), k -> new LinkedHashMap<String, Object>());
    }
    if (column.type() == Layout.Type.MARKER) {
      current.computeIfAbsent(path.get(path.size() - 1), k -> new LinkedHashMap<String, Object>());
      if (!text.equals(Layout.PRESENT) && !text.isEmpty()) {
        problems.add(new Problem("cell must be '" + Layout.PRESENT + "' or empty, but was: " + RoadmapException.quote(text), at, pointer));
      }
    } else {
      current.put(path.get(path.size() - 1), new Value(text, column.type(), at));
    }
  }

  /** Adds to {@code object} the lists of a row: every child table of {@code table}. */
  @SuppressWarnings("unchecked")
  private void children(Map<String, Object> object, Table table, List<String> keys, String pointer,
      Map<Table, Map<List<String>, List<RowData>>> index, Map<Table, Map<String, Integer>> columns) {
    Set<String> optional = new HashSet<>();
    for (Column column : table.columns()) {
      if (column.type() == Layout.Type.MARKER) {
        optional.add(column.header());
      }
    }
    Alternative shape = null;
    if (!table.alternatives().isEmpty()) {
      Alternative first = table.alternatives().get(0);
      Object discriminator = object.get(first.discriminator());
      for (Alternative alternative : table.alternatives()) {
        if (discriminator instanceof Value && ((Value) discriminator).text().equals(alternative.value())) {
          shape = alternative;
        }
      }
    }
    for (Table child : table.children()) {
      List<RowData> rows = index.get(child).getOrDefault(keys, List.of());
      List<String> path = child.arrayPath();
      if (shape != null && !shape.properties().contains(path.get(0))) {
        if (rows.isEmpty()) {
          continue;
        }
      } else if (shape == null && !table.alternatives().isEmpty() && rows.isEmpty()) {
        continue;
      }
      // A list inside an optional object that is absent stays absent, unless it has rows.
      boolean absent = false;
      Map<String, Object> current = object;
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < path.size() - 1; i++) {
        prefix.append(i == 0 ? "" : ".").append(path.get(i));
        if (!(current.get(path.get(i)) instanceof Map) && optional.contains(prefix.toString()) && rows.isEmpty()) {
          absent = true;
          break;
        }
        current = (Map<String, Object>) current.computeIfAbsent(path.get(i), k -> new LinkedHashMap<String, Object>());
      }
      if (absent) {
        continue;
      }
      List<Object> items = new ArrayList<>();
      current.put(path.get(path.size() - 1), items);
      String listPointer = pointer + "/" + String.join("/", path);
      Map<String, Integer> cols = columns.get(child);
      SheetData sheet = sheets.get(child.sheet());
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        RowData row = rows.get(i);
        used.add(row);
        String itemPointer = listPointer + "/" + i;
        locations.put(itemPointer, new Location(sheet.name, row.row(), 1, ""));
        String ownKey = Integer.toString(i + 1);
        if (child.positioned()) {
          Integer c = cols.get(Layout.POSITION);
          String position = c == null ? null : row.cell(c);
          if (position != null && !position.isEmpty()) {
            ownKey = position;
          }
        }
        if (child.texts()) {
          Integer c = cols.get(Layout.VALUE);
          String text = c == null ? null : row.cell(c);
          Location at = new Location(sheet.name, row.row(), c == null ? 0 : c + 1, Layout.VALUE);
          items.add(new Value(text == null ? "" : text, child.columns().get(0).type(), at));
        } else {
          Map<String, Object> item = new LinkedHashMap<>();
          List<Raw> extensions = new ArrayList<>();
          for (Column column : child.columns()) {
            Integer c = cols.get(column.header());
            String text = c == null ? null : row.cell(c);
            if (text != null) {
              Location at = new Location(sheet.name, row.row(), c + 1, column.header());
              put(item, column, text, at, itemPointer + "/" + String.join("/", column.path()));
            }
          }
          if (child.extensible()) {
            for (Map.Entry<String, Integer> header : cols.entrySet()) {
              String text = row.cell(header.getValue());
              if (header.getKey().startsWith("x-") && text != null) {
                extensions.add(new Raw(header.getKey(), text, new Location(sheet.name, row.row(), header.getValue() + 1, header.getKey())));
              }
            }
          }
          if (child.idProperty() != null) {
            Object id = item.get(child.idProperty());
            ownKey = id instanceof Value ? ((Value) id).text() : "";
          }
          if (!ids.add(ownKey)) {
            problems.add(new Problem("key must be unique among the rows of one parent, so that the rows of other sheets can"
                + " name it, but was repeated: " + RoadmapException.quote(ownKey),
                new Location(sheet.name, row.row(), 1, child.idProperty() != null ? child.idProperty() : Layout.POSITION), itemPointer));
          }
          List<String> childKeys = new ArrayList<>(keys);
          childKeys.add(ownKey);
          children(item, child, childKeys, itemPointer, index, columns);
          if (!extensions.isEmpty()) {
            item.put("\u0000extensions", extensions);
          }
          items.add(item);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void writeObject(JsonGenerator g, Map<String, Object> object, String pointer) throws IOException {
    for (Map.Entry<String, Object> entry : object.entrySet()) {
      if (entry.getKey().equals("\u0000extensions")) {
        continue;
      }
      g.writeFieldName(entry.getKey());
      writeValue(g, entry.getValue(), pointer + "/" + entry.getKey());
    }
    Object extensions = object.get("\u0000extensions");
    if (extensions != null) {
      for (Raw raw : (List<Raw>) extensions) {
        writeExtension(g, raw.name(), raw.text(), raw.location(), pointer);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void writeValue(JsonGenerator g, Object value, String pointer) throws IOException {
    if (value instanceof Map) {
      g.writeStartObject();
      writeObject(g, (Map<String, Object>) value, pointer);
      g.writeEndObject();
    } else if (value instanceof List) {
      g.writeStartArray();
      List<Object> items = (List<Object>) value;
      for (int i = 0; i < items.size(); i++) {
        writeValue(g, items.get(i), pointer + "/" + i);
      }
      g.writeEndArray();
    } else {
      Value cell = (Value) value;
      locations.put(pointer, cell.location());
      String text = cell.text();
      switch (cell.type()) {
        case INTEGER:
          if (INTEGER.matcher(text).matches()) {
            g.writeNumber(text);
          } else {
            g.writeString(text);
          }
          break;
        case NUMBER:
          if (NUMBER.matcher(text).matches() && text.length() <= limits.getMaxNumberLength()) {
            g.writeNumber(text);
          } else {
            g.writeString(text);
          }
          break;
        case BOOLEAN:
          if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            g.writeBoolean(text.equalsIgnoreCase("true"));
          } else {
            g.writeString(text);
          }
          break;
        default:
          g.writeString(text);
          break;
      }
    }
  }

  private void writeExtension(JsonGenerator g, String name, String text, Location at, String pointer) throws IOException {
    String extensionPointer = pointer + "/" + name;
    locations.put(extensionPointer, at);
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "empty");
      }
      p.skipChildren();
      if (p.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "more than one value");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(new Problem("extension cell must hold one JSON value (such as \"text\", 12 or {\"a\": 1}); the cell is not"
          + " read, but was: " + RoadmapException.quote(text), at, extensionPointer));
      return;
    }
    g.writeFieldName(name);
    g.writeRawValue(text);
  }
}
