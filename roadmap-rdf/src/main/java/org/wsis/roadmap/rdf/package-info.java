/**
 * Roadmaps as RDF: {@link org.wsis.roadmap.rdf.RoadmapRdf} builds the graph of a roadmap (the same
 * IRIs and vocabulary as the JSON-LD of {@link org.wsis.roadmap.io.RoadmapJsonLd}) and the WSIS
 * action lines as a SKOS concept scheme, and writes them as Turtle or N-Triples through Eclipse RDF4J
 * Rio.
 */
@NullMarked
package org.wsis.roadmap.rdf;

import org.jspecify.annotations.NullMarked;
