package org.wsis.roadmap.rdf.internal;

import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJsonLd;
import org.wsis.roadmap.rdf.RoadmapRdf;

/**
 * Turtle ({@code ttl}, {@code .ttl}) as a {@link org.wsis.roadmap.io.RoadmapFormat} service, written only:
 * the graph of {@link RoadmapRdf#toTurtle(Roadmap, java.net.URI)} under {@link RoadmapJsonLd#DEFAULT_BASE}, UTF-8.
 */
public final class TurtleFormat extends RdfFormat {
  /** Creates the format; called by {@link java.util.ServiceLoader}. */
  public TurtleFormat() {
    super("ttl");
  }

  @Override
  String serialize(Roadmap roadmap, java.net.URI base) {
    return RoadmapRdf.toTurtle(roadmap, base);
  }
}
