package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapReadException;
import org.wsis.roadmap.io.RoadmapFormat;

/** Reading the inputs of a command, with every failure turned into a one-line {@link BadInputException}. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a roadmap from a file, in the format given or else the one its extension names.
   *
   * @param file the file
   * @param format the {@code --from} format, or {@code null}
   * @return the roadmap
   * @throws BadInputException when the file is missing, unreadable, of an unknown format or not a valid roadmap
   */
  static Roadmap read(Path file, RoadmapFormat format) {
    return read(file, formatOf(file, format), true).getRoadmap();
  }

  /**
   * Reads a roadmap from a file leniently, in a given format: what can be read, with the problems met.
   *
   * @param file the file
   * @param format its format
   * @return the roadmap and the problems
   * @throws BadInputException when the file is missing, unreadable or holds nothing that can be read
   */
  static ReadResult readLenient(Path file, RoadmapFormat format) {
    return read(file, format, false);
  }

  private static ReadResult read(Path file, RoadmapFormat chosen, boolean strict) {
    if (!chosen.canRead()) {
      throw new BadInputException(file, "", "the " + chosen.getId() + " format is write-only; it cannot be read");
    }
    requireReadable(file);
    try {
      return strict ? chosen.reader().read(file) : chosen.reader().lenient().read(file);
    } catch (RoadmapReadException | RoadmapIoException | UncheckedIOException e) {
      throw readFailure(file, chosen, e);
    } catch (RoadmapException e) {
      throw new BadInputException(file, "", "is not a valid " + chosen.getId() + " roadmap: " + e.getMessage(), e);
    }
  }

  /**
   * Turns a failed read of a file into the command line's error: a problem with its line, column and
   * JSON pointer, or the reason the file cannot be read.
   *
   * @param file the file
   * @param format the format it was read as
   * @param failure a {@link RoadmapReadException}, {@link RoadmapIoException} or {@link UncheckedIOException}
   * @return the error to throw
   */
  static BadInputException readFailure(Path file, RoadmapFormat format, RuntimeException failure) {
    if (failure instanceof RoadmapReadException e) {
      ReadProblem problem = e.getProblem();
      if (!format.isText()) {
        // A binary format's message names its own place (a workbook's sheet, cell and header); its line
        // and column are a row and a column, not a line of text.
        String pointer = problem.getPointer().isEmpty() ? "" : " (JSON pointer " + problem.getPointer() + ")";
        return new BadInputException(file, "", problem.getMessage() + pointer, e);
      }
      String location = "line " + problem.getLine() + ", column " + problem.getColumn()
          + (problem.getPointer().isEmpty() ? "" : " (" + problem.getPointer() + ")");
      return new BadInputException(file, location, problem.getMessage(), e);
    }
    return new BadInputException(file, "", "cannot be read: " + IoFailures.reason(failure.getCause()), failure);
  }


  /**
   * Chooses the format of a file: the {@code --from} value when given, else the extension.
   *
   * @param file the file
   * @param format the {@code --from} format (checked as a usage error when the command line is read), or
   *     {@code null}
   * @return the format
   * @throws BadInputException when the format cannot be told from the name
   */
  static RoadmapFormat formatOf(Path file, RoadmapFormat format) {
    if (format != null) {
      return format;
    }
    return FormatNotes.byPath(file).orElseThrow(() -> new BadInputException(file, "",
        "cannot tell the format from the file name; name it with one of the extensions of "
            + FormatNotes.names() + ", or give --from"));
  }

  /**
   * Checks that a file exists, is a regular file and is readable. A missing file reached through a
   * symbolic link is told apart: a link to nothing, or a loop of links.
   *
   * @param file the file
   * @throws BadInputException when it is not
   */
  static void requireReadable(Path file) {
    if (!Files.exists(file)) {
      throw new BadInputException(file, "", whyMissing(file));
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file, "", "is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(file, "", "cannot be read: permission denied");
    }
  }

  private static String whyMissing(Path file) {
    try {
      file.toRealPath();
      return "no such file";
    } catch (NoSuchFileException e) {
      return Files.isSymbolicLink(file) ? "is a symbolic link to a file that does not exist" : "no such file";
    } catch (FileSystemException e) {
      String reason = String.valueOf(e.getReason());
      if (reason.contains("Too many levels of symbolic links")) {
        return "too many levels of symbolic links (a loop of symbolic links)";
      }
      return "cannot be reached: " + IoFailures.reason(e);
    } catch (IOException e) {
      return "cannot be reached: " + IoFailures.reason(e);
    }
  }

  /**
   * Writes bytes to a file atomically, creating its parent directories (see {@link AtomicFiles}).
   *
   * @param file the file
   * @param bytes the bytes
   * @throws CannotWriteException when the file cannot be written; a file that was there is then unchanged
   */
  static void write(Path file, byte[] bytes) {
    AtomicFiles.write(file, bytes);
  }

}
