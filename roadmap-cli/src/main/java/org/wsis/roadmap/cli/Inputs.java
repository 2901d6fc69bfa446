package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.RoadmapReadException;

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
    RoadmapFormat chosen = formatOf(file, format);
    requireReadable(file);
    try {
      return chosen.read(file);
    } catch (RoadmapReadException e) {
      ReadProblem problem = e.getProblem();
      String location = "line " + problem.getLine() + ", column " + problem.getColumn()
          + (problem.getPointer().isEmpty() ? "" : " (" + problem.getPointer() + ")");
      throw new BadInputException(file, location, problem.getMessage(), e);
    } catch (RoadmapIoException | UncheckedIOException e) {
      throw new BadInputException(file, "", "cannot be read: " + IoFailures.reason(e.getCause()), e);
    } catch (RoadmapException e) {
      throw new BadInputException(file, "", "is not a valid " + chosen.getName() + " roadmap: " + e.getMessage(), e);
    }
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
    return RoadmapFormat.ofPath(file).orElseThrow(() -> new BadInputException(file, "",
        "cannot tell the format from the file name; name it with one of the extensions of "
            + RoadmapFormat.names() + ", or give --from"));
  }

  /**
   * Reads a text file (a waiver file: YAML or JSON) as UTF-8, as a stream: reading stops at the first
   * byte that is not UTF-8, the first control character other than tab, line feed and carriage return
   * (neither YAML nor JSON allows one), or {@link ReadLimits#getMaxDocumentLength()} bytes, so that an
   * endless input such as {@code /dev/zero} fails at once in bounded memory.
   *
   * @param file the file
   * @return the text
   * @throws BadInputException when the file is missing, unreadable, not UTF-8 text, or too long, with
   *     the line and column
   */
  static String readText(Path file) {
    requireReadable(file);
    long max = ReadLimits.defaults().getMaxDocumentLength();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder();
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    long total = 0;
    long decoded = 0;
    int line = 1;
    int column = 0;
    try (InputStream in = Files.newInputStream(file)) {
      boolean eof = false;
      while (!eof) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
          total += n;
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, eof);
        decoded += bytes.position();
        if (eof && !result.isError()) {
          decoder.flush(chars);
        }
        chars.flip();
        while (chars.hasRemaining()) {
          char c = chars.get();
          if (c == '\n') {
            line++;
            column = 0;
          } else {
            column++;
          }
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
            throw new BadInputException(file, "line " + line + ", column " + column, String.format(Locale.ROOT,
                "must be YAML or JSON text, but holds the control character U+%04X (binary file?)", (int) c));
          }
          text.append(c);
        }
        chars.clear();
        if (result.isError()) {
          throw new BadInputException(file, "line " + line + ", column " + (column + 1),
              "must be UTF-8 text, but byte " + (decoded + 1)
                  + " is not UTF-8 (binary file?)");
        }
        if (total > max) {
          throw new BadInputException(file, "line " + line + ", column " + column,
              "exceeds a read limit (see ReadLimits): a file may be at most " + max + " bytes long");
        }
        bytes.compact();
      }
      return text.toString();
    } catch (IOException e) {
      throw new BadInputException(file, "", "cannot be read as UTF-8 text: " + IoFailures.reason(e), e);
    }
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
