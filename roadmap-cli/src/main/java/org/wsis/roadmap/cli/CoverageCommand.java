package org.wsis.roadmap.cli;

import java.util.concurrent.Callable;
import org.wsis.roadmap.query.SdgCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap coverage [FILE]}: the matrix of action lines by SDG goals. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the SDG coverage of a roadmap: for each action line, the number of outcomes linked to each of"
            + " the 17 goals (directly or through a target), the share of linked outcomes, and the goals no outcome covers.",
        "The csv format lists the outcome ids of each cell."})
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

  @Override
  public Integer call() {
    SdgCoverage coverage = SdgCoverage.of(input.roadmap());
    Outputs.print(spec.commandLine().getOut(), format == Format.csv ? coverage.toCsv() : coverage.toTextTable());
    return ExitCode.OK;
  }
}
