package org.wsis.roadmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --overwrite-input} option, and the check that an output does not replace an input. */
final class OutputSafety {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--overwrite-input",
      description = "Allow an output file to be an input file (it is replaced once the output is complete);"
          + " without it, that is refused as a usage error.")
  boolean overwriteInput;

  /**
   * Refuses an output that names one of the inputs, unless {@code --overwrite-input} was given.
   *
   * @param option the option that names the output, for the message, such as {@code "-o"}
   * @param output the output file, or {@code null} for standard output
   * @param inputs the input files; {@code null} entries are skipped
   * @throws ParameterException when the output is one of the inputs
   */
  void check(String option, Path output, Path... inputs) {
    if (output == null || overwriteInput) {
      return;
    }
    for (Path input : inputs) {
      if (input != null && sameFile(output, input)) {
        throw new ParameterException(mixee.commandLine(), option + " " + Outputs.safe(output)
            + " names the input file " + Outputs.safe(input) + "; writing it would replace the input:"
            + " name another file, or give --overwrite-input");
      }
    }
  }

  /**
   * Refuses two outputs that name the same file.
   *
   * @param first the option of the first output, such as {@code "-o"}
   * @param a the first output, or {@code null}
   * @param second the option of the second output
   * @param b the second output, or {@code null}
   * @throws ParameterException when both name the same file
   */
  void checkDistinct(String first, Path a, String second, Path b) {
    if (a != null && b != null && sameFile(a, b)) {
      throw new ParameterException(mixee.commandLine(), first + " and " + second + " name the same file "
          + Outputs.safe(a) + "; give each its own file");
    }
  }

  /**
   * Tells whether two paths name the same file: by {@link Files#isSameFile} when both exist (links and
   * different spellings of one file included), else by their normalized absolute paths.
   */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back to the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
