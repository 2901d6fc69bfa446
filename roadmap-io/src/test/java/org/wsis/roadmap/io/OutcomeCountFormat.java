package org.wsis.roadmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wsis.roadmap.Roadmap;

/**
 * A write-only format provided as a service, as another module would provide one: the number of
 * outcomes, as text; and {@link Shadow}, which would take the extension of YAML, so is not listed.
 */
public final class OutcomeCountFormat extends RoadmapFormat {
  /** Creates the format, as {@link java.util.ServiceLoader} does. */
  public OutcomeCountFormat() {
    super("count", List.of("count"));
  }

  @Override
  public boolean canRead() {
    return false;
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
    try {
      out.write((roadmap.outcomes().size() + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A provided format whose extension {@code yml} is already taken by YAML. */
  public static final class Shadow extends RoadmapFormat {
    /** Creates the format, as {@link java.util.ServiceLoader} does. */
    public Shadow() {
      super("shadow", List.of("shadow", "yml"));
    }

    @Override
    protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
      throw new AssertionError("never listed, never used");
    }
  }
}
