package org.wsis.roadmap;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when a file or stream cannot be read or written: a missing file, a folder where a file was
 * expected, no permission, a full disk, a stream that fails. It names the path when there is one and
 * keeps the {@link IOException} as its cause; it replaces {@link java.io.UncheckedIOException} in this
 * library's API.
 *
 * <pre>{@code
 * try {
 *   RoadmapJson.read(Path.of("missing.json"));
 * } catch (RoadmapIoException e) {
 *   e.getMessage(); // cannot read 'missing.json': the file does not exist
 *   e.getPath();    // Optional[missing.json]
 * }
 * }</pre>
 */
public class RoadmapIoException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  /**
   * Creates an exception for a failed read or write.
   *
   * @param message what went wrong, naming the file when there is one
   * @param path the file, or {@code null} for a stream
   * @param cause the underlying failure
   */
  public RoadmapIoException(String message, Path path, IOException cause) {
    super(message, cause);
    this.path = path;
  }

  /**
   * Creates the exception for a failed read or write, with a message in this library's words: {@code
   * cannot read 'missing.json': the file does not exist}.
   *
   * @param action what was being done, such as {@code "read"} or {@code "write"}
   * @param path the file, or {@code null} for a stream
   * @param cause the underlying failure
   * @return the exception to throw
   */
  public static RoadmapIoException of(String action, Path path, IOException cause) {
    String what = path == null ? "the input" : quote(path.toString());
    if ("write".equals(action) && path == null) {
      what = "the output";
    }
    return new RoadmapIoException("cannot " + action + " " + what + ": " + reason(cause), path, cause);
  }

  private static String reason(IOException cause) {
    if (cause instanceof NoSuchFileException) {
      return "the file does not exist";
    }
    if (cause instanceof AccessDeniedException) {
      return "access is denied";
    }
    if (cause instanceof FileAlreadyExistsException) {
      return "the file already exists";
    }
    if (cause instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    String message = cause == null ? null : cause.getMessage();
    return message == null ? cause == null ? "unknown failure" : cause.getClass().getSimpleName() : quoteFree(message);
  }

  /** Keeps an I/O message short: the JDK's messages may repeat a long path. */
  private static String quoteFree(String message) {
    return message.length() <= 2 * QUOTE_LENGTH ? message : message.substring(0, 2 * QUOTE_LENGTH) + "\u2026";
  }

  /**
   * Returns the file that could not be read or written.
   *
   * @return the path, or empty for a stream
   */
  public Optional<Path> getPath() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns the underlying failure.
   *
   * @return the I/O exception
   */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
