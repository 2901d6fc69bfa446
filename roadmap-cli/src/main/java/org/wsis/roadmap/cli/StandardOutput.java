package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The byte stream behind the command's standard output, for binary formats (a workbook, a Word
 * document), and whether it is a terminal, to which they are never written.
 *
 * @param stream the bytes of standard output, or {@code null} when the command was given a text
 *     output only ({@link RoadmapCommand#execute(java.io.PrintWriter, java.io.PrintWriter, String...)})
 * @param terminal whether standard output is a terminal
 */
record StandardOutput(OutputStream stream, boolean terminal) {
  /** A text output only: binary formats go to files. */
  static final StandardOutput TEXT_ONLY = new StandardOutput(null, false);

  /**
   * Tells whether this process's standard output is a terminal: on Linux from the file that
   * {@code /proc/self/fd/1} names (a {@code /dev/pts/N} or {@code /dev/tty*} device), elsewhere from
   * {@link System#console()}.
   *
   * @return true when standard output is a terminal
   */
  static boolean isTerminal() {
    Path fd = Path.of("/proc/self/fd/1");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | RuntimeException e) {
      // not Linux's /proc: ask the console
    }
    return System.console() != null;
  }
}
