package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.wsis.roadmap.TerminalText;
import org.wsis.roadmap.io.RoadmapFormat;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writing results to the command's output: machine formats exactly, text for people with its
 * control characters escaped, and every write checked, so that a failed standard output fails the
 * command instead of losing the output in silence.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Prints UTF-8 bytes as text, exactly (for JSON, YAML, CSV, JSON Lines, SARIF).
   *
   * @param out the output
   * @param bytes UTF-8 text
   * @throws CannotWriteException when the output fails
   */
  static void print(PrintWriter out, byte[] bytes) {
    out.print(new String(bytes, StandardCharsets.UTF_8));
    check(out);
  }

  /**
   * Writes a roadmap file's bytes to standard output: a text format as text, exactly; a binary format
   * (a workbook, a Word document) as bytes, but never to a terminal.
   *
   * @param spec the command, whose standard output is written
   * @param format the format of the bytes
   * @param bytes the bytes
   * @throws UsageException when the format is binary and standard output is a terminal, or takes text only
   * @throws CannotWriteException when the output fails
   */
  static void print(CommandSpec spec, RoadmapFormat format, byte[] bytes) {
    PrintWriter out = spec.commandLine().getOut();
    if (format.isText()) {
      print(out, bytes);
      return;
    }
    StandardOutput standardOutput = RoadmapCommand.standardOutput(spec);
    if (standardOutput.terminal() || standardOutput.stream() == null) {
      throw new UsageException("the " + format.getId() + " format is binary and is not written to "
          + (standardOutput.terminal() ? "a terminal" : "this standard output, which takes text only")
          + "; write it to a file (-o FILE, or a file name ending in ." + format.getExtensions().get(0)
          + ") or redirect standard output to one");
    }
    check(out);
    try {
      standardOutput.stream().write(bytes);
      standardOutput.stream().flush();
    } catch (IOException e) {
      throw new CannotWriteException(STANDARD_OUTPUT_FAILED, e);
    }
  }

  /**
   * Prints a text exactly, adding a line end when it has none (for machine formats).
   *
   * @param out the output
   * @param text the text
   * @throws CannotWriteException when the output fails
   */
  static void print(PrintWriter out, String text) {
    out.print(text);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      out.println();
    }
    check(out);
  }

  /**
   * Prints a text for people, adding a line end when it has none; control characters other than its
   * line ends are escaped ({@link TerminalText#escapeLines}) so no value can drive the terminal.
   *
   * @param out the output
   * @param text the text
   * @throws CannotWriteException when the output fails
   */
  static void printText(PrintWriter out, String text) {
    print(out, TerminalText.escapeLines(text));
  }

  /**
   * Escapes a value quoted in a line for people, line ends included.
   *
   * @param value the value, such as a file name or a statement
   * @return the value with its control characters escaped
   */
  static String safe(Object value) {
    return TerminalText.escape(String.valueOf(value));
  }

  /**
   * Flushes the output and fails when any write to it failed.
   *
   * @param out the output
   * @throws CannotWriteException when the output failed, now or earlier
   */
  static void check(PrintWriter out) {
    if (out.checkError()) {
      throw new CannotWriteException(STANDARD_OUTPUT_FAILED, null);
    }
  }

  /** The message when standard output fails. */
  static final String STANDARD_OUTPUT_FAILED =
      "standard output cannot be written (closed, full or a broken pipe); the output is incomplete";
}
