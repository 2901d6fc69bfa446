package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.wsis.roadmap.TerminalText;

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
