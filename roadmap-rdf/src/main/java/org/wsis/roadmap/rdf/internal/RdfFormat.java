package org.wsis.roadmap.rdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJsonLd;
import org.wsis.roadmap.io.RoadmapWriter;

/**
 * An RDF serialization of {@link org.wsis.roadmap.rdf.RoadmapRdf} as a {@link RoadmapFormat}, written
 * only: the roadmap's graph under {@link RoadmapJsonLd#DEFAULT_BASE}, UTF-8.
 */
abstract class RdfFormat extends RoadmapFormat {
  private final BiFunction<Roadmap, URI, String> serializer;

  RdfFormat(String id, BiFunction<Roadmap, URI, String> serializer) {
    super(id, List.of(id));
    this.serializer = serializer;
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
      out.write(serializer.apply(roadmap, RoadmapJsonLd.DEFAULT_BASE));
      out.flush();
    } catch (IOException e) {
      throw RoadmapIoException.of("write", null, e);
    }
  }
}
