package org.wsis.roadmap.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.io.RoadmapJsonLd;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.RoadmapIndex;

final class RoadmapRdfTest {
  private static final URI BASE = URI.create("https://example.org/roadmaps/");

  /** Loads Turtle into RDF4J's in-memory store and runs a SPARQL SELECT of one variable. */
  private static List<String> select(String turtle, String sparql) throws Exception {
    SailRepository repository = new SailRepository(new MemoryStore());
    try (RepositoryConnection connection = repository.getConnection()) {
      connection.add(new StringReader(turtle), "", RDFFormat.TURTLE);
      List<String> out = new ArrayList<>();
      try (TupleQueryResult result = connection.prepareTupleQuery(sparql).evaluate()) {
        for (BindingSet row : result) {
          out.add(row.getValue("outcome").stringValue());
        }
      }
      return out;
    } finally {
      repository.shutDown();
    }
  }

  @Test
  void sparql_outcomesOfC5LinkedToTarget9c_areWhatRoadmapIndexByTargetGives() throws Exception {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    String turtle = RoadmapRdf.toTurtle(roadmap, BASE);

    List<String> found = select(turtle, """
        PREFIX wsis: <%s>
        SELECT ?outcome WHERE {
          ?outcome a wsis:Outcome ;
                   wsis:actionLine <%s> ;
                   wsis:sdgLink <http://metadata.un.org/sdg/9.c> .
        }""".formatted(RoadmapJsonLd.VOCABULARY, RoadmapJsonLd.actionLineIri(ActionLine.C5)));

    List<String> expected = new ArrayList<>();
    for (Outcome outcome : RoadmapIndex.of(roadmap).byTarget(SdgTarget.parse("9.c"))) {
      if (outcome.getId().getActionLine() == ActionLine.C5) {
        expected.add(RoadmapJsonLd.outcomeIri(roadmap, outcome, BASE));
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void sparql_targetNobodyLinks_findsNothing() throws Exception {
    String turtle = RoadmapRdf.toTurtle(WsisRoadmaps.edition2024(), BASE);
    List<String> found = select(turtle, """
        PREFIX wsis: <%s>
        SELECT ?outcome WHERE { ?outcome wsis:sdgLink <http://metadata.un.org/sdg/14.7> . }"""
        .formatted(RoadmapJsonLd.VOCABULARY));
    assertThat(found).isEmpty();
    assertThat(RoadmapIndex.of(WsisRoadmaps.edition2024()).byTarget(SdgTarget.parse("14.7"))).isEmpty();
  }

  @Test
  void actionLineScheme_holdsElevenTopConceptsEightSubLinesAndMatrixLinks() {
    Model scheme = RoadmapRdf.actionLineScheme();
    assertThat(scheme.filter(null, SKOS.TOP_CONCEPT_OF, null)).hasSize(11);
    assertThat(scheme.filter(null, SKOS.BROADER, null)).hasSize(8);
    assertThat(scheme.contains(
        org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createIRI(RoadmapJsonLd.actionLineIri(ActionLine.C5)), SKOS.RELATED,
        org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createIRI("http://metadata.un.org/sdg/9.c"))).isTrue();
    assertThat(scheme.contains(
        org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createIRI(RoadmapJsonLd.actionLineIri(ActionLine.C5)), SKOS.RELATED,
        org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createIRI("http://metadata.un.org/sdg/14.7"))).isFalse();
  }

  @Test
  void toNTriples_and_toTurtle_holdTheSameGraph() throws Exception {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    Model fromTurtle = Rio.parse(new StringReader(RoadmapRdf.toTurtle(roadmap, BASE)), "", RDFFormat.TURTLE);
    Model fromNTriples = Rio.parse(new StringReader(RoadmapRdf.toNTriples(roadmap, BASE)), "", RDFFormat.NTRIPLES);
    assertThat(fromTurtle).isEqualTo(fromNTriples);
    assertThat(RoadmapRdf.toNTriples(roadmap, BASE)).isEqualTo(RoadmapRdf.toNTriples(roadmap, BASE));
  }
}
