package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.wsis.roadmap.io.RoadmapFormat;

/**
 * The formats on the command line: their names for messages, and the notes printed when a format
 * that does not keep everything is read or written. The formats themselves are {@link RoadmapFormat}'s.
 */
final class FormatNotes {
  private FormatNotes() {}

  /**
   * Lists the ids of every format, for messages.
   *
   * @return such as {@code "json, yaml, csv, jsonl"}
   */
  static String names() {
    return RoadmapFormat.all().stream().map(RoadmapFormat::getId).collect(Collectors.joining(", "));
  }

  /**
   * Returns the note printed when a roadmap is read from the flat CSV table: what the roadmap lacks.
   *
   * @param file the table
   * @return one line, starting {@code "roadmap: note: "}
   */
  static String readNote(Path file) {
    return "roadmap: note: " + Outputs.safe(file) + " is a flat CSV table: the roadmap read from it has none of what the table does"
        + " not keep (" + String.join(", ", RoadmapFormat.csv().getFieldsNotKept()) + "); its id and title are the file"
        + " name, its status DRAFT, its action line titles the official ones";
  }

  /**
   * Returns the note printed when a roadmap is written as the flat CSV table: what the table does not keep.
   *
   * @return one line, starting {@code "roadmap: note: "}
   */
  static String writeNote() {
    return "roadmap: note: the CSV table holds one row per outcome with ids, statements, raw timing, SDG links, raw"
        + " references and the counts of evidence and results; it does not keep "
        + String.join(", ", RoadmapFormat.csv().getFieldsNotKept()) + "; json, yaml and jsonl keep everything";
  }

  /**
   * Returns the note to print when a roadmap is read in a format: what the roadmap lacks.
   *
   * @param file the file read
   * @param format its format
   * @return the note, or null when the format keeps everything
   */
  static String readNote(Path file, RoadmapFormat format) {
    if (format.getFieldsNotKept().isEmpty()) {
      return null;
    }
    return format.equals(RoadmapFormat.csv()) ? readNote(file) : "roadmap: note: the roadmap read from " + Outputs.safe(file)
        + " has none of what the " + format.getId() + " format does not keep (" + String.join(", ", format.getFieldsNotKept())
        + ")";
  }

  /**
   * Returns the note to print when a roadmap is written in a format: what the format does not keep.
   *
   * @param format the format
   * @return the note, or null when the format keeps everything
   */
  static String writeNote(RoadmapFormat format) {
    if (format.getFieldsNotKept().isEmpty()) {
      return null;
    }
    return format.equals(RoadmapFormat.csv()) ? writeNote() : "roadmap: note: the " + format.getId()
        + " format does not keep " + String.join(", ", format.getFieldsNotKept());
  }
}
