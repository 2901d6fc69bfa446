package org.wsis.roadmap.cli;

import java.util.concurrent.Callable;
import org.wsis.roadmap.query.RoadmapStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code roadmap stats [FILE]}: counts of a roadmap. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Prints statistics of a roadmap: outcomes per action line and section, empty cells per column,"
        + " SDG goals and targets cited, resolutions cited by body.")
final class StatsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InputFile input = new InputFile();

  @Override
  public Integer call() {
    Outputs.printText(spec.commandLine().getOut(), RoadmapStatistics.of(input.roadmap()).toText());
    return ExitCode.OK;
  }
}
