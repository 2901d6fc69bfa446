/**
 * Roadmaps as RDF (Turtle, N-Triples) and the WSIS action lines as a SKOS concept scheme, on Eclipse
 * RDF4J Rio: an optional module, so that the core and io modules stay light.
 *
 * <p>Exports {@code org.wsis.roadmap.rdf}; {@code org.wsis.roadmap.rdf.internal} is not exported. It
 * provides the {@code ttl} and {@code nt} formats (written only) as {@code
 * org.wsis.roadmap.io.RoadmapFormat} services. RDF4J 5.1.6's jars have no module descriptor and no
 * {@code Automatic-Module-Name}: on the module path they are automatic modules named after their
 * files ({@code rdf4j.model.api}, {@code rdf4j.model}, {@code rdf4j.model.vocabulary}, {@code
 * rdf4j.rio.api}); Rio finds its Turtle and N-Triples writers ({@code rdf4j-rio-turtle}, {@code
 * rdf4j-rio-ntriples}, also automatic modules, resolved with the others) as services.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.wsis.roadmap.rdf {
  requires transitive org.wsis.roadmap.io;
  // RoadmapRdf returns RDF4J's Model.
  requires transitive rdf4j.model.api;
  requires rdf4j.model;
  requires rdf4j.model.vocabulary;
  requires rdf4j.rio.api;
  requires static transitive org.jspecify;

  exports org.wsis.roadmap.rdf;

  // The Turtle (ttl) and N-Triples (nt) formats, which RoadmapFormat.all() and the command line find.
  provides org.wsis.roadmap.io.RoadmapFormat
      with org.wsis.roadmap.rdf.internal.TurtleFormat, org.wsis.roadmap.rdf.internal.NTriplesFormat;
}
