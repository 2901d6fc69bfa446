package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.io.OutcomeRow;
import org.wsis.roadmap.io.RoadmapCsv;

/** A roadmap made from the rows of the flat CSV table, with the fields that table carries. */
final class CsvRoadmaps {
  private CsvRoadmaps() {}

  /**
   * Returns the note printed when a roadmap is read from a flat table: what the roadmap lacks.
   *
   * @param file the table
   * @return one line, starting {@code "roadmap: note: "}
   */
  static String readNote(Path file) {
    return "roadmap: note: " + Outputs.safe(file) + " is a flat CSV table: the roadmap read from it has none of what the table does"
        + " not keep (" + String.join(", ", RoadmapCsv.FIELDS_NOT_KEPT) + "); its id and title are the file name,"
        + " its status DRAFT, its action line titles the official ones";
  }

  /**
   * Returns the note printed when a roadmap is written as a flat table: what the table does not keep.
   *
   * @return one line, starting {@code "roadmap: note: "}
   */
  static String writeNote() {
    return "roadmap: note: the CSV table holds one row per outcome with ids, statements, raw timing, SDG links, raw"
        + " references and the counts of evidence and results; it does not keep "
        + String.join(", ", RoadmapCsv.FIELDS_NOT_KEPT) + "; json, yaml and jsonl keep everything";
  }

  /**
   * Builds a roadmap from flat table rows: one action line per action line code, in order of first
   * appearance; timing and references read again from their raw text; no evidence and no results.
   *
   * @param file the file the rows came from; its name, without extension, is the roadmap id
   * @param rows the rows
   * @return the roadmap, status {@code DRAFT}, without date
   */
  static Roadmap fromRows(Path file, List<OutcomeRow> rows) {
    Map<ActionLine, List<Outcome>> byLine = new EnumMap<>(ActionLine.class);
    List<ActionLine> order = new ArrayList<>();
    for (OutcomeRow row : rows) {
      if (!byLine.containsKey(row.getActionLine())) {
        order.add(row.getActionLine());
        byLine.put(row.getActionLine(), new ArrayList<>());
      }
      List<Reference> references = new ArrayList<>();
      for (String raw : row.getReferences()) {
        references.addAll(Reference.readAll(raw));
      }
      byLine.get(row.getActionLine()).add(Outcome.builder()
          .id(row.getId())
          .section(row.getSection())
          .label(row.getLabel())
          .statement(row.getStatement())
          .timing(row.getTiming().map(Timing::read))
          .references(references)
          .sdgLinks(row.getSdgLinks())
          .sdgRaw(row.getSdgRaw())
          .build());
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Roadmap.Builder builder = Roadmap.builder()
        .id(dot > 0 ? name.substring(0, dot) : name)
        .title(name)
        .status(RoadmapStatus.DRAFT);
    for (ActionLine line : order) {
      builder.addActionLine(ActionLineRoadmap.builder().actionLine(line).title(line.getTitle())
          .outcomes(byLine.get(line)).build());
    }
    return builder.build();
  }
}
