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
import org.wsis.roadmap.io.internal.Names.AchievementProperty;
import org.wsis.roadmap.io.internal.Names.ActionLineProperty;
import org.wsis.roadmap.io.internal.Names.CovidResponseProperty;
import org.wsis.roadmap.io.internal.Names.GlossaryEntryProperty;
import org.wsis.roadmap.io.internal.Names.MetricProperty;
import org.wsis.roadmap.io.internal.Names.OutcomeProperty;
import org.wsis.roadmap.io.internal.Names.ReferenceProperty;
import org.wsis.roadmap.io.internal.Names.ResultTargetProperty;
import org.wsis.roadmap.io.internal.Names.ResultsProperty;
import org.wsis.roadmap.io.internal.Names.RoadmapProperty;
import org.wsis.roadmap.io.internal.Names.SdgLinkProperty;
import org.wsis.roadmap.io.internal.Names.SourceRangeProperty;
import org.wsis.roadmap.io.internal.Names.SubItemProperty;
import org.wsis.roadmap.io.internal.Names.TimingEntryProperty;
import org.wsis.roadmap.io.internal.Names.TimingProperty;

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
    g.writeStringField(RoadmapProperty.SCHEMA_VERSION.json(), Names.CURRENT_SCHEMA_VERSION);
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
    g.writeStringField(RoadmapProperty.ID.json(), roadmap.getId());
    g.writeStringField(RoadmapProperty.TITLE.json(), roadmap.getTitle());
    g.writeStringField(RoadmapProperty.STATUS.json(), roadmap.getStatus().name());
    if (roadmap.getAsOf().isPresent()) {
      g.writeStringField(RoadmapProperty.AS_OF.json(), roadmap.getAsOf().get().toString());
    }
    optionalText(g, RoadmapProperty.FACILITATOR.json(), roadmap.getFacilitator());
    texts(g, RoadmapProperty.INTRODUCTION.json(), roadmap.getIntroduction());
    g.writeArrayFieldStart(RoadmapProperty.MANDATE_REFERENCES.json());
    for (Reference reference : roadmap.getMandateReferences()) {
      writeReference(g, reference);
    }
    g.writeEndArray();
    g.writeArrayFieldStart(RoadmapProperty.GLOSSARY.json());
    for (GlossaryEntry entry : roadmap.getGlossary()) {
      g.writeStartObject();
      g.writeStringField(GlossaryEntryProperty.TERM.json(), entry.getTerm());
      g.writeStringField(GlossaryEntryProperty.MEANING.json(), entry.getMeaning());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (withActionLines) {
      g.writeArrayFieldStart(RoadmapProperty.ACTION_LINES.json());
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
    g.writeStringField(ActionLineProperty.ACTION_LINE.json(), line.getActionLine().getCode());
    g.writeStringField(ActionLineProperty.TITLE.json(), line.getTitle());
    texts(g, ActionLineProperty.NOTES.json(), line.getNotes());
    if (withOutcomes) {
      g.writeArrayFieldStart(ActionLineProperty.OUTCOMES.json());
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
    g.writeStringField(OutcomeProperty.ID.json(), outcome.getId().toString());
    g.writeStringField(OutcomeProperty.SECTION.json(), outcome.getSection().name());
    g.writeStringField(OutcomeProperty.LABEL.json(), outcome.getLabel());
    g.writeStringField(OutcomeProperty.STATEMENT.json(), outcome.getStatement());
    g.writeArrayFieldStart(OutcomeProperty.SUB_ITEMS.json());
    for (SubItem item : outcome.getSubItems()) {
      g.writeStartObject();
      g.writeStringField(SubItemProperty.LABEL.json(), item.getLabel());
      g.writeStringField(SubItemProperty.TEXT.json(), item.getText());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (outcome.getTiming().isPresent()) {
      writeTiming(g, outcome.getTiming().get());
    }
    g.writeArrayFieldStart(OutcomeProperty.REFERENCES.json());
    for (Reference reference : outcome.getReferences()) {
      writeReference(g, reference);
    }
    g.writeEndArray();
    g.writeArrayFieldStart(OutcomeProperty.SDG_LINKS.json());
    for (SdgLink link : outcome.getSdgLinks()) {
      g.writeStartObject();
      if (link instanceof TargetLink target) {
        g.writeStringField(SdgLinkProperty.TARGET.json(), target.getTarget().toString());
      } else {
        g.writeNumberField(SdgLinkProperty.GOAL.json(), link.getGoal().getNumber());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    optionalText(g, OutcomeProperty.SDG_RAW.json(), outcome.getSdgRaw());
    optionalText(g, OutcomeProperty.SDG_NOTE.json(), outcome.getSdgNote());
    // written only when present, so that outcomes without GDC links write as before the Compact
    if (!outcome.getGdcLinks().isEmpty()) {
      g.writeArrayFieldStart(OutcomeProperty.GDC_LINKS.json());
      for (GdcObjective objective : outcome.getGdcLinks()) {
        g.writeNumber(objective.getNumber());
      }
      g.writeEndArray();
    }
    texts(g, OutcomeProperty.EVIDENCE.json(), outcome.getEvidence());
    writeResults(g, outcome.getResults());
    if (outcome.getCovidResponse().isPresent()) {
      CovidResponse covid = outcome.getCovidResponse().get();
      g.writeObjectFieldStart(OutcomeProperty.COVID_RESPONSE.json());
      texts(g, CovidResponseProperty.DOCUMENTS.json(), covid.getDocuments());
      texts(g, CovidResponseProperty.INITIATIVES.json(), covid.getInitiatives());
      texts(g, CovidResponseProperty.TEXT.json(), covid.getText());
      g.writeEndObject();
    }
    source(g, outcome.getSource());
    extensions(g, outcome.getExtensions(), Names.OUTCOME, "outcome " + outcome.getId());
    g.writeEndObject();
  }

  private static void writeTiming(JsonGenerator g, Timing timing) throws IOException {
    g.writeObjectFieldStart(OutcomeProperty.TIMING.json());
    g.writeStringField(TimingProperty.RAW.json(), timing.getRaw());
    g.writeArrayFieldStart(TimingProperty.ENTRIES.json());
    for (TimingEntry entry : timing.getEntries()) {
      g.writeStartObject();
      g.writeStringField(TimingEntryProperty.RAW.json(), entry.getRaw());
      g.writeStringField(TimingEntryProperty.KIND.json(), entry.getKind().name());
      optionalInt(g, TimingEntryProperty.FROM.json(), entry.getFrom());
      optionalInt(g, TimingEntryProperty.TO.json(), entry.getTo());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeResults(JsonGenerator g, Results results) throws IOException {
    g.writeObjectFieldStart(OutcomeProperty.RESULTS.json());
    texts(g, ResultsProperty.EXPECTED.json(), results.getExpected());
    texts(g, ResultsProperty.ACTIVITIES.json(), results.getActivities());
    g.writeArrayFieldStart(ResultsProperty.ACHIEVEMENTS.json());
    for (Achievement achievement : results.getAchievements()) {
      g.writeStartObject();
      g.writeStringField(AchievementProperty.TEXT.json(), achievement.getText());
      if (achievement.getMetric().isPresent()) {
        writeMetric(g, achievement.getMetric().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart(ResultsProperty.TARGETS.json());
    for (ResultTarget target : results.getTargets()) {
      g.writeStartObject();
      g.writeStringField(ResultTargetProperty.TEXT.json(), target.getText());
      if (target.getMetric().isPresent()) {
        writeMetric(g, target.getMetric().get());
      }
      optionalInt(g, ResultTargetProperty.BY_YEAR.json(), target.getByYear());
      g.writeEndObject();
    }
    g.writeEndArray();
    texts(g, ResultsProperty.TEXT.json(), results.getText());
    g.writeEndObject();
  }

  private static void writeMetric(JsonGenerator g, Metric metric) throws IOException {
    g.writeObjectFieldStart(AchievementProperty.METRIC.json()); // a result target's too
    g.writeStringField(MetricProperty.RAW.json(), metric.getRaw());
    g.writeStringField(MetricProperty.COMPARATOR.json(), metric.getComparator().name());
    g.writeFieldName(MetricProperty.VALUE.json());
    g.writeNumber(metric.getValue().toPlainString());
    g.writeStringField(MetricProperty.UNIT.json(), metric.getUnit());
    optionalInt(g, MetricProperty.AS_OF_YEAR.json(), metric.getAsOfYear());
    g.writeEndObject();
  }

  private static void writeReference(JsonGenerator g, Reference reference) throws IOException {
    g.writeStartObject();
    g.writeStringField(ReferenceProperty.KIND.json(), Names.kindName(reference.getKind()));
    g.writeStringField(ReferenceProperty.RAW.json(), reference.getRaw());
    if (reference instanceof StrategicGoalRef ref) {
      g.writeNumberField(ReferenceProperty.GOAL.json(), ref.getGoal());
      optionalText(g, ReferenceProperty.TARGET.json(), ref.getTarget());
    } else if (reference instanceof ResolutionRef ref) {
      if (ref.getBody().isPresent()) {
        g.writeStringField(ReferenceProperty.BODY.json(), ref.getBody().get().name());
      }
      texts(g, ReferenceProperty.NUMBERS.json(), ref.getNumbers());
      g.writeBooleanField(ReferenceProperty.REVISED.json(), ref.isRevised());
      optionalText(g, ReferenceProperty.PLACE.json(), ref.getPlace());
      optionalInt(g, ReferenceProperty.YEAR.json(), ref.getYear());
    } else if (reference instanceof InstrumentRef ref) {
      g.writeStringField(ReferenceProperty.NAME.json(), ref.getName());
      optionalText(g, ReferenceProperty.PLACE.json(), ref.getPlace());
      optionalInt(g, ReferenceProperty.YEAR.json(), ref.getYear());
    } else if (reference instanceof DocumentRef ref) {
      optionalText(g, ReferenceProperty.ISSUER.json(), ref.getIssuer());
      texts(g, ReferenceProperty.SYMBOLS.json(), ref.getSymbols());
    }
    // a TextRef has its kind and raw text only
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, Optional<SourceRange> source) throws IOException {
    if (source.isPresent()) {
      g.writeObjectFieldStart(OutcomeProperty.SOURCE.json());
      g.writeNumberField(SourceRangeProperty.FROM_LINE.json(), source.get().getFromLine());
      g.writeNumberField(SourceRangeProperty.TO_LINE.json(), source.get().getToLine());
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
