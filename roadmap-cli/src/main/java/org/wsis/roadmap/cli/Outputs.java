package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Writing results to the command's output. */
final class Outputs {
  private Outputs() {}

  /**
   * Prints UTF-8 bytes as text.
   *
   * @param out the output
   * @param bytes UTF-8 text
   */
  static void print(PrintWriter out, byte[] bytes) {
    out.print(new String(bytes, StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Prints a text, adding a line end when it has none.
   *
   * @param out the output
   * @param text the text
   */
  static void print(PrintWriter out, String text) {
    out.print(text);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      out.println();
    }
    out.flush();
  }
}
