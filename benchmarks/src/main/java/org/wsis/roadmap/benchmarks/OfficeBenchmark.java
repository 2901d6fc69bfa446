package org.wsis.roadmap.benchmarks;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.office.RoadmapWordDocument;
import org.wsis.roadmap.office.RoadmapWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Workbook and Word write and read of the bundled 2024 roadmaps, each next to its baseline: Apache
 * POI doing the same work on the same cells or document with no model.
 *
 * <ul>
 *   <li>workbook write: {@link RoadmapWorkbook#toBytes} against SXSSF writing the same cell texts (taken
 *       from the written workbook) into the same sheets, with the same text style and inline strings;
 *   <li>workbook read: {@link RoadmapWorkbook#read(InputStream)} against POI's event API
 *       ({@code XSSFReader} with {@code XSSFSheetXMLHandler}, as the reader uses) reading every cell of
 *       the same bytes and discarding it;
 *   <li>Word publish: {@link RoadmapWordDocument#toBytes} against POI opening the published document
 *       and saving it again;
 *   <li>Word import: {@link RoadmapWordDocument#importDocument(InputStream)} against POI opening the
 *       same document and reading the text of every paragraph and table cell.
 * </ul>
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar OfficeBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OfficeBenchmark {
  private Roadmap roadmap;
  private byte[] workbook;
  private byte[] document;
  private Map<String, List<String[]>> cells;

  /** Writes the bundled roadmaps as a workbook and a Word document, and keeps the workbook's cells. */
  @Setup
  public void setUp() {
    roadmap = WsisRoadmaps.edition2024();
    workbook = RoadmapWorkbook.toBytes(roadmap);
    document = RoadmapWordDocument.toBytes(roadmap);
    cells = cells(workbook, true);
  }

  /**
   * Workbook write of the roadmap.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] workbookWrite() {
    return RoadmapWorkbook.toBytes(roadmap);
  }

  /**
   * Baseline: SXSSF writing the same cell texts into the same sheets, every cell a text cell in the
   * text format, with inline strings, the rows of each sheet kept in memory (as the library does for a
   * roadmap of this size) rather than in a temporary file per sheet.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] workbookWriteBaseline() throws IOException {
    try (SXSSFWorkbook out = new InMemoryWorkbook()) {
      CellStyle text = out.createCellStyle();
      text.setDataFormat(out.createDataFormat().getFormat("@"));
      for (Map.Entry<String, List<String[]>> sheet : cells.entrySet()) {
        Sheet s = out.createSheet(sheet.getKey());
        int r = 0;
        for (String[] values : sheet.getValue()) {
          Row row = s.createRow(r++);
          for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
              org.apache.poi.ss.usermodel.Cell cell = row.createCell(c, CellType.STRING);
              cell.setCellStyle(text);
              cell.setCellValue(values[c]);
            }
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(workbook.length);
      out.writeAvoidingTempFiles(bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * Workbook read (strict) of the written bytes.
   *
   * @return the roadmap
   */
  @Benchmark
  public Roadmap workbookRead() {
    return RoadmapWorkbook.read(new ByteArrayInputStream(workbook));
  }

  /**
   * Baseline: POI's event API reading every cell of the same bytes, discarding them.
   *
   * @return the cells seen (none kept)
   */
  @Benchmark
  public Map<String, List<String[]>> workbookReadBaseline() {
    return cells(workbook, false);
  }

  /**
   * Word publication of the roadmap.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] wordPublish() {
    return RoadmapWordDocument.toBytes(roadmap);
  }

  /**
   * Baseline: POI opening the published document and saving it again.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] wordPublishBaseline() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(document))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(document.length);
      doc.write(bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * Word import of the published document.
   *
   * @return the import result
   */
  @Benchmark
  public ImportResult wordImport() {
    return RoadmapWordDocument.importDocument(new ByteArrayInputStream(document));
  }

  /**
   * Baseline: POI opening the same document and reading the text of every paragraph and table cell.
   *
   * @return the number of characters read
   * @throws IOException never
   */
  @Benchmark
  public long wordImportBaseline() throws IOException {
    long chars = 0;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(document))) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          chars += paragraph.getText().length();
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              for (XWPFParagraph paragraph : cell.getParagraphs()) {
                chars += paragraph.getText().length();
              }
            }
          }
        }
      }
    }
    return chars;
  }

  /**
   * Reads every cell of a workbook with POI's event API.
   *
   * @param bytes the workbook
   * @param keep whether to keep the cells (by sheet, rows of cells by column) or discard them
   * @return the cells kept, by sheet in workbook order
   */
  static Map<String, List<String[]>> cells(byte[] bytes, boolean keep) {
    Map<String, List<String[]>> sheets = new LinkedHashMap<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          List<String[]> rows = new ArrayList<>();
          sheets.put(it.getSheetName(), rows);
          XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private final TreeMap<Integer, String> row = new TreeMap<>();

            @Override
            public void startRow(int rowNum) {
              row.clear();
            }

            @Override
            public void endRow(int rowNum) {
              if (keep) {
                String[] values = new String[row.isEmpty() ? 0 : row.lastKey() + 1];
                row.forEach((c, v) -> values[c] = v);
                rows.add(values);
              }
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {
              if (keep) {
                row.put((int) new CellReference(reference).getCol(), value == null ? "" : value);
              }
            }
          };
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, contents,
              new DataFormatter(Locale.ROOT), false));
          parser.parse(new InputSource(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return sheets;
  }

  /** SXSSF with each sheet's rows in memory, not in a temporary file. */
  private static final class InMemoryWorkbook extends SXSSFWorkbook {
    InMemoryWorkbook() {
      super(null, 200, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      return new SheetDataWriter(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
        @Override
        public InputStream getWorksheetXMLInputStream() {
          return new ByteArrayInputStream(bytes.toByteArray());
        }
      };
    }
  }
}
