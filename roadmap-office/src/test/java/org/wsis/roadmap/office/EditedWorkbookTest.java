package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.WsisRoadmaps;

/** Reading workbooks that people edited: problems name the sheet, cell, header and JSON pointer. */
final class EditedWorkbookTest {
  private static final Roadmap ROADMAP = WsisRoadmaps.edition2024();
  private static final byte[] WRITTEN = RoadmapWorkbook.toBytes(ROADMAP);

  static byte[] edit(Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WRITTEN))) {
      change.accept(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int column(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no header " + header);
  }

  /** Replaces a cell as a spreadsheet program does (POI keeps the inline text of a cell it only updates). */
  static Cell set(Row row, int column) {
    Cell old = row.getCell(column);
    if (old != null) {
      row.removeCell(old);
    }
    return row.createCell(column);
  }

  @Test
  void readLenient_unchanged_clean() {
    ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(WRITTEN));
    assertThat(result.getProblems()).isEmpty();
    assertThat(result.getRoadmap()).isEqualTo(ROADMAP);
  }

  @Test
  void readLenient_misspeltHeader_oneProblemNotOnePerRow() {
    byte[] edited = edit(w -> {
      Sheet outcomes = w.getSheet("outcomes");
      set(outcomes.getRow(0), column(outcomes, "statement")).setCellValue("statment");
    });
    ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(edited));
    assertThat(result.getProblems()).filteredOn(p -> p.getMessage().contains("'statment'")).hasSize(1);
    ReadProblem problem = result.getProblems().stream().filter(p -> p.getMessage().contains("'statment'")).findFirst().orElseThrow();
    assertThat(problem.getMessage()).startsWith("sheet 'outcomes', cell E1 (statment): header must be one of");
    assertThat(problem.getLine()).isEqualTo(1);
  }

  @Test
  void read_misspeltHeader_throwsWithSheetCellAndHeader() {
    byte[] edited = edit(w -> {
      Sheet outcomes = w.getSheet("outcomes");
      set(outcomes.getRow(0), column(outcomes, "statement")).setCellValue("statment");
    });
    WorkbookReadException e = catchThrowableOfType(WorkbookReadException.class,
        () -> RoadmapWorkbook.read(new ByteArrayInputStream(edited)));
    assertThat(e.getSheet()).isEqualTo("outcomes");
    assertThat(e.getCell()).isEqualTo("E1");
    assertThat(e.getHeader()).isEqualTo("statment");
  }

  @Test
  void read_unknownSdgTarget_problemAtItsCellWithPointer() {
    byte[] edited = edit(w -> {
      Sheet links = w.getSheet("sdgLinks");
      int target = column(links, "target");
      for (Row row : links) {
        if (row.getRowNum() > 0 && row.getCell(target) != null) {
          set(row, target).setCellValue("9.z");
          return;
        }
      }
    });
    WorkbookReadException e = catchThrowableOfType(WorkbookReadException.class,
        () -> RoadmapWorkbook.read(new ByteArrayInputStream(edited)));
    assertThat(e.getSheet()).isEqualTo("sdgLinks");
    assertThat(e.getHeader()).isEqualTo("target");
    assertThat(e.getCell()).matches("E[0-9]+");
    assertThat(e.getPointer()).matches("/actionLines/[0-9]+/outcomes/[0-9]+/sdgLinks/[0-9]+/target");
    assertThat(e.getMessage()).contains("9.z");
  }

  @Test
  void readLenient_numberCellInTextColumn_readAsText() {
    byte[] edited = edit(w -> {
      Sheet links = w.getSheet("sdgLinks");
      int target = column(links, "target");
      for (Row row : links) {
        if (row.getRowNum() > 0 && row.getCell(target) != null) {
          set(row, target).setCellValue(9.1);
          return;
        }
      }
    });
    ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(edited));
    assertThat(result.getProblems()).isEmpty();
  }

  @Test
  void readLenient_formula_reportedAtItsCell() {
    byte[] edited = edit(w -> {
      Sheet outcomes = w.getSheet("outcomes");
      set(outcomes.getRow(1), column(outcomes, "label")).setCellFormula("\"A\"");
    });
    ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(edited));
    assertThat(result.getProblems()).anySatisfy(p -> assertThat(p.getMessage())
        .startsWith("sheet 'outcomes', cell D2 (label): cell must hold a value, not a formula"));
  }

  @Test
  void readLenient_rowOfNoOutcome_reported() {
    byte[] edited = edit(w -> {
      Sheet evidence = w.getSheet("evidence");
      Row row = evidence.createRow(evidence.getLastRowNum() + 1);
      row.createCell(0).setCellValue("C5");
      row.createCell(1).setCellValue("C5.GT.ZZ9");
      row.createCell(2).setCellValue("1");
      row.createCell(3).setCellValue("lost text");
    });
    ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(edited));
    assertThat(result.getProblems()).singleElement().satisfies(p -> assertThat(p.getMessage())
        .startsWith("sheet 'evidence', cell A").contains("no actionLine / outcome 'C5 / C5.GT.ZZ9'"));
  }

  @Test
  void readLenient_emptiedOptionalCell_valueAbsent() {
    byte[] edited = edit(w -> {
      Sheet roadmap = w.getSheet("roadmap");
      for (Row row : roadmap) {
        if (row.getCell(0).getStringCellValue().equals("facilitator")) {
          row.removeCell(row.getCell(1));
        }
      }
    });
    ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(edited));
    assertThat(result.getProblems()).isEmpty();
    assertThat(result.getRoadmap().getFacilitator()).isEmpty();
  }

  @Test
  void readLenient_badExtensionJson_reported() {
    byte[] edited = edit(w -> {
      Sheet roadmap = w.getSheet("roadmap");
      Row row = roadmap.createRow(roadmap.getLastRowNum() + 1);
      row.createCell(0).setCellValue("x-owner");
      row.createCell(1).setCellValue("{not json");
    });
    ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(edited));
    assertThat(result.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getMessage()).startsWith("sheet 'roadmap', cell B").contains("extension cell must hold one JSON value");
      assertThat(p.getPointer()).isEqualTo("/x-owner");
    });
  }

  @Test
  void readLenient_extensionJson_kept() {
    byte[] edited = edit(w -> {
      Sheet roadmap = w.getSheet("roadmap");
      Row row = roadmap.createRow(roadmap.getLastRowNum() + 1);
      row.createCell(0).setCellValue("x-owner");
      row.createCell(1).setCellValue("{\"name\":\"ITU\"}");
    });
    Roadmap read = RoadmapWorkbook.read(new ByteArrayInputStream(edited));
    assertThat(read.getExtensions()).containsEntry("x-owner", "{\"name\":\"ITU\"}");
  }
}
