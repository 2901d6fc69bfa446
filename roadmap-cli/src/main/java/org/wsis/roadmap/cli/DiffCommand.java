package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.query.RoadmapDiff;
import org.wsis.roadmap.report.DiffJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap diff OLD NEW}: what changed between two editions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Prints what changed between two editions of a roadmap: outcomes added, removed, moved or relabelled,"
            + " and field changes with word-level differences.",
        "Outcomes are matched by content before label, so a relabelled outcome is not reported as removed and added."})
final class DiffCommand implements Callable<Integer> {
  /** The output formats of the diff. */
  enum Format {
    text,
    json
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older edition.")
  private Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer edition.")
  private Path newer;

  @Option(names = "--from", paramLabel = "FORMAT", converter = Converters.Format.class,
      description = "The format of both files when their extensions do not tell: json, yaml, csv, jsonl, xlsx or docx.")
  private RoadmapFormat from;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Override
  public Integer call() {
    RoadmapDiff diff = RoadmapDiff.between(Inputs.read(older, from), Inputs.read(newer, from));
    if (format == Format.json) {
      Outputs.print(spec.commandLine().getOut(), DiffJson.toJson(diff));
    } else {
      Outputs.printText(spec.commandLine().getOut(), diff.toText());
    }
    return ExitCode.OK;
  }
}
