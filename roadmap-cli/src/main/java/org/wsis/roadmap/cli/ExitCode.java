package org.wsis.roadmap.cli;

/**
 * The exit codes of the {@code roadmap} command.
 *
 * <pre>{@code
 * int exit = RoadmapCommand.execute(out, err, "validate", "draft.json");
 * if (exit == ExitCode.FINDINGS) { ... }
 * }</pre>
 *
 * <p>Every command uses the same table: 0 success, 1 findings, 2 usage, 3 bad input, 4 internal
 * error, 5 output not written.
 */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** Validation found findings at or above the {@code --fail-on} severity. */
  public static final int FINDINGS = 1;

  /** The command line was wrong: an unknown option or subcommand, a missing or malformed value. */
  public static final int USAGE = 2;

  /** An input file could not be read or is not a valid roadmap, waiver file or document. */
  public static final int BAD_INPUT = 3;

  /**
   * The command failed for a reason that is a defect of the program or of its environment, such as
   * running out of memory; one line names it, {@code --verbose} shows the trace.
   */
  public static final int INTERNAL_ERROR = 4;

  /**
   * An output could not be written completely: standard output failed (closed, full, a broken pipe) or
   * a file could not be written (no space left, no permission, a directory in the way). A file that was
   * there before is left as it was, and no partial or temporary file is left behind.
   */
  public static final int CANNOT_WRITE = 5;

  private ExitCode() {}
}
