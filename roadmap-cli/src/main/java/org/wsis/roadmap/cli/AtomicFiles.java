package org.wsis.roadmap.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Writes files so that a failure never leaves a partial file in place: the content goes to a
 * temporary file in the same directory, is forced to the device, and only then is moved over the
 * target, atomically where the file system can ({@code ATOMIC_MOVE}), else by a replacing move. On
 * any failure the temporary file is removed and the file that was there is left as it was.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/roadmap.json"), bytes);
 * }</pre>
 *
 * <p>A target that is a symbolic link is written through: the file it points to is replaced and
 * the link stays. A target that exists but is not a regular file (a device such as {@code
 * /dev/stdout}, a named pipe) cannot be replaced; it is written directly, and a failure still fails
 * the command.
 */
final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 16;

  private AtomicFiles() {}

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream of the temporary file
     * @throws IOException when the stream fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes bytes to a file atomically, creating its parent directories.
   *
   * @param target the file
   * @param bytes the whole content
   * @throws CannotWriteException when the file cannot be written; the old file is then intact
   */
  static void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes a content to a file atomically, creating its parent directories.
   *
   * @param target the file
   * @param content what to write
   * @throws CannotWriteException when the file cannot be written; the old file is then intact
   */
  static void write(Path target, Content content) {
    Path file = throughLinks(target);
    boolean existed = Files.exists(file);
    if (Files.isDirectory(file)) {
      throw failure(target, "is a directory", existed, null);
    }
    if (existed && !Files.isRegularFile(file)) {
      writeDirectly(target, file, content);
      return;
    }
    Path directory = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = createTemporary(directory, file.getFileName().toString());
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (existed) {
        keepPermissions(file, temporary);
      }
      move(temporary, file);
      temporary = null;
    } catch (IOException e) {
      throw failure(target, IoFailures.reason(e), existed, e);
    } finally {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
    }
  }

  private static Path throughLinks(Path target) {
    if (Files.isSymbolicLink(target)) {
      try {
        return target.toRealPath();
      } catch (IOException e) {
        return target; // a dangling link or a loop: the write below reports it, or replaces the link
      }
    }
    return target;
  }

  private static void writeDirectly(Path target, Path file, Content content) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      content.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new CannotWriteException(
          Outputs.safe(target) + ": cannot be written: " + IoFailures.reason(e) + "; the output is incomplete", e);
    }
  }

  private static Path createTemporary(Path directory, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toHexString(RANDOM.nextLong()).toLowerCase(Locale.ROOT);
      Path candidate = directory.resolve("." + name + "." + suffix + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path file, Path temporary) {
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system, or the permissions cannot be read: the new file gets the default ones
    }
  }

  private static void move(Path temporary, Path file) throws IOException {
    try {
      // REPLACE_EXISTING too: where the rename does not replace by itself, an atomic replace is asked for
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // the failure reported is the write's; a temporary file that cannot be removed is named by it
    }
  }

  private static CannotWriteException failure(Path target, String reason, boolean existed, Throwable cause) {
    return new CannotWriteException(Outputs.safe(target) + ": cannot be written: " + reason + "; "
        + (existed ? "the file there is unchanged" : "no file was written"), cause);
  }
}
