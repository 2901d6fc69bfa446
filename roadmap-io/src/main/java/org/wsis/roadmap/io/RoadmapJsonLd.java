package org.wsis.roadmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.C7SubLine;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.UngaResolution;
import org.wsis.roadmap.io.internal.ExactCopy;
import org.wsis.roadmap.io.internal.Factories;

/**
 * Writes a roadmap as JSON-LD 1.1: the roadmap, its action lines and outcomes as nodes with IRIs,
 * SDG links as the UN's persistent identifiers ({@code http://metadata.un.org/sdg/9.c}), GDC links
 * and action lines as IRIs of the concept scheme of this library.
 *
 * <pre>{@code
 * String jsonLd = RoadmapJsonLd.toString(roadmap);                       // under DEFAULT_BASE
 * String mine = RoadmapJsonLd.toString(roadmap, URI.create("https://example.org/roadmaps/"));
 * String context = RoadmapJsonLd.context();                              // the versioned @context
 * }</pre>
 *
 * <p><b>IRIs.</b> A roadmap is {@code <base><roadmap id>}, an action line of it {@code <base><roadmap
 * id>/<code>} ({@code .../C5}), an outcome {@code <base><roadmap id>/<outcome id>} ({@code
 * .../C5.GT.A}); the roadmap id is percent-encoded as a path segment. The default base ends in the
 * reserved top-level domain {@code .invalid} (RFC 2606), so that it is never taken for a published
 * IRI: a publisher sets its own. Action lines are {@link #ACTION_LINE_NAMESPACE}{@code C5} (C7
 * sub-lines {@code C7.e-health}), GDC objectives {@link #GDC_NAMESPACE}{@code 3}; the vocabulary
 * terms are under {@link #VOCABULARY}.
 *
 * <p><b>Context.</b> The document embeds the {@code @context} of version {@link #CONTEXT_VERSION}
 * (the resource {@code org/wsis/roadmap/io/roadmap-context-1.0.jsonld}, printed by {@code roadmap
 * export --jsonld-context}), so a JSON-LD processor expands it without fetching anything. The
 * context only grows within a version; a changed meaning is a new version.
 *
 * <p>Reading JSON-LD back is not supported; use {@link RoadmapJson} for a lossless copy. The output
 * is deterministic: the same roadmap and base write the same bytes. This class is thread-safe.
 */
public final class RoadmapJsonLd {
  /**
   * The version of the {@code @context} this class writes, also the name of its resource ({@code
   * roadmap-context-1.0.jsonld}) and the value of {@code contextVersion} in every document. Within a
   * version the context only grows; a term whose meaning changes (another IRI, another type) makes a
   * new version, and the resource of the old one stays.
   */
  public static final String CONTEXT_VERSION = "1.0";

  /**
   * The one namespace of this library's linked data: every IRI it mints that is not under a user's
   * base starts with it ({@link #VOCABULARY}, {@link #ACTION_LINE_NAMESPACE}, {@link #GDC_NAMESPACE},
   * and {@link #DEFAULT_BASE}).
   *
   * <p>It is {@code https://wsis-roadmap.invalid/}, under the top-level domain {@code .invalid} that RFC
   * 2606 reserves so that it never resolves: the project has not registered a persistent namespace
   * yet, and an IRI that looks published but is not would be worse than one that is plainly a
   * placeholder. Before version 1.0 the project either registers a persistent identifier (such as a
   * {@code https://w3id.org/} redirect) and puts it here, or keeps this one; docs/linked-data.md says
   * which. Changing it changes the meaning of every term, so it goes with a new {@link
   * #CONTEXT_VERSION}.
   */
  public static final String NAMESPACE = "https://wsis-roadmap.invalid/";

  /**
   * The base of roadmap, action line and outcome IRIs when none is given: {@link #NAMESPACE}{@code
   * roadmap/}. A publisher passes its own to {@link #toString(Roadmap, URI)} (on the command line,
   * {@code --base}).
   */
  public static final URI DEFAULT_BASE = URI.create(NAMESPACE + "roadmap/");

  /**
   * The namespace of the terms of the vocabulary, {@link #NAMESPACE}{@code vocab#}: the prefix {@code
   * wsis} of the {@code @context}.
   */
  public static final String VOCABULARY = NAMESPACE + "vocab#";

  /** The namespace of the WSIS action lines and C7 sub-lines as concepts, {@link #NAMESPACE}{@code action-line/}. */
  public static final String ACTION_LINE_NAMESPACE = NAMESPACE + "action-line/";

  /**
   * The namespace of the objectives of the Global Digital Compact as concepts, {@link
   * #NAMESPACE}{@code gdc-objective/}.
   */
  public static final String GDC_NAMESPACE = NAMESPACE + "gdc-objective/";

  private static final String CONTEXT_RESOURCE = "roadmap-context-" + CONTEXT_VERSION + ".jsonld";

  private RoadmapJsonLd() {}

  /**
   * Returns the {@code @context} document of version {@link #CONTEXT_VERSION}.
   *
   * @return the JSON text of the bundled context resource
   */
  public static String context() {
    try (InputStream in = RoadmapJsonLd.class.getResourceAsStream(CONTEXT_RESOURCE)) {
      if (in == null) {
        throw new RoadmapException("The JSON-LD context resource is missing from the class path: " + CONTEXT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a roadmap as JSON-LD under {@link #DEFAULT_BASE}.
   *
   * @param roadmap the roadmap
   * @return the JSON-LD text
   */
  public static String toString(Roadmap roadmap) {
    return toString(roadmap, DEFAULT_BASE);
  }

  /**
   * Writes a roadmap as JSON-LD under a base.
   *
   * @param roadmap the roadmap
   * @param base an absolute IRI ending in {@code /} or {@code #}, such as {@code https://example.org/roadmaps/}
   * @return the JSON-LD text
   * @throws RoadmapException when the base is not absolute or does not end in {@code /} or {@code #}
   */
  public static String toString(Roadmap roadmap, URI base) {
    Objects.requireNonNull(roadmap, "roadmap");
    String prefix = checkBase(base);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Factories.json().createGenerator(out)) {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(printer);
      write(g, roadmap, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  /**
   * Returns the IRI of a roadmap under a base.
   *
   * @param roadmap the roadmap
   * @param base the base, as for {@link #toString(Roadmap, URI)}
   * @return such as {@code https://example.org/roadmaps/sample-2024}
   * @throws RoadmapException when the base is not absolute or does not end in {@code /} or {@code #}
   */
  public static String roadmapIri(Roadmap roadmap, URI base) {
    return checkBase(base) + segment(roadmap.getId());
  }

  /**
   * Returns the IRI of an outcome of a roadmap under a base.
   *
   * @param roadmap the roadmap
   * @param outcome the outcome
   * @param base the base, as for {@link #toString(Roadmap, URI)}
   * @return such as {@code https://example.org/roadmaps/sample-2024/C5.GT.A}
   * @throws RoadmapException when the base is not absolute or does not end in {@code /} or {@code #}
   */
  public static String outcomeIri(Roadmap roadmap, Outcome outcome, URI base) {
    return roadmapIri(roadmap, base) + "/" + segment(outcome.getId().toString());
  }

  /**
   * Returns the IRI of an action line as a concept.
   *
   * @param line the action line
   * @return such as {@code https://wsis-roadmap.invalid/action-line/C5}
   */
  public static String actionLineIri(ActionLine line) {
    return ACTION_LINE_NAMESPACE + line.getCode();
  }

  /**
   * Returns the IRI of a C7 sub-line as a concept.
   *
   * @param subLine the sub-line
   * @return such as {@code https://wsis-roadmap.invalid/action-line/C7.e-health}
   */
  public static String subLineIri(C7SubLine subLine) {
    return ACTION_LINE_NAMESPACE + segment(subLine.getCode());
  }

  /**
   * Returns the IRI of an objective of the Global Digital Compact as a concept.
   *
   * @param objective the objective
   * @return such as {@code https://wsis-roadmap.invalid/gdc-objective/3}
   */
  public static String gdcIri(GdcObjective objective) {
    return GDC_NAMESPACE + objective.getNumber();
  }

  /**
   * Returns the IRI an SDG link points to: the UN IRI of its goal or target.
   *
   * @param link the link
   * @return such as {@code http://metadata.un.org/sdg/9.c}; for a target the UN catalogue lacks, the
   *     IRI its code would have there
   */
  public static String sdgIri(SdgLink link) {
    if (link.getKind() == SdgLink.Kind.TARGET) {
      TargetLink target = (TargetLink) link;
      return target.getTarget().getIri().map(URI::toString)
          .orElse(link.getGoal().getIri().toString() + "." + target.getTarget().getSuffix());
    }
    return link.getGoal().getIri().toString();
  }

  private static String checkBase(URI base) {
    Objects.requireNonNull(base, "base");
    String text = base.toString();
    if (!base.isAbsolute() || !(text.endsWith("/") || text.endsWith("#"))) {
      throw new RoadmapException("JSON-LD base must be an absolute IRI ending in '/' or '#', such as "
          + "'https://example.org/roadmaps/', but was: " + RoadmapException.quote(text));
    }
    return text;
  }

  /** Percent-encodes a path segment: every character but the unreserved ones of RFC 3986. */
  private static String segment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Roadmap roadmap, String base) throws IOException {
    String roadmapIri = base + segment(roadmap.getId());
    g.writeStartObject();
    g.writeFieldName("@context");
    try (JsonParser p = Factories.json().createParser(context())) {
      p.nextToken(); // the context document
      p.nextToken(); // "@context"
      p.nextToken();
      ExactCopy.copy(p, g);
    }
    g.writeStringField("@id", roadmapIri);
    g.writeStringField("@type", "Roadmap");
    g.writeStringField("contextVersion", CONTEXT_VERSION);
    g.writeStringField("title", roadmap.getTitle());
    g.writeStringField("status", roadmap.getStatus().name());
    optional(g, "asOf", roadmap.getAsOf().map(Object::toString));
    optional(g, "facilitator", roadmap.getFacilitator());
    texts(g, "introduction", roadmap.getIntroduction());
    references(g, "mandateReferences", roadmap.getMandateReferences());
    g.writeArrayFieldStart("actionLines");
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      g.writeStartObject();
      g.writeStringField("@id", roadmapIri + "/" + line.getActionLine().getCode());
      g.writeStringField("@type", "ActionLineRoadmap");
      g.writeStringField("actionLine", actionLineIri(line.getActionLine()));
      g.writeStringField("title", line.getTitle());
      texts(g, "notes", line.getNotes());
      g.writeArrayFieldStart("outcomes");
      for (Outcome outcome : line.getOutcomes()) {
        outcome(g, roadmapIri, line, outcome);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void outcome(JsonGenerator g, String roadmapIri, ActionLineRoadmap line, Outcome outcome)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("@id", roadmapIri + "/" + segment(outcome.getId().toString()));
    g.writeStringField("@type", "Outcome");
    g.writeStringField("code", outcome.getId().toString());
    g.writeStringField("actionLine", actionLineIri(line.getActionLine()));
    g.writeStringField("section", outcome.getSection().name());
    g.writeStringField("label", outcome.getLabel());
    g.writeStringField("statement", outcome.getStatement());
    g.writeArrayFieldStart("subItems");
    for (SubItem item : outcome.getSubItems()) {
      g.writeString(item.getLabel() + " " + item.getText());
    }
    g.writeEndArray();
    optional(g, "timing", outcome.getTiming().map(t -> t.getRaw()));
    references(g, "references", outcome.getReferences());
    g.writeArrayFieldStart("sdgLinks");
    for (SdgLink link : outcome.getSdgLinks()) {
      g.writeString(sdgIri(link));
    }
    g.writeEndArray();
    optional(g, "sdgRaw", outcome.getSdgRaw());
    optional(g, "sdgNote", outcome.getSdgNote());
    if (!outcome.getGdcLinks().isEmpty()) {
      g.writeArrayFieldStart("gdcLinks");
      for (GdcObjective objective : outcome.getGdcLinks()) {
        g.writeString(gdcIri(objective));
      }
      g.writeEndArray();
    }
    texts(g, "evidence", outcome.getEvidence());
    texts(g, "expected", outcome.getResults().getExpected());
    texts(g, "activities", outcome.getResults().getActivities());
    g.writeArrayFieldStart("achievements");
    for (Achievement achievement : outcome.getResults().getAchievements()) {
      g.writeString(achievement.getText());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (ResultTarget target : outcome.getResults().getTargets()) {
      g.writeString(target.getText());
    }
    g.writeEndArray();
    texts(g, "results", outcome.getResults().getText());
    g.writeEndObject();
  }

  private static void references(JsonGenerator g, String name, List<Reference> references) throws IOException {
    texts(g, name, references.stream().map(Reference::getRaw).toList());
    List<String> unga = references.stream().filter(r -> r instanceof ResolutionRef)
        .flatMap(r -> ((ResolutionRef) r).getUngaResolutions().stream()).map(UngaResolution::toString).distinct().toList();
    if (!unga.isEmpty() && name.equals("references")) {
      texts(g, "ungaResolutions", unga);
    }
  }

  private static void texts(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
