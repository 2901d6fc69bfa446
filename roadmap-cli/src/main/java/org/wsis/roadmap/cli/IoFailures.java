package org.wsis.roadmap.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The words of the command's messages for a failed read or write. */
final class IoFailures {
  private IoFailures() {}

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
