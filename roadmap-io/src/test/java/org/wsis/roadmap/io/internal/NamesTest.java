package org.wsis.roadmap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.internal.Names.Property;

/** The property enums of {@link Names} against the model: its getters, its {@code @JsonPropertyOrder}, and what the writer writes. */
final class NamesTest {
  /** Each property enum and the model type it describes. */
  private static final Map<Class<? extends Enum<?>>, Class<?>> MODEL = new LinkedHashMap<>();

  static {
    MODEL.put(Names.RoadmapProperty.class, Roadmap.class);
    MODEL.put(Names.ActionLineProperty.class, ActionLineRoadmap.class);
    MODEL.put(Names.OutcomeProperty.class, Outcome.class);
    MODEL.put(Names.SubItemProperty.class, SubItem.class);
    MODEL.put(Names.GlossaryEntryProperty.class, GlossaryEntry.class);
    MODEL.put(Names.TimingProperty.class, Timing.class);
    MODEL.put(Names.TimingEntryProperty.class, TimingEntry.class);
    MODEL.put(Names.ResultsProperty.class, Results.class);
    MODEL.put(Names.AchievementProperty.class, Achievement.class);
    MODEL.put(Names.ResultTargetProperty.class, ResultTarget.class);
    MODEL.put(Names.MetricProperty.class, Metric.class);
    MODEL.put(Names.CovidResponseProperty.class, CovidResponse.class);
    MODEL.put(Names.SourceRangeProperty.class, SourceRange.class);
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      if (!((Property) constant).json().equals(Names.SCHEMA_VERSION)) {
        names.add(((Property) constant).json());
      }
    }
    return names;
  }

  /**
   * The JSON names of the model's attributes: the public getters the type declares (abstract ones, and
   * those with a default value), but for those Jackson ignores and the extensions.
   */
  private static Set<String> attributes(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getDeclaredMethods()) {
      String name = method.getName();
      boolean getter = method.getParameterCount() == 0 && (name.startsWith("get") && name.length() > 3
          || name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class);
      if (getter && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
          && !method.isAnnotationPresent(JsonIgnore.class)
          && !name.equals("getExtensions")) {
        String bare = name.substring(name.startsWith("get") ? 3 : 2);
        names.add(Character.toLowerCase(bare.charAt(0)) + bare.substring(1));
      }
    }
    return names;
  }

  @Test
  void everyEnum_equalsTheModelsPropertyOrderAndAttributes() {
    MODEL.forEach((properties, model) -> {
      assertThat(names(properties)).as(properties.getSimpleName())
          .containsExactly(model.getAnnotation(JsonPropertyOrder.class).value());
      assertThat(new TreeSet<>(names(properties))).as(properties.getSimpleName() + " against the getters of " + model)
          .isEqualTo(attributes(model));
    });
  }

  @Test
  void referenceKinds_equalEachKindsPropertyOrder() {
    Map<String, Class<?>> kinds = Map.of("strategicGoal", StrategicGoalRef.class, "resolution", ResolutionRef.class,
        "instrument", InstrumentRef.class, "document", DocumentRef.class, "text", TextRef.class);
    assertThat(Names.REFERENCE_KINDS.keySet()).isEqualTo(kinds.keySet());
    kinds.forEach((kind, type) -> assertThat(Names.json(Names.REFERENCE_KINDS.get(kind))).as(kind)
        .containsExactly(type.getAnnotation(JsonPropertyOrder.class).value()));
  }

  @Test
  void attributes_aGetterMissingFromTheEnum_isFound() {
    // the check itself: SubItem has two attributes, and a list without one of them differs
    assertThat(attributes(SubItem.class)).containsExactly("label", "text");
    assertThat(new TreeSet<>(List.of("label"))).isNotEqualTo(attributes(SubItem.class));
  }

  @Test
  void writer_bundledRoadmaps_writesEveryObjectsPropertiesInEnumOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(RoadmapJson.toString(WsisRoadmaps.edition2024()));
    List<String> rootNames = new ArrayList<>();
    root.fieldNames().forEachRemaining(rootNames::add);
    List<String> expected = new ArrayList<>();
    Arrays.stream(Names.RoadmapProperty.values()).map(Property::json).filter(rootNames::contains).forEach(expected::add);

    assertThat(rootNames).containsExactlyElementsOf(expected);
    JsonNode outcome = root.get("actionLines").get(0).get("outcomes").get(0);
    List<String> outcomeNames = new ArrayList<>();
    outcome.fieldNames().forEachRemaining(outcomeNames::add);
    assertThat(outcomeNames).containsExactlyElementsOf(
        Arrays.stream(Names.OutcomeProperty.values()).map(Property::json).filter(outcomeNames::contains).toList());
    assertThat(outcomeNames).contains("id", "section", "label", "statement", "subItems", "references", "sdgLinks",
        "evidence", "results");
  }
}
