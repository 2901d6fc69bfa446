package org.wsis.roadmap.rdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJsonLd;
import org.wsis.roadmap.io.RoadmapWriter;
import org.wsis.roadmap.rdf.RoadmapRdf;

/**
 * Turtle ({@code ttl}, {@code .ttl}) as a {@link RoadmapFormat} service, written only: the graph of
 * {@link RoadmapRdf#toTurtle(Roadmap, java.net.URI)} under {@link RoadmapJsonLd#DEFAULT_BASE}, UTF-8.
 */
public final class TurtleFormat extends RoadmapFormat {
  /** Creates the format; called by {@link java.util.ServiceLoader}. */
  public TurtleFormat() {
    super("ttl", List.of("ttl"));
  }

  @Override
  public boolean canRead() {
    return false;
  }

  @Override
  protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
    write(roadmap, new OutputStreamWriter(out, StandardCharsets.UTF_8), options);
  }

  @Override
  protected void write(Roadmap roadmap, Writer out, RoadmapWriter options) {
    try {
      out.write(RoadmapRdf.toTurtle(roadmap, RoadmapJsonLd.DEFAULT_BASE));
      out.flush();
    } catch (IOException e) {
      throw RoadmapIoException.of("write", null, e);
    }
  }
}
