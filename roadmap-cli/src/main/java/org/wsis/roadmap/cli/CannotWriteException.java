package org.wsis.roadmap.cli;

/**
 * An output of the command that could not be written completely; the command exits with {@link
 * ExitCode#CANNOT_WRITE}. The message is one line: what was written, why it failed, and what was left.
 */
final class CannotWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the one-line message
   * @param cause the underlying failure, or {@code null}
   */
  CannotWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
