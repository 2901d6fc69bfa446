package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfTriple;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgLink;

/** The JSON-LD output, expanded by a JSON-LD 1.1 processor (Titanium) into RDF triples. */
final class RoadmapJsonLdTest {
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  private static final String WSIS = RoadmapJsonLd.VOCABULARY;

  private static Set<List<String>> triples(String jsonLd) throws Exception {
    RdfDataset dataset = JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).get();
    Set<List<String>> out = new HashSet<>();
    for (RdfTriple t : dataset.getDefaultGraph().toList()) {
      out.add(List.of(t.getSubject().getValue(), t.getPredicate().getValue(), t.getObject().getValue()));
    }
    return out;
  }

  @Test
  void toString_bundled2024_expandsToOutcomesTheirActionLinesAndSdgIris() throws Exception {
    Roadmap roadmap = WsisRoadmaps.edition2024();
    URI base = URI.create("https://example.org/roadmaps/");
    Set<List<String>> triples = triples(RoadmapJsonLd.toString(roadmap, base));

    int outcomes = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      for (Outcome outcome : line.getOutcomes()) {
        outcomes++;
        String iri = RoadmapJsonLd.outcomeIri(roadmap, outcome, base);
        assertThat(triples).contains(List.of(iri, RDF_TYPE, WSIS + "Outcome"));
        assertThat(triples).contains(List.of(iri, WSIS + "actionLine", RoadmapJsonLd.actionLineIri(line.getActionLine())));
        assertThat(triples).contains(List.of(iri, WSIS + "statement", outcome.getStatement()));
        for (SdgLink link : outcome.getSdgLinks()) {
          assertThat(triples).contains(List.of(iri, WSIS + "sdgLink", RoadmapJsonLd.sdgIri(link)));
        }
      }
    }
    assertThat(outcomes).isGreaterThan(50);
    long outcomeNodes = triples.stream().filter(t -> t.get(1).equals(RDF_TYPE) && t.get(2).equals(WSIS + "Outcome")).count();
    assertThat(outcomeNodes).isEqualTo(outcomes);
  }

  @Test
  void toString_sample_linksTheC5OutcomeToTargetNineCByItsUnIri() throws Exception {
    Roadmap roadmap = SampleRoadmaps.small();
    Set<List<String>> triples = triples(RoadmapJsonLd.toString(roadmap));
    String outcome = RoadmapJsonLd.DEFAULT_BASE + "sample-2024/C5.GT.A";
    assertThat(triples).contains(List.of(outcome, WSIS + "sdgLink", "http://metadata.un.org/sdg/9.c"));
    assertThat(triples).contains(List.of(outcome, WSIS + "sdgLink", "http://metadata.un.org/sdg/16"));
    assertThat(triples).contains(List.of(RoadmapJsonLd.DEFAULT_BASE + "sample-2024/C5", WSIS + "outcome", outcome));
  }

  @Test
  void toString_gdcLinks_becomeObjectiveIris() throws Exception {
    Roadmap roadmap = GdcLinksTest.withGdcLinks();
    Set<List<String>> triples = triples(RoadmapJsonLd.toString(roadmap));
    Outcome first = roadmap.getActionLines().get(0).getOutcomes().get(0);
    String iri = RoadmapJsonLd.outcomeIri(roadmap, first, RoadmapJsonLd.DEFAULT_BASE);
    assertThat(triples).contains(List.of(iri, WSIS + "gdcObjective", RoadmapJsonLd.GDC_NAMESPACE + "3"),
        List.of(iri, WSIS + "gdcObjective", RoadmapJsonLd.GDC_NAMESPACE + "1"));
  }

  @Test
  void toString_expands_withoutFetchingAContext() throws Exception {
    JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(RoadmapJsonLd.toString(SampleRoadmaps.small())))).get();
    assertThat(expanded).hasSize(1);
    assertThat(expanded.getJsonObject(0).getJsonArray("@type").getString(0)).isEqualTo(WSIS + "Roadmap");
  }

  @Test
  void toString_sameRoadmap_sameBytes() {
    assertThat(RoadmapJsonLd.toString(SampleRoadmaps.small())).isEqualTo(RoadmapJsonLd.toString(SampleRoadmaps.small()));
  }

  @Test
  void toString_relativeBaseOrNoTrailingSlash_throws() {
    assertThatThrownBy(() -> RoadmapJsonLd.toString(SampleRoadmaps.small(), URI.create("roadmaps/")))
        .isInstanceOf(RoadmapException.class).hasMessageContaining("absolute IRI");
    assertThatThrownBy(() -> RoadmapJsonLd.toString(SampleRoadmaps.small(), URI.create("https://example.org/r")))
        .isInstanceOf(RoadmapException.class).hasMessageContaining("ending in '/'");
  }

  @Test
  void context_isTheVersionedResource() throws Exception {
    String context = RoadmapJsonLd.context();
    assertThat(context).contains("\"@version\": 1.1").contains("\"sdg\": \"http://metadata.un.org/sdg/\"");
    assertThat(RoadmapJsonLd.toString(SampleRoadmaps.small())).contains("\"contextVersion\" : \"1.0\"");
  }
}
