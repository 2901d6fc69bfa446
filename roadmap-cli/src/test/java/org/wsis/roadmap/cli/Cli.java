package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import picocli.CommandLine;

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

  /** Runs the command with its file arguments read in another file system, such as an in-memory one. */
  static Result run(FileSystem fileSystem, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = RoadmapCommand.commandLine(new PrintWriter(out), new PrintWriter(err), fileSystem);
    int exit = RoadmapCommand.execute(commandLine, args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Runs the command with a standard output that fails once it has taken {@code capacity} bytes. */
  static Result runWithFailingOutput(int capacity, String... args) {
    StringWriter err = new StringWriter();
    FailingStream stream = new FailingStream(capacity);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    int exit = RoadmapCommand.execute(out, new PrintWriter(err), args);
    return new Result(exit, stream.taken.toString(StandardCharsets.UTF_8), err.toString());
  }

  /** A stream that takes a number of bytes, then fails like a full disk. */
  static final class FailingStream extends OutputStream {
    private final int capacity;
    final java.io.ByteArrayOutputStream taken = new java.io.ByteArrayOutputStream();

    FailingStream(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void write(int b) throws IOException {
      if (taken.size() >= capacity) {
        throw new IOException("No space left on device");
      }
      taken.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }
}
