package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.RoadmapReadException;

/** Reading the inputs of a command, with every failure turned into a one-line {@link BadInputException}. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a roadmap from a file, in the format given or else the one its extension names.
   *
   * @param file the file
   * @param formatName the {@code --format} value, or {@code null}
   * @return the roadmap
   * @throws BadInputException when the file is missing, unreadable, of an unknown format or not a valid roadmap
   */
  static Roadmap read(Path file, String formatName) {
    RoadmapFormat format = formatOf(file, formatName);
    requireReadable(file);
    try {
      return format.read(file);
    } catch (RoadmapReadException e) {
      ReadProblem problem = e.getProblem();
      String location = "line " + problem.getLine() + ", column " + problem.getColumn()
          + (problem.getPointer().isEmpty() ? "" : " (" + problem.getPointer() + ")");
      throw new BadInputException(file, location, problem.getMessage(), e);
    } catch (RoadmapIoException | UncheckedIOException e) {
      throw new BadInputException(file, "", "cannot be read: " + describe(e.getCause()), e);
    } catch (RoadmapException e) {
      throw new BadInputException(file, "", "is not a valid " + format.getName() + " roadmap: " + e.getMessage(), e);
    }
  }

  /**
   * Chooses the format of a file: the {@code --format} value when given, else the extension.
   *
   * @param file the file
   * @param formatName the {@code --format} value, or {@code null}
   * @return the format
   * @throws BadInputException when the format is unknown or cannot be told from the name
   */
  static RoadmapFormat formatOf(Path file, String formatName) {
    if (formatName != null) {
      return RoadmapFormat.ofName(formatName).orElseThrow(() -> new BadInputException(file, "",
          "unknown format '" + formatName + "'; the formats are " + RoadmapFormat.names()));
    }
    return RoadmapFormat.ofPath(file).orElseThrow(() -> new BadInputException(file, "",
        "cannot tell the format from the file name; name it with one of the extensions of "
            + RoadmapFormat.names() + ", or give --from"));
  }

  /**
   * Reads a text file as UTF-8.
   *
   * @param file the file
   * @return the text
   * @throws BadInputException when the file is missing or unreadable
   */
  static String readText(Path file) {
    requireReadable(file);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file, "", "cannot be read as UTF-8 text: " + describe(e), e);
    }
  }

  /**
   * Checks that a file exists, is a regular file and is readable.
   *
   * @param file the file
   * @throws BadInputException when it is not
   */
  static void requireReadable(Path file) {
    if (!Files.exists(file)) {
      throw new BadInputException(file, "", "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file, "", "is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(file, "", "cannot be read: permission denied");
    }
  }

  /**
   * Writes bytes to a file, creating its parent directories.
   *
   * @param file the file
   * @param bytes the bytes
   * @throws BadInputException when the file cannot be written
   */
  static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new BadInputException(file, "", "cannot be written: " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
