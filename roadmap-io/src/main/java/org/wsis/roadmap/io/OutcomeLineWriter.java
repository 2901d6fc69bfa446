package org.wsis.roadmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.internal.Documents;
import org.wsis.roadmap.io.internal.Factories;
import org.wsis.roadmap.io.internal.ModelWriter;
import org.wsis.roadmap.io.internal.Names;

/**
 * A streaming writer of JSON Lines: writes the header when opened, then one line per outcome, at
 * once, so that memory use does not grow with the number of outcomes.
 *
 * <pre>{@code
 * try (OutcomeLineWriter out = RoadmapJsonLines.openWriter(header, path)) {
 *   out.startActionLine(c5);        // the action line's outcomes, if any, are not written
 *   out.write(first);
 *   out.write(second);
 *   out.startActionLine(c6);        // an action line with no outcomes gets one line of its own
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per thread.
 */
public final class OutcomeLineWriter implements Closeable, Flushable {
  private final Flushable out;
  private final boolean closeOut;
  private final JsonGenerator g;
  private ActionLineRoadmap current;
  private int index = -1;
  private boolean pending;

  OutcomeLineWriter(Roadmap header, Writer out, boolean closeOut) {
    this(header, out, closeOut, factory -> factory.createGenerator(out));
  }

  /** On bytes, the generator encodes UTF-8 itself, with no character writer in between. */
  OutcomeLineWriter(Roadmap header, OutputStream out, boolean closeOut) {
    this(header, out, closeOut, factory -> factory.createGenerator(out, JsonEncoding.UTF8));
  }

  private OutcomeLineWriter(Roadmap header, Flushable out, boolean closeOut, Documents.GeneratorTarget target) {
    Objects.requireNonNull(header, "header");
    this.out = out;
    this.closeOut = closeOut;
    try {
      this.g = target.open(Factories.json());
      g.setRootValueSeparator(null);
      g.writeStartObject();
      g.writeStringField(Names.SCHEMA_VERSION, Names.CURRENT_SCHEMA_VERSION);
      g.writeObjectFieldStart("roadmap");
      ModelWriter.writeRoadmapFields(g, header, false);
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new RoadmapIoException("cannot write the JSON Lines header: " + e.getMessage(), null, e);
    }
  }

  /**
   * Starts an action line: the outcomes written next belong to it.
   *
   * @param actionLine the action line; its own outcome list is not written
   * @throws RoadmapIoException when the output fails
   */
  public void startActionLine(ActionLineRoadmap actionLine) {
    Objects.requireNonNull(actionLine, "actionLine");
    finishActionLine();
    current = actionLine;
    index++;
    pending = true;
  }

  /**
   * Writes one outcome of the current action line.
   *
   * @param outcome the outcome
   * @throws IllegalStateException when no action line was started
   * @throws RoadmapIoException when the output fails
   */
  public void write(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (current == null) {
      throw new IllegalStateException("start an action line with startActionLine before writing outcomes");
    }
    item(outcome);
    pending = false;
  }

  /**
   * Writes every action line and outcome of a roadmap.
   *
   * @param roadmap the roadmap
   * @throws RoadmapIoException when the output fails
   */
  public void writeAll(Roadmap roadmap) {
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      startActionLine(line);
      for (Outcome outcome : line.getOutcomes()) {
        write(outcome);
      }
    }
  }

  /**
   * Flushes the lines written so far.
   *
   * @throws RoadmapIoException when the output fails
   */
  @Override
  public void flush() {
    try {
      g.flush();
    } catch (IOException e) {
      throw RoadmapIoException.of("write", null, e);
    }
  }

  /**
   * Writes the line of an action line that had no outcomes, flushes, and closes the output when
   * this writer opened it.
   *
   * @throws RoadmapIoException when the output fails
   */
  @Override
  public void close() {
    try {
      finishActionLine();
      g.close();
      if (closeOut) {
        ((Closeable) out).close();
      } else {
        out.flush();
      }
    } catch (IOException e) {
      throw RoadmapIoException.of("write", null, e);
    }
  }

  private void finishActionLine() {
    if (pending) {
      item(null);
      pending = false;
    }
  }

  private void item(Outcome outcome) {
    try {
      g.writeStartObject();
      g.writeNumberField("actionLineIndex", index);
      g.writeObjectFieldStart("actionLine");
      ModelWriter.writeActionLineFields(g, current, false);
      g.writeEndObject();
      if (outcome != null) {
        g.writeFieldName("outcome");
        ModelWriter.writeOutcome(g, outcome);
      }
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new RoadmapIoException("cannot write a JSON Lines line: " + e.getMessage(), null, e);
    }
  }
}
