package org.wsis.roadmap.cli;

/**
 * A request the command cannot carry out as asked, found after the command line was read: a format
 * whose optional module is not installed, a binary format to a terminal. Exit code 2, like a usage
 * error found by the parser.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line: what cannot be done and what to do instead
   */
  UsageException(String message) {
    super(message);
  }
}
