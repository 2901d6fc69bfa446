package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the launchers' class-data-sharing archive ({@code bin/roadmap}, see
 * docs/release.md): runs the common commands once each in this JVM, on the bundled roadmaps, printing
 * nothing and writing no file, so that the list of the classes this JVM loads holds what each of them
 * needs. Not a command of its own: the launchers run it with {@code -XX:DumpLoadedClassList}.
 */
final class ArchiveTraining {
  /** The commands run, in this order; none writes a file. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("--version"),
      List.of("--help"),
      List.of("help", "validate"),
      List.of("rules"),
      List.of("schema"),
      List.of("stats"),
      List.of("summary", "--no-report"),
      List.of("validate"));

  private ArchiveTraining() {}

  /**
   * Runs the training commands; exits with 0 when each ended with 0 or 1 (findings), 4 otherwise.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<Integer> exits = run();
    System.exit(exits.stream().allMatch(exit -> exit <= ExitCode.FINDINGS) ? ExitCode.OK : ExitCode.INTERNAL_ERROR);
  }

  /**
   * Runs the training commands with their output discarded.
   *
   * @return the exit code of each command, in the order of {@link #COMMANDS}
   */
  static List<Integer> run() {
    List<Integer> exits = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
      exits.add(RoadmapCommand.execute(nowhere, nowhere, command.toArray(String[]::new)));
    }
    return exits;
  }
}
