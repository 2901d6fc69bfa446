package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * Writes the model to a Jackson generator in the canonical shape: properties in the fixed order of
 * the model, lists in model order, every list written (empty as {@code []}), absent optional values
 * left out, unknown properties kept by a lenient read written last, verbatim.
 */
public final class ModelWriter {
  private static final JsonFactory EXTENSION_FACTORY = Factories.json();

  private ModelWriter() {}

  /**
   * Writes a whole roadmap document with its {@code schemaVersion}.
   *
   * @param g the generator
   * @param roadmap the roadmap
   * @throws IOException when the generator fails
   */
  public static void writeDocument(JsonGenerator g, Roadmap roadmap) throws IOException {
    g.writeStartObject();
    g.writeStringField(Names.SCHEMA_VERSION, Names.CURRENT_SCHEMA_VERSION);
    writeRoadmapFields(g, roadmap, true);
    g.writeEndObject();
  }

  /**
   * Writes the fields of a roadmap, with or without its action lines.
   *
   * @param g the generator, inside an object
   * @param roadmap the roadmap
   * @param withActionLines whether to write {@code actionLines}
   * @throws IOException when the generator fails
   */
  public static void writeRoadmapFields(JsonGenerator g, Roadmap roadmap, boolean withActionLines) throws IOException {
    g.writeStringField("id", roadmap.getId());
    g.writeStringField("title", roadmap.getTitle());
    g.writeStringField("status", roadmap.getStatus().name());
    if (roadmap.getAsOf().isPresent()) {
      g.writeStringField("asOf", roadmap.getAsOf().get().toString());
    }
    optionalText(g, "facilitator", roadmap.getFacilitator());
    texts(g, "introduction", roadmap.getIntroduction());
    g.writeArrayFieldStart("mandateReferences");
    for (Reference reference : roadmap.getMandateReferences()) {
      writeReference(g, reference);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("glossary");
    for (GlossaryEntry entry : roadmap.getGlossary()) {
      g.writeStartObject();
      g.writeStringField("term", entry.getTerm());
      g.writeStringField("meaning", entry.getMeaning());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (withActionLines) {
      g.writeArrayFieldStart("actionLines");
      for (ActionLineRoadmap line : roadmap.getActionLines()) {
        g.writeStartObject();
        writeActionLineFields(g, line, true);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    extensions(g, roadmap.getExtensions(), Names.ROADMAP, "roadmap '" + roadmap.getId() + "'");
  }

  /**
   * Writes the fields of an action line roadmap, with or without its outcomes.
   *
   * @param g the generator, inside an object
   * @param line the action line roadmap
   * @param withOutcomes whether to write {@code outcomes}
   * @throws IOException when the generator fails
   */
  public static void writeActionLineFields(JsonGenerator g, ActionLineRoadmap line, boolean withOutcomes)
      throws IOException {
    g.writeStringField("actionLine", line.getActionLine().getCode());
    g.writeStringField("title", line.getTitle());
    texts(g, "notes", line.getNotes());
    if (withOutcomes) {
      g.writeArrayFieldStart("outcomes");
      for (Outcome outcome : line.getOutcomes()) {
        writeOutcome(g, outcome);
      }
      g.writeEndArray();
    }
    source(g, line.getSource());
    extensions(g, line.getExtensions(), Names.ACTION_LINE, "action line " + line.getActionLine().getCode());
  }

  /**
   * Writes one outcome as an object.
   *
   * @param g the generator
   * @param outcome the outcome
   * @throws IOException when the generator fails
   */
  public static void writeOutcome(JsonGenerator g, Outcome outcome) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", outcome.getId().toString());
    g.writeStringField("section", outcome.getSection().name());
    g.writeStringField("label", outcome.getLabel());
    g.writeStringField("statement", outcome.getStatement());
    g.writeArrayFieldStart("subItems");
    for (SubItem item : outcome.getSubItems()) {
      g.writeStartObject();
      g.writeStringField("label", item.getLabel());
      g.writeStringField("text", item.getText());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (outcome.getTiming().isPresent()) {
      writeTiming(g, outcome.getTiming().get());
    }
    g.writeArrayFieldStart("references");
    for (Reference reference : outcome.getReferences()) {
      writeReference(g, reference);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sdgLinks");
    for (SdgLink link : outcome.getSdgLinks()) {
      g.writeStartObject();
      if (link.getKind() == SdgLink.Kind.TARGET) {
        g.writeStringField("target", ((TargetLink) link).getTarget().toString());
      } else {
        g.writeNumberField("goal", link.getGoal().getNumber());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    optionalText(g, "sdgRaw", outcome.getSdgRaw());
    optionalText(g, "sdgNote", outcome.getSdgNote());
    // written only when present, so that outcomes without GDC links write as before the Compact
    if (!outcome.getGdcLinks().isEmpty()) {
      g.writeArrayFieldStart("gdcLinks");
      for (GdcObjective objective : outcome.getGdcLinks()) {
        g.writeNumber(objective.getNumber());
      }
      g.writeEndArray();
    }
    texts(g, "evidence", outcome.getEvidence());
    writeResults(g, outcome.getResults());
    if (outcome.getCovidResponse().isPresent()) {
      CovidResponse covid = outcome.getCovidResponse().get();
      g.writeObjectFieldStart("covidResponse");
      texts(g, "documents", covid.getDocuments());
      texts(g, "initiatives", covid.getInitiatives());
      texts(g, "text", covid.getText());
      g.writeEndObject();
    }
    source(g, outcome.getSource());
    extensions(g, outcome.getExtensions(), Names.OUTCOME, "outcome " + outcome.getId());
    g.writeEndObject();
  }

  private static void writeTiming(JsonGenerator g, Timing timing) throws IOException {
    g.writeObjectFieldStart("timing");
    g.writeStringField("raw", timing.getRaw());
    g.writeArrayFieldStart("entries");
    for (TimingEntry entry : timing.getEntries()) {
      g.writeStartObject();
      g.writeStringField("raw", entry.getRaw());
      g.writeStringField("kind", entry.getKind().name());
      optionalInt(g, "from", entry.getFrom());
      optionalInt(g, "to", entry.getTo());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeResults(JsonGenerator g, Results results) throws IOException {
    g.writeObjectFieldStart("results");
    texts(g, "expected", results.getExpected());
    texts(g, "activities", results.getActivities());
    g.writeArrayFieldStart("achievements");
    for (Achievement achievement : results.getAchievements()) {
      g.writeStartObject();
      g.writeStringField("text", achievement.getText());
      if (achievement.getMetric().isPresent()) {
        writeMetric(g, achievement.getMetric().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (ResultTarget target : results.getTargets()) {
      g.writeStartObject();
      g.writeStringField("text", target.getText());
      if (target.getMetric().isPresent()) {
        writeMetric(g, target.getMetric().get());
      }
      optionalInt(g, "byYear", target.getByYear());
      g.writeEndObject();
    }
    g.writeEndArray();
    texts(g, "text", results.getText());
    g.writeEndObject();
  }

  private static void writeMetric(JsonGenerator g, Metric metric) throws IOException {
    g.writeObjectFieldStart("metric");
    g.writeStringField("raw", metric.getRaw());
    g.writeStringField("comparator", metric.getComparator().name());
    g.writeFieldName("value");
    g.writeNumber(metric.getValue().toPlainString());
    g.writeStringField("unit", metric.getUnit());
    optionalInt(g, "asOfYear", metric.getAsOfYear());
    g.writeEndObject();
  }

  private static void writeReference(JsonGenerator g, Reference reference) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", Names.kindName(reference.getKind()));
    g.writeStringField("raw", reference.getRaw());
    switch (reference.getKind()) {
      case STRATEGIC_GOAL: {
        StrategicGoalRef ref = (StrategicGoalRef) reference;
        g.writeNumberField("goal", ref.getGoal());
        optionalText(g, "target", ref.getTarget());
        break;
      }
      case RESOLUTION: {
        ResolutionRef ref = (ResolutionRef) reference;
        if (ref.getBody().isPresent()) {
          g.writeStringField("body", ref.getBody().get().name());
        }
        texts(g, "numbers", ref.getNumbers());
        g.writeBooleanField("revised", ref.isRevised());
        optionalText(g, "place", ref.getPlace());
        optionalInt(g, "year", ref.getYear());
        break;
      }
      case INSTRUMENT: {
        InstrumentRef ref = (InstrumentRef) reference;
        g.writeStringField("name", ref.getName());
        optionalText(g, "place", ref.getPlace());
        optionalInt(g, "year", ref.getYear());
        break;
      }
      case DOCUMENT: {
        DocumentRef ref = (DocumentRef) reference;
        optionalText(g, "issuer", ref.getIssuer());
        texts(g, "symbols", ref.getSymbols());
        break;
      }
      default:
        break;
    }
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, Optional<SourceRange> source) throws IOException {
    if (source.isPresent()) {
      g.writeObjectFieldStart("source");
      g.writeNumberField("fromLine", source.get().getFromLine());
      g.writeNumberField("toLine", source.get().getToLine());
      g.writeEndObject();
    }
  }

  private static void texts(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void optionalText(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void optionalInt(JsonGenerator g, String name, Optional<Integer> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    }
  }

  private static void extensions(JsonGenerator g, Map<String, String> extensions, Set<String> known, String owner)
      throws IOException {
    for (Map.Entry<String, String> extension : extensions.entrySet()) {
      if (known.contains(extension.getKey()) || extension.getKey().equals(Names.SCHEMA_VERSION)) {
        throw new RoadmapException("extension of " + owner + " must not reuse a property name of the model, but was: '"
            + extension.getKey() + "'");
      }
      g.writeFieldName(extension.getKey());
      try (JsonParser p = EXTENSION_FACTORY.createParser(extension.getValue())) {
        if (p.nextToken() == null) {
          throw new RoadmapException("extension '" + extension.getKey() + "' of " + owner
              + " must be one JSON value, but was empty");
        }
        ExactCopy.copy(p, g);
        if (p.nextToken() != null) {
          throw new RoadmapException("extension '" + extension.getKey() + "' of " + owner
              + " must be one JSON value, but was: " + RoadmapException.quote(extension.getValue()));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new RoadmapException("extension '" + extension.getKey() + "' of " + owner
            + " must be JSON text, but was: " + RoadmapException.quote(extension.getValue()), e);
      }
    }
  }
}
