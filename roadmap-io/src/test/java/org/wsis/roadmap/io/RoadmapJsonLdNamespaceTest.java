package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfTriple;
import com.apicatalog.rdf.RdfValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/** The namespaces of the JSON-LD output: one constant of the library's own, and the user's base. */
final class RoadmapJsonLdNamespaceTest {
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final List<String> EXTERNAL = List.of(RDF, "http://purl.org/dc/terms/",
      "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2001/XMLSchema#", "http://metadata.un.org/sdg/");

  @Test
  void namespaces_everyOneOfTheLibrary_isUnderTheOneNamespaceConstant() {
    assertThat(RoadmapJsonLd.NAMESPACE).isEqualTo("https://wsis-roadmap.invalid/");
    assertThat(List.of(RoadmapJsonLd.VOCABULARY, RoadmapJsonLd.ACTION_LINE_NAMESPACE, RoadmapJsonLd.GDC_NAMESPACE,
        RoadmapJsonLd.DEFAULT_BASE.toString())).allMatch(iri -> iri.startsWith(RoadmapJsonLd.NAMESPACE));
    assertThat(URI.create(RoadmapJsonLd.NAMESPACE).getHost()).endsWith(".invalid");
  }

  @Test
  void context_wsisPrefixIsTheVocabulary_andNoOtherIriOfTheLibraryIsWrittenInIt() throws Exception {
    JsonNode context = new ObjectMapper().readTree(RoadmapJsonLd.context()).get("@context");
    assertThat(context.get("wsis").asText()).isEqualTo(RoadmapJsonLd.VOCABULARY);
    List<String> literalIris = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> term = it.next();
      if (term.getValue().isTextual() && term.getValue().asText().contains("://")) {
        literalIris.add(term.getKey() + "=" + term.getValue().asText());
      }
    }
    assertThat(literalIris).containsExactlyInAnyOrder("wsis=" + RoadmapJsonLd.VOCABULARY,
        "sdg=http://metadata.un.org/sdg/", "dcterms=http://purl.org/dc/terms/",
        "skos=http://www.w3.org/2004/02/skos/core#", "xsd=http://www.w3.org/2001/XMLSchema#");
  }

  @Test
  void context_resourceIsNamedByItsVersion_andEveryDocumentNamesTheVersion() {
    assertThat(RoadmapJsonLd.class.getResource("roadmap-context-" + RoadmapJsonLd.CONTEXT_VERSION + ".jsonld")).isNotNull();
    assertThat(RoadmapJsonLd.toString(SampleRoadmaps.small()))
        .contains("\"contextVersion\" : \"" + RoadmapJsonLd.CONTEXT_VERSION + "\"");
  }

  @Test
  void toString_userBase_everyIriIsUnderTheBaseTheLibraryNamespaceOrAKnownVocabulary() throws Exception {
    Roadmap roadmap = withGdcLink(WsisRoadmaps.edition2024());
    String base = "https://example.org/itu/roadmaps/";

    String jsonLd = RoadmapJsonLd.toString(roadmap, URI.create(base));

    assertThat(jsonLd).doesNotContain(RoadmapJsonLd.DEFAULT_BASE.toString());
    List<String> outside = new ArrayList<>();
    int underBase = 0;
    for (RdfTriple t : JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).get().getDefaultGraph().toList()) {
      for (RdfValue value : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
        if (!value.isIRI()) {
          continue;
        }
        String iri = value.getValue();
        if (iri.startsWith(base)) {
          underBase++;
        } else if (!iri.startsWith(RoadmapJsonLd.NAMESPACE) && EXTERNAL.stream().noneMatch(iri::startsWith)) {
          outside.add(iri);
        }
      }
    }
    assertThat(outside).isEmpty();
    assertThat(underBase).isGreaterThan(roadmap.outcomes().size());
  }

  @Test
  void toString_hashBase_givesFragmentIris() {
    Roadmap roadmap = SampleRoadmaps.small();
    Outcome first = roadmap.outcomes().get(0);

    assertThat(RoadmapJsonLd.outcomeIri(roadmap, first, URI.create("https://example.org/data#")))
        .isEqualTo("https://example.org/data#" + roadmap.getId() + "/" + first.getId());
  }

  private static Roadmap withGdcLink(Roadmap roadmap) {
    Outcome first = roadmap.outcomes().get(0);
    Outcome linked = Outcome.builder().from(first).addGdcLink(GdcObjective.of(3)).build();
    return Roadmap.builder().from(roadmap).actionLines(roadmap.getActionLines().stream()
        .map(line -> org.wsis.roadmap.ActionLineRoadmap.builder().from(line).outcomes(line.getOutcomes().stream()
            .map(o -> o == first ? linked : o).toList()).build())
        .toList()).build();
  }
}
