package org.wsis.roadmap.rdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJsonLd;
import org.wsis.roadmap.io.RoadmapWriter;

/**
 * An RDF serialization of {@link org.wsis.roadmap.rdf.RoadmapRdf} as a {@link RoadmapFormat}, written
 * only: the roadmap's graph under {@link RoadmapJsonLd#DEFAULT_BASE}, UTF-8.
 *
 * <p>The serialization is a method, not a function given to the constructor: a method reference to
 * {@link org.wsis.roadmap.rdf.RoadmapRdf} would load RDF4J as soon as {@code ServiceLoader} makes the
 * format, where {@code roadmap formats} only lists it.
 */
abstract class RdfFormat extends RoadmapFormat {
  RdfFormat(String id) {
    super(id, List.of(id));
  }

  /**
   * Serializes the roadmap's graph.
   *
   * @param roadmap the roadmap
   * @param base the base of the roadmap and outcome IRIs
   * @return the serialization
   */
  abstract String serialize(Roadmap roadmap, URI base);

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
      out.write(serialize(roadmap, RoadmapJsonLd.DEFAULT_BASE));
      out.flush();
    } catch (IOException e) {
      throw RoadmapIoException.of("write", null, e);
    }
  }
}
