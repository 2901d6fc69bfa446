package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in this JVM and captures what it prints. */
final class Cli {
  private Cli() {}

  /** What one run printed, and its exit code. */
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = RoadmapCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(exit, out.toString(), err.toString());
  }
}
