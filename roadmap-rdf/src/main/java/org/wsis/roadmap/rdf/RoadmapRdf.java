package org.wsis.roadmap.rdf;

import java.io.StringWriter;
import java.net.URI;
import java.util.Objects;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.C7SubLine;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.WsisSdgMatrix;
import org.wsis.roadmap.io.RoadmapJsonLd;

/**
 * Builds RDF graphs of roadmaps and of the WSIS action lines, and writes them as Turtle or N-Triples.
 *
 * <pre>{@code
 * String turtle = RoadmapRdf.toTurtle(roadmap, RoadmapJsonLd.DEFAULT_BASE);
 * Model scheme = RoadmapRdf.actionLineScheme();   // C1 to C11 and the C7 sub-lines as SKOS concepts
 * }</pre>
 *
 * <p>The graph of a roadmap uses the IRIs and vocabulary of {@link RoadmapJsonLd} (the two give the
 * same triples for what both write): the roadmap, its action lines and outcomes under a base; SDG
 * links as the UN's IRIs ({@code http://metadata.un.org/sdg/9.c}); action lines and GDC objectives
 * as concepts. It also holds the action line scheme, whose concepts are linked by {@code
 * skos:related} to the UN IRIs of the SDG goals and targets the WSIS–SDG Matrix maps them to.
 *
 * <p>Eclipse RDF4J Rio writes the files: a maintained Eclipse project whose Turtle and N-Triples
 * writers follow the W3C recommendations; output is deterministic (statements in the order they are
 * built). This class is thread-safe.
 */
public final class RoadmapRdf {
  /** The IRI of the SKOS concept scheme of the WSIS action lines. */
  public static final String ACTION_LINE_SCHEME = RoadmapJsonLd.ACTION_LINE_NAMESPACE + "scheme";

  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private RoadmapRdf() {}

  /**
   * Returns the WSIS action lines C1 to C11 and the eight C7 sub-lines as a SKOS concept scheme: each
   * a {@code skos:Concept} with its code ({@code skos:notation}) and title ({@code skos:prefLabel}),
   * the sub-lines {@code skos:broader} C7, and {@code skos:related} to the UN IRIs of the SDG goals
   * and targets of the WSIS–SDG Matrix.
   *
   * @return a new, modifiable graph
   */
  public static Model actionLineScheme() {
    Model m = new LinkedHashModel();
    m.setNamespace(SKOS.NS);
    IRI scheme = VF.createIRI(ACTION_LINE_SCHEME);
    m.add(scheme, RDF.TYPE, SKOS.CONCEPT_SCHEME);
    m.add(scheme, SKOS.PREF_LABEL, VF.createLiteral("WSIS Action Lines", "en"));
    for (ActionLine line : ActionLine.values()) {
      IRI concept = VF.createIRI(RoadmapJsonLd.actionLineIri(line));
      m.add(concept, RDF.TYPE, SKOS.CONCEPT);
      m.add(concept, SKOS.IN_SCHEME, scheme);
      m.add(concept, SKOS.TOP_CONCEPT_OF, scheme);
      m.add(scheme, SKOS.HAS_TOP_CONCEPT, concept);
      m.add(concept, SKOS.NOTATION, VF.createLiteral(line.getCode()));
      m.add(concept, SKOS.PREF_LABEL, VF.createLiteral(line.getTitle(), "en"));
      for (C7SubLine sub : line.getSubLines()) {
        IRI subConcept = VF.createIRI(RoadmapJsonLd.subLineIri(sub));
        m.add(subConcept, RDF.TYPE, SKOS.CONCEPT);
        m.add(subConcept, SKOS.IN_SCHEME, scheme);
        m.add(subConcept, SKOS.BROADER, concept);
        m.add(concept, SKOS.NARROWER, subConcept);
        m.add(subConcept, SKOS.NOTATION, VF.createLiteral(sub.getCode()));
        m.add(subConcept, SKOS.PREF_LABEL, VF.createLiteral(sub.getTitle(), "en"));
      }
    }
    for (WsisSdgMatrix.Entry entry : WsisSdgMatrix.entries()) {
      IRI concept = VF.createIRI(entry.getSubLine().map(RoadmapJsonLd::subLineIri)
          .orElse(RoadmapJsonLd.actionLineIri(entry.getActionLine())));
      for (SdgGoal goal : entry.getGoalLevelGoals()) {
        m.add(concept, SKOS.RELATED, VF.createIRI(goal.getIri().toString()));
      }
      for (SdgTarget target : entry.getTargets()) {
        target.getIri().ifPresent(iri -> m.add(concept, SKOS.RELATED, VF.createIRI(iri.toString())));
      }
    }
    return m;
  }

  /**
   * Returns the graph of a roadmap, with the action line scheme.
   *
   * @param roadmap the roadmap
   * @param base the base of roadmap and outcome IRIs, as for {@link RoadmapJsonLd#toString(Roadmap, URI)}
   * @return a new, modifiable graph
   * @throws org.wsis.roadmap.RoadmapException when the base is not absolute or does not end in {@code /} or {@code #}
   */
  public static Model toModel(Roadmap roadmap, URI base) {
    Objects.requireNonNull(roadmap, "roadmap");
    String roadmapIri = RoadmapJsonLd.roadmapIri(roadmap, base);
    Model m = actionLineScheme();
    m.setNamespace("wsis", RoadmapJsonLd.VOCABULARY);
    m.setNamespace("sdg", "http://metadata.un.org/sdg/");
    m.setNamespace(DCTERMS.NS);
    IRI r = VF.createIRI(roadmapIri);
    m.add(r, RDF.TYPE, term("Roadmap"));
    m.add(r, DCTERMS.TITLE, VF.createLiteral(roadmap.getTitle()));
    m.add(r, term("status"), VF.createLiteral(roadmap.getStatus().name()));
    roadmap.getAsOf().ifPresent(date -> m.add(r, DCTERMS.DATE, VF.createLiteral(date.toString(), XSD.DATE)));
    roadmap.getFacilitator().ifPresent(f -> m.add(r, term("facilitator"), VF.createLiteral(f)));
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      IRI l = VF.createIRI(roadmapIri + "/" + line.getActionLine().getCode());
      m.add(r, term("actionLineRoadmap"), l);
      m.add(l, RDF.TYPE, term("ActionLineRoadmap"));
      IRI concept = VF.createIRI(RoadmapJsonLd.actionLineIri(line.getActionLine()));
      m.add(l, term("actionLine"), concept);
      m.add(l, DCTERMS.TITLE, VF.createLiteral(line.getTitle()));
      for (Outcome outcome : line.getOutcomes()) {
        IRI o = VF.createIRI(RoadmapJsonLd.outcomeIri(roadmap, outcome, base));
        m.add(l, term("outcome"), o);
        m.add(o, RDF.TYPE, term("Outcome"));
        m.add(o, SKOS.NOTATION, VF.createLiteral(outcome.getId().toString()));
        m.add(o, term("actionLine"), concept);
        m.add(o, term("section"), VF.createLiteral(outcome.getSection().name()));
        m.add(o, term("label"), VF.createLiteral(outcome.getLabel()));
        m.add(o, term("statement"), VF.createLiteral(outcome.getStatement()));
        outcome.getTiming().ifPresent(t -> m.add(o, term("timing"), VF.createLiteral(t.getRaw())));
        for (Reference reference : outcome.getReferences()) {
          m.add(o, term("reference"), VF.createLiteral(reference.getRaw()));
        }
        for (SdgLink link : outcome.getSdgLinks()) {
          m.add(o, term("sdgLink"), VF.createIRI(RoadmapJsonLd.sdgIri(link)));
        }
        for (GdcObjective objective : outcome.getGdcLinks()) {
          m.add(o, term("gdcObjective"), VF.createIRI(RoadmapJsonLd.gdcIri(objective)));
        }
      }
    }
    return m;
  }

  /**
   * Writes the graph of a roadmap as Turtle.
   *
   * @param roadmap the roadmap
   * @param base the base of roadmap and outcome IRIs
   * @return the Turtle text
   * @throws org.wsis.roadmap.RoadmapException when the base is not absolute or does not end in {@code /} or {@code #}
   */
  public static String toTurtle(Roadmap roadmap, URI base) {
    return write(toModel(roadmap, base), RDFFormat.TURTLE);
  }

  /**
   * Writes the graph of a roadmap as N-Triples.
   *
   * @param roadmap the roadmap
   * @param base the base of roadmap and outcome IRIs
   * @return the N-Triples text, one statement a line
   * @throws org.wsis.roadmap.RoadmapException when the base is not absolute or does not end in {@code /} or {@code #}
   */
  public static String toNTriples(Roadmap roadmap, URI base) {
    return write(toModel(roadmap, base), RDFFormat.NTRIPLES);
  }

  private static IRI term(String name) {
    return VF.createIRI(RoadmapJsonLd.VOCABULARY, name);
  }

  private static String write(Model model, RDFFormat format) {
    StringWriter out = new StringWriter();
    Rio.write(model, out, format);
    return out.toString();
  }
}
