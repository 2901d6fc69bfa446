package org.wsis.roadmap.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

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

  /**
   * Describes an I/O failure in a few words, without the file name the message already holds.
   *
   * @param e the failure
   * @return such as {@code "no space left on device"} or {@code "permission denied"}
   */
  static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }
}
