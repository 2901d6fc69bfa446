package org.wsis.roadmap.cli;

import java.util.concurrent.Callable;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.query.MatrixCoverage;
import org.wsis.roadmap.query.SdgCoverage;
import org.wsis.roadmap.report.CoverageCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap coverage [FILE] [--matrix]}: the matrix of action lines by SDG goals, optionally read against the WSIS–SDG Matrix. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the SDG coverage of a roadmap: for each action line, the number of outcomes linked to each of"
            + " the 17 goals (directly or through a target), the share of linked outcomes, and the goals no outcome covers.",
        "The csv format (RFC 4180, records ended by a line feed) lists the outcome ids of each cell.",
        "With --matrix, the links are also read against the WSIS-SDG Matrix: for each action line, the matrix goals and"
            + " targets the roadmap addresses, those it does not, and the links outside the matrix with their outcomes;"
            + " the csv format then has one record per matrix goal, matrix target and outside link."})
final class CoverageCommand implements Callable<Integer> {
  /** The output formats of the coverage. */
  enum Format {
    text,
    csv
  }

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputFile input = new InputFile();

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Option(names = "--matrix", description = "Read the SDG links against the WSIS-SDG Matrix of the action line facilitators.")
  private boolean matrix;

  @Option(names = "--gdc", description = "Print instead, for each action line, the number of outcomes linked to each"
      + " objective of the Global Digital Compact (text only).")
  private boolean gdc;

  @Override
  public Integer call() {
    Roadmap roadmap = input.roadmap();
    SdgCoverage coverage = SdgCoverage.of(roadmap);
    String text = gdc ? org.wsis.roadmap.query.GdcCoverage.of(roadmap).toText() : switch (format) {
      case csv -> matrix ? CoverageCsv.toCsv(MatrixCoverage.of(roadmap)) : CoverageCsv.toCsv(coverage);
      case text -> matrix ? coverage.toText() + "\n" + MatrixCoverage.of(roadmap).toText() : coverage.toText();
    };
    if (format == Format.csv) {
      Outputs.print(spec.commandLine().getOut(), text);
    } else {
      Outputs.printText(spec.commandLine().getOut(), text);
    }
    return ExitCode.OK;
  }
}
