package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.report.HtmlReport;
import org.wsis.roadmap.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap report [FILE] [-o report.html]}: the HTML report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
        "Writes the HTML report of a roadmap: one self-contained page with the roadmap per action line (timing,"
            + " references, SDG links), the SDG coverage heat map and the validation findings linked to their outcomes.",
        "The page loads nothing from the network; the same input gives the same bytes."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InputFile input = new InputFile();

  @Mixin
  private ValidationOptions validation = new ValidationOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "The HTML file to write, whole or not at all (default: ${DEFAULT-VALUE}).")
  private Path output = Path.of("report.html");

  @Mixin
  private OutputSafety safety = new OutputSafety();

  @Override
  public Integer call() {
    safety.check("-o", output, input.file, validation.waivers);
    ValidatorStart.inBackground(); // while the roadmap is read
    Roadmap roadmap = input.roadmap();
    ValidationReport report = validation.validate(roadmap);
    Inputs.write(output, HtmlReport.builder().roadmap(roadmap).validation(report).build().toBytes());
    spec.commandLine().getOut().printf("Wrote %s (%d outcomes, %d findings)%n", Outputs.safe(output),
        roadmap.outcomes().size(), report.getFindings().size());
    Outputs.check(spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
