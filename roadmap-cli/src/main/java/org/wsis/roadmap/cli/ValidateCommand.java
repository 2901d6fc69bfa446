package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap validate [FILE]}: the validation report of a roadmap. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Validates a roadmap: the shape of every value and the consistency rules of the catalogue ('roadmap rules'),"
            + " with rules of your own from --rules-jar. A JSON Lines file is validated as a stream, in bounded memory.",
        "Prints the report as text, JSON or SARIF 2.1.0 (for code scanning in CI) and exits with 1 when a finding"
            + " that is not waived is at or above --fail-on."})
final class ValidateCommand implements Callable<Integer> {
  /** The output formats of the report. */
  enum Format {
    text,
    json,
    sarif
  }

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputFile input = new InputFile();

  @Mixin
  private ValidationOptions validation = new ValidationOptions();

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = ValidationOptions.FailOnConverter.class,
      defaultValue = "ERROR",
      description = "Exit with 1 when a finding is at or above this severity: FATAL, ERROR, WARNING, INFO or NONE"
          + " (default: ${DEFAULT-VALUE}).")
  private Severity failOn;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to a file instead of standard output, whole or not at all.")
  private Path output;

  @Mixin
  private OutputSafety safety = new OutputSafety();

  @Override
  public Integer call() {
    safety.check("-o", output, input.file, validation.waivers);
    ValidatorStart.inBackground(); // while the roadmap is read
    // JSON Lines is validated as a stream, in bounded memory, with the cross-outcome rules over the whole file.
    boolean stream = input.file != null && Inputs.formatOf(input.file, input.from) == RoadmapFormat.jsonLines();
    ValidationReport report = stream ? validation.validateJsonLines(input.file) : validation.validate(input.roadmap());
    String text;
    switch (format) {
      case json:
        text = report.toJson();
        break;
      case sarif:
        text = input.file == null ? report.toSarif()
            : SarifReports.of(report, input.file, Inputs.formatOf(input.file, input.from), spec.commandLine().getErr());
        break;
      default:
        text = report.toText();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      if (format == Format.text) {
        Outputs.printText(out, text);
      } else {
        Outputs.print(out, text);
      }
    } else {
      Inputs.write(output, text.getBytes(StandardCharsets.UTF_8));
      out.printf("Wrote %s (%s, %d findings)%n", Outputs.safe(output), format, report.getFindings().size());
      Outputs.check(out);
    }
    int failing = ValidationOptions.countAtOrAbove(report, failOn);
    if (failing > 0) {
      spec.commandLine().getErr().printf("roadmap: %s: %d findings at or above %s%n", Outputs.safe(input.name()),
          failing, failOn);
      spec.commandLine().getErr().flush();
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }
}
