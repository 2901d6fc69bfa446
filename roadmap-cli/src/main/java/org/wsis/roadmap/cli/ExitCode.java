package org.wsis.roadmap.cli;

/**
 * The exit codes of the {@code roadmap} command.
 *
 * <pre>{@code
 * int exit = RoadmapCommand.execute(out, err, "validate", "draft.json");
 * if (exit == ExitCode.FINDINGS) { ... }
 * }</pre>
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

  /** The command failed for a reason that is a defect of the program; {@code --verbose} shows the trace. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCode() {}
}
