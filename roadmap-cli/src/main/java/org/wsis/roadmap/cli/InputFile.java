package org.wsis.roadmap.cli;

import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.wsis.roadmap.io.RoadmapFormat;

/** The optional roadmap file of a command and its input format; without a file, the bundled 2024 roadmaps. */
final class InputFile {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The roadmap file (.json, .yaml, .yml, .csv, .jsonl; .xlsx and .docx with the optional office module); without it, the"
          + " bundled 2024 roadmaps.")
  Path file;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = Converters.Format.class,
      description = "The format of FILE when its extension does not tell: json, yaml, csv or jsonl.")
  RoadmapFormat from;

  /**
   * Reads the roadmap the user named, or the bundled one.
   *
   * @return the roadmap
   * @throws BadInputException when the file cannot be read as a roadmap
   */
  Roadmap roadmap() {
    if (file == null) {
      return Dataset.edition2024();
    }
    Roadmap roadmap = Inputs.read(file, from);
    String note = FormatNotes.readNote(file, Inputs.formatOf(file, from));
    if (note != null && mixee != null) {
      mixee.commandLine().getErr().println(note);
      mixee.commandLine().getErr().flush();
    }
    return roadmap;
  }

  /**
   * Names the input for messages.
   *
   * @return the file name, or the bundled edition
   */
  String name() {
    return file == null ? Dataset.NAME : file.toString();
  }
}
