package org.wsis.roadmap.examples;

import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.office.RoadmapWorkbook;

/**
 * Writes a roadmap as an Excel workbook (.xlsx), reads it back and compares the canonical JSON of both:
 * the workbook is lossless, so they are the same byte for byte. Needs the optional module
 * {@code roadmap-office}.
 *
 * <pre>{@code
 * boolean same = WorkbookRoundTripExample.roundTrip(roadmap, Path.of("roadmap.xlsx"));
 * }</pre>
 */
public final class WorkbookRoundTripExample {
  private WorkbookRoundTripExample() {}

  /**
   * Writes a roadmap as a workbook, reads it back, and says whether the canonical JSON is the same.
   *
   * @param roadmap the roadmap
   * @param file the workbook to write
   * @return whether the roadmap read back has the same canonical JSON
   */
  public static boolean roundTrip(Roadmap roadmap, Path file) {
    // tag::workbook[]
    RoadmapWorkbook.write(roadmap, file);                 // every cell a text cell: 9.1, 01, C5.GT.B3 stay text
    Roadmap back = RoadmapWorkbook.read(file);            // strict: WorkbookReadException with sheet and cell
    boolean same = RoadmapJson.toString(back).equals(RoadmapJson.toString(roadmap));
    // end::workbook[]
    return same && back.equals(roadmap);
  }

  /**
   * Reads a workbook someone edited, leniently, and prints each problem with its sheet and cell.
   *
   * @param file the workbook
   * @return the roadmap read, as far as it could be
   */
  public static Roadmap readEdited(Path file) {
    // tag::edited[]
    ReadResult result = RoadmapWorkbook.readLenient(file);
    for (ReadProblem problem : result.getProblems()) {
      System.out.println(problem.getMessage());             // sheet 'outcomes', cell I1 (sdgNotes): header must be ...
    }
    // end::edited[]
    return result.getRoadmap();
  }

  /**
   * Writes the bundled 2024 roadmaps as a workbook and says whether it reads back the same.
   *
   * @param args the workbook to write, default {@code roadmap.xlsx} in the working directory
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "roadmap.xlsx");
    Roadmap roadmap = GetRoadmapsExample.edition2024();
    System.out.println(file.getFileName() + ": " + roadmap.outcomes().size() + " outcomes, same canonical JSON "
        + roundTrip(roadmap, file));
  }
}
