package org.wsis.roadmap.rdf.internal;

import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJsonLd;
import org.wsis.roadmap.rdf.RoadmapRdf;

/**
 * N-Triples ({@code nt}, {@code .nt}) as a {@link org.wsis.roadmap.io.RoadmapFormat} service, written only:
 * the graph of {@link RoadmapRdf#toNTriples(Roadmap, java.net.URI)} under {@link RoadmapJsonLd#DEFAULT_BASE}, UTF-8.
 */
public final class NTriplesFormat extends RdfFormat {
  /** Creates the format; called by {@link java.util.ServiceLoader}. */
  public NTriplesFormat() {
    super("nt");
  }

  @Override
  String serialize(Roadmap roadmap, java.net.URI base) {
    return RoadmapRdf.toNTriples(roadmap, base);
  }
}
