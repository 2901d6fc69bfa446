package org.wsis.roadmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.internal.Documents;
import org.wsis.roadmap.io.internal.Factories;
import org.wsis.roadmap.io.internal.InputFailure;
import org.wsis.roadmap.io.internal.ModelReader;
import org.wsis.roadmap.io.internal.Names;

/**
 * A streaming reader of JSON Lines: an iterator of {@link OutcomeLine}s that holds one line in
 * memory at a time. It must be closed; use it in try-with-resources, or close its {@link #stream()}.
 *
 * <pre>{@code
 * try (OutcomeLineReader lines = RoadmapJsonLines.open(path)) {
 *   Roadmap header = lines.getHeader();
 *   while (lines.hasNext()) {
 *     OutcomeLine line = lines.next();
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader per thread.
 */
public final class OutcomeLineReader implements Iterator<OutcomeLine>, Closeable {
  private final Reader in;
  private final boolean closeIn;
  private final boolean strict;
  private final ReadLimits limits;
  private final JsonFactory factory;
  private final List<ReadProblem> problems = new ArrayList<>();
  private final Roadmap header;
  private int lineNumber;
  private OutcomeLine next;
  private boolean ended;
  private boolean lineSkipped;

  /** Characters read from {@code in} in bulk; lines are cut from here, never a character at a time. */
  private final char[] buffer = new char[8192];
  /** The current line, without its line end: {@code lineLength} characters, reused from line to line. */
  private char[] line = new char[8192];
  private int lineLength;
  private int position;
  private int limit;
  /** Characters consumed from {@code in} so far, for the total limit. */
  private long consumed;

  OutcomeLineReader(Reader in, boolean closeIn, boolean strict, ReadLimits limits) {
    this.in = in;
    this.closeIn = closeIn;
    this.strict = strict;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.factory = Factories.json(limits);
    try {
      this.header = readHeader();
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
  }

  /**
   * Returns the roadmap properties of the header line.
   *
   * @return the roadmap, without action lines
   */
  public Roadmap getHeader() {
    return header;
  }

  /**
   * Returns the problems of a lenient reader so far.
   *
   * @return the problems, in line order; always empty for a strict reader
   */
  public List<ReadProblem> getProblems() {
    return List.copyOf(problems);
  }

  /**
   * Tells whether another item line follows.
   *
   * @return true when {@link #next()} returns a line
   * @throws RoadmapReadException when a strict reader meets a line that is not valid
   * @throws RoadmapIoException when the input fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = advance();
      ended = next == null;
    }
    return next != null;
  }

  /**
   * Returns the next item line.
   *
   * @return the line
   * @throws NoSuchElementException when no line follows
   * @throws RoadmapReadException when a strict reader meets a line that is not valid
   */
  @Override
  public OutcomeLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines after line " + lineNumber);
    }
    OutcomeLine line = next;
    next = null;
    return line;
  }

  /**
   * Returns the remaining item lines as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<OutcomeLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /**
   * Reads the remaining lines and rebuilds the roadmap.
   *
   * @return the header's roadmap with its action lines and outcomes
   * @throws RoadmapReadException when a strict reader meets a line that is not valid
   */
  public Roadmap toRoadmap() {
    Roadmap.Builder roadmap = Roadmap.builder().from(header);
    ActionLineRoadmap.Builder current = null;
    ActionLineRoadmap currentMeta = null;
    int currentIndex = -1;
    boolean currentHasItem = false;
    while (hasNext()) {
      OutcomeLine line = next();
      if (current != null && line.getActionLineIndex() == currentIndex) {
        if (!line.getActionLine().equals(currentMeta)) {
          problem(line.getLine(), "/actionLine", "`actionLine`: differs from the action line of the earlier lines "
              + "with actionLineIndex " + currentIndex + "; the earlier one is kept");
        }
        if (line.getOutcome().isEmpty()) {
          problem(line.getLine(), "", "the document: a line without an outcome must be the only line of its action line");
        }
      } else if (line.getActionLineIndex() > currentIndex) {
        if (line.getActionLineIndex() != currentIndex + 1) {
          problem(line.getLine(), "/actionLineIndex", "`actionLineIndex`: " + expectedIndex(current, currentIndex)
              + ", but was " + line.getActionLineIndex());
        }
        if (current != null) {
          roadmap.addActionLine(current.build());
        }
        current = ActionLineRoadmap.builder().from(line.getActionLine());
        currentMeta = line.getActionLine();
        currentIndex = line.getActionLineIndex();
      } else {
        problem(line.getLine(), "/actionLineIndex", "`actionLineIndex`: " + expectedIndex(current, currentIndex)
            + ", but was " + line.getActionLineIndex() + lineLeftOut());
        continue;
      }
      line.getOutcome().ifPresent(current::addOutcome);
    }
    if (current != null) {
      roadmap.addActionLine(current.build());
    }
    return roadmap.build();
  }

  /**
   * Reads the remaining lines and rebuilds the roadmap, with the problems a lenient reader met.
   *
   * @return the roadmap and the problems, in line order (none for a strict reader)
   * @throws RoadmapReadException when a strict reader meets a line that is not valid
   */
  public ReadResult toResult() {
    Roadmap roadmap = toRoadmap();
    return new ReadResult(roadmap, problems);
  }

  /** The rule for the next index: the first item line says 0; a later one the same index or the next. */
  private static String expectedIndex(ActionLineRoadmap.Builder current, int currentIndex) {
    return current == null
        ? "the first item line must have index 0"
        : "must be " + currentIndex + " (the same action line) or " + (currentIndex + 1) + " (the next one)";
  }

  /** Closes the input, when this reader opened it. */
  @Override
  public void close() {
    ended = true;
    next = null;
    if (closeIn) {
      try {
        in.close();
      } catch (IOException e) {
        throw RoadmapIoException.of("read", null, e);
      }
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (RoadmapIoException e) {
      // the header failure is the one to report
    }
  }

  private Roadmap readHeader() {
    if (!readLine()) {
      throw new RoadmapReadException(new ReadProblem(
          "the document: the input is empty; JSON Lines of a roadmap start with a header line "
              + "{\"schemaVersion\": \"" + Names.CURRENT_SCHEMA_VERSION + "\", \"roadmap\": {...}}", 1, 1, ""));
    }
    ModelReader.LineRecord record = parse(true);
    if (record.roadmap() == null) {
      throw new RoadmapReadException(new ReadProblem("the document: line 1 must be the header "
          + "{\"schemaVersion\": \"" + Names.CURRENT_SCHEMA_VERSION + "\", \"roadmap\": {...}}", lineNumber, 1, ""));
    }
    if (record.schemaVersion() == null) {
      problem(lineNumber, "", "the document: the header must have 'schemaVersion' (this library writes '"
          + Names.CURRENT_SCHEMA_VERSION + "')");
    }
    return record.roadmap();
  }

  private OutcomeLine advance() {
    while (true) {
      if (!readLine()) {
        return null;
      }
      if (isBlank()) {
        if (lineSkipped) {
          continue;
        }
        problem(lineNumber, "", "the document: a JSON Lines line must hold one object, but line " + lineNumber
            + " is blank" + lineLeftOut());
        continue;
      }
      ModelReader.LineRecord record;
      try {
        record = parse(false);
      } catch (RoadmapReadException e) {
        if (strict) {
          throw e;
        }
        problems.add(e.getProblem());
        continue;
      }
      if (record.roadmap() != null) {
        problem(lineNumber, "", "the document: only line 1 may be a header" + lineLeftOut());
        continue;
      }
      return new OutcomeLine(lineNumber, record.actionLineIndex(), record.actionLine(), record.outcome());
    }
  }

  /** Tells whether the current line is empty or white space only. */
  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      if (!Character.isWhitespace(line[i])) {
        return false;
      }
    }
    return true;
  }

  /** Parses the current line, straight from the line buffer: the parser reads the array, no copy is made. */
  private ModelReader.LineRecord parse(boolean header) {
    try (JsonParser parser = factory.createParser(line, 0, lineLength)) {
      ModelReader reader = new ModelReader(parser, strict, lineNumber);
      ModelReader.LineRecord record = Documents.guarded(parser, lineNumber, () -> {
        try {
          return reader.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      problems.addAll(reader.problems());
      return record;
    } catch (JsonProcessingException e) {
      throw Documents.located(e, null, lineNumber);
    } catch (IOException e) {
      throw RoadmapIoException.of("read", null, e);
    }
  }

  /**
   * Reads the next line into {@link #line}, without its line end.
   *
   * @return false at the end of the input
   */
  private boolean readLine() {
    int maxLine = limits.getMaxJsonLineLength();
    try {
      lineLength = 0;
      boolean tooLong = false;
      boolean newline = false;
      boolean any = false;
      long lineChars = 0;
      while (!newline) {
        if (position == limit) {
          int n = in.read(buffer, 0, buffer.length);
          if (n < 0) {
            break;
          }
          position = 0;
          limit = n;
          continue;
        }
        if (!any && lineNumber >= limits.getMaxJsonLines()) {
          throw new RoadmapReadException(new ReadProblem("the document: the input exceeds a read limit (see "
              + "ReadLimits): a JSON Lines stream may have at most " + limits.getMaxJsonLines() + " lines",
              lineNumber + 1, 1, ""));
        }
        int start = position;
        if (lineNumber == 0 && !any && buffer[start] == '\uFEFF') {
          start++; // a byte order mark before the first line
        }
        int end = start;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        newline = end < limit;
        int next = newline ? end + 1 : end;
        if (consumed + (next - position) > limits.getMaxJsonLinesLength()) {
          long column = lineChars + (limits.getMaxJsonLinesLength() - consumed) + 1;
          throw new RoadmapReadException(new ReadProblem("the document: the input exceeds a read limit (see "
              + "ReadLimits): a JSON Lines stream may be at most " + limits.getMaxJsonLinesLength()
              + " characters long", lineNumber + 1, (int) Math.min(column, Integer.MAX_VALUE), ""));
        }
        consumed += next - position;
        lineChars += end - start;
        position = next;
        any = true;
        int room = maxLine - lineLength;
        if (tooLong) {
          continue; // the rest of a line that is skipped
        }
        if (end - start <= room) {
          append(start, end - start);
        } else if (strict || lineNumber == 0) {
          throw new RoadmapReadException(new ReadProblem("the document: line " + (lineNumber + 1)
              + " is longer than " + maxLine + " characters (see ReadLimits)",
              lineNumber + 1, maxLine + 1, ""));
        } else {
          tooLong = true;
          lineLength = 0;
        }
      }
      if (!newline && lineLength == 0 && !tooLong) {
        return false;
      }
      lineNumber++;
      lineSkipped = tooLong;
      if (tooLong) {
        RoadmapReadException e = new RoadmapReadException(new ReadProblem("the document: line " + lineNumber
            + " is longer than " + maxLine + " characters (see ReadLimits)",
            lineNumber, maxLine + 1, ""));
        problems.add(e.getProblem());
        return true; // an empty line stands for the line skipped
      }
      if (lineLength > 0 && line[lineLength - 1] == '\r') {
        lineLength--;
      }
      return true;
    } catch (InputFailure e) {
      throw new RoadmapReadException(new ReadProblem("the document: " + e.getMessage(), e.getLine(),
          e.getColumn(), ""), e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new RoadmapReadException(new ReadProblem(Documents.NOT_UTF8 + ": line " + (lineNumber + 1),
          lineNumber + 1, 1, ""), e);
    } catch (IOException e) {
      throw new RoadmapIoException("cannot read line " + (lineNumber + 1) + " of the input: " + e.getMessage(), null, e);
    }
  }

  /** Appends characters of {@link #buffer} to the line, growing it as needed (it is bounded by the line limit). */
  private void append(int start, int length) {
    if (lineLength + length > line.length) {
      line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(buffer, start, line, lineLength, length);
    lineLength += length;
  }

  /** The lenient reader's note that it skips a line; a strict read fails there, so says nothing of it. */
  private String lineLeftOut() {
    return strict ? "" : "; the line is left out";
  }

  private void problem(int line, String pointer, String message) {
    ReadProblem problem = new ReadProblem(message, line, 1, pointer);
    if (strict) {
      throw new RoadmapReadException(problem);
    }
    problems.add(problem);
  }
}
