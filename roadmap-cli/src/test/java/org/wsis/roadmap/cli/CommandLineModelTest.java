package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line built for one run: the model of the invoked subcommand alone, the whole tree when
 * the run needs it, and {@code --version} without picocli; what is printed is the same as with the
 * whole tree.
 */
final class CommandLineModelTest {
  private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

  /** Runs the command with every subcommand built, as the command line was before it was built lazily. */
  private static Cli.Result runWholeTree(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = RoadmapCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
    int exit = RoadmapCommand.execute(commandLine, args);
    return new Cli.Result(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "--version", "-V", "help", "help validate", "help export", "help --help",
      "help bogus", "validate --help", "query --help", "export --help", "rules", "rules --verbose",
      "validate --bogus", "stats --bogus", "valdate", "--bogus", "--verbose stats", "rules --format json",
      "coverage --by bogus", "--version --help"})
  void execute_anyArguments_printsWhatTheWholeTreePrints(String line) {
    String[] args = line.split(" ");

    Cli.Result lazy = Cli.run(args);
    Cli.Result whole = runWholeTree(args);

    assertThat(lazy).isEqualTo(whole);
  }

  @Test
  void subcommands_areThoseOfTheUsageInItsOrder() {
    CommandLine whole = RoadmapCommand.commandLine(NOWHERE, NOWHERE);

    assertThat(whole.getSubcommands().keySet()).containsExactlyElementsOf(RoadmapCommand.SUBCOMMANDS.keySet())
        .containsExactly("summary", "validate", "convert", "import", "diff", "query", "coverage", "stats", "report",
            "rules", "schema", "export", "formats", "help");
    whole.getSubcommands().forEach((name, sub) ->
        assertThat(sub.getCommand().getClass()).as(name).isEqualTo(RoadmapCommand.SUBCOMMANDS.get(name)));
  }

  @Test
  void commandLine_firstArgumentNamesSubcommand_buildsThatSubcommandAlone() {
    CommandLine commandLine = RoadmapCommand.commandLine(NOWHERE, NOWHERE, FileSystems.getDefault(), StandardOutput.TEXT_ONLY, "validate", "x.json");

    assertThat(commandLine.getSubcommands()).containsOnlyKeys("validate");
    assertThat(commandLine.getSubcommands().get("validate").getCommandSpec().qualifiedName()).isEqualTo("roadmap validate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"help validate", "--verbose validate", "valdate", "--help"})
  void commandLine_firstArgumentNotASubcommandOrHelp_buildsEverySubcommand(String line) {
    CommandLine commandLine = RoadmapCommand.commandLine(NOWHERE, NOWHERE, FileSystems.getDefault(), StandardOutput.TEXT_ONLY, line.split(" "));

    assertThat(commandLine.getSubcommands()).hasSize(RoadmapCommand.SUBCOMMANDS.size());
  }

  @Test
  void commandLine_noArguments_buildsEverySubcommand() {
    CommandLine commandLine = RoadmapCommand.commandLine(NOWHERE, NOWHERE, FileSystems.getDefault());

    assertThat(commandLine.getSubcommands()).hasSize(RoadmapCommand.SUBCOMMANDS.size());
  }

  @Test
  void version_printsTwoLinesAndExitsZero() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo("roadmap (wsis-roadmap) " + Versions.library() + System.lineSeparator()
        + "Java " + System.getProperty("java.version") + System.lineSeparator());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void version_outputFails_exitsCannotWrite() {
    Cli.Result result = Cli.runWithFailingOutput(10, "--version");

    assertThat(result.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
    assertThat(result.err()).contains("roadmap: ");
  }

  @Test
  void archiveTraining_runsEveryCommandWithoutUsageOrInternalError() {
    List<Integer> exits = ArchiveTraining.run();

    assertThat(exits).hasSize(ArchiveTraining.COMMANDS.size()).allMatch(exit -> exit == ExitCode.OK || exit == ExitCode.FINDINGS);
    assertThat(exits.get(ArchiveTraining.COMMANDS.indexOf(List.of("validate")))).isEqualTo(ExitCode.FINDINGS);
  }
}
