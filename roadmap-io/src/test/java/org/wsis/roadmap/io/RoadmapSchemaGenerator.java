package org.wsis.roadmap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.wsis.roadmap.io.internal.Factories;

/**
 * Generates the JSON Schema (draft 2020-12) of the canonical JSON from the model with victools
 * jsonschema-generator. {@code RoadmapSchemaTest} checks that the committed schema equals a fresh
 * generation; run {@link #main} to regenerate it after a model change.
 */
final class RoadmapSchemaGenerator {
  /** Where the schema is committed, relative to the roadmap-io module; it ships in the jar from there. */
  static final Path COMMITTED = Path.of("src/main/resources" + RoadmapJson.SCHEMA_RESOURCE);

  private RoadmapSchemaGenerator() {}

  static String generate() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON);
    config.forTypesInGeneral().withCustomDefinitionProvider(RoadmapSchemaGenerator::codeDefinition);
    config.with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
        .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.FLATTENED_OPTIONALS,
            Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.PLAIN_DEFINITION_KEYS, Option.STANDARD_FORMATS)
        .without(Option.NONSTATIC_NONVOID_NONGETTER_METHODS);
    config.forTypesInGeneral().withSubtypeResolver((declared, context) -> {
      Class<?> type = declared.getErasedType();
      if (!type.getPackageName().equals("org.wsis.roadmap") || !Modifier.isAbstract(type.getModifiers())) {
        return null;
      }
      try {
        Class<?> generated = Class.forName("org.wsis.roadmap.Immutable" + type.getSimpleName());
        return List.of(context.getTypeContext().resolve(generated));
      } catch (ClassNotFoundException e) {
        return null;
      }
    });
    config.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(
        (MemberScope<?, ?> member) -> order(member.getDeclaringType().getErasedType(), member.getSchemaPropertyName())));
    config.forFields().withRequiredCheck(field -> field.findGetter() != null
        && isRequired(field.getDeclaringType().getErasedType(), field.findGetter().getRawMember().getName()));
    ObjectNode schema;
    try {
      schema = new SchemaGenerator(config.build()).generateSchema(Class.forName("org.wsis.roadmap.ImmutableRoadmap"));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    if (Boolean.getBoolean("roadmap.schema.debug")) {
      System.out.println(schema.toPrettyString());
    }
    tidy(schema);
    agreeWithStrictReaders(schema);
    ObjectNode root = schema.objectNode();
    root.put("$schema", schema.get("$schema").asText());
    root.put("title", "WSIS Action Lines Roadmaps, canonical JSON " + RoadmapJson.SCHEMA_VERSION);
    root.put("description", "A roadmap edition as written by org.wsis.roadmap.io.RoadmapJson; generated from the model.");
    ObjectNode properties = root.putObject("properties");
    properties.putObject("schemaVersion").put("type", "string").put("pattern", "^1\\.[0-9]{1,4}$");
    schema.get("properties").properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
    ArrayNode required = root.putArray("required").add("schemaVersion");
    schema.get("required").forEach(required::add);
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!root.has(entry.getKey())) {
        root.set(entry.getKey(), entry.getValue());
      }
    }
    root.remove("patternProperties");
    root.set("patternProperties", EXTENSIONS.deepCopy());
    root.set("additionalProperties", root.remove("additionalProperties"));
    return RoadmapJson.class.getName().isEmpty() ? "" : toCanonicalText(root);
  }

  /** Extensions: properties whose names start with {@code x-}, of any value. */
  private static final ObjectNode EXTENSIONS = extensions();

  private static ObjectNode extensions() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.putObject("^x-");
    return node;
  }

  /**
   * The properties the strict readers read as absent when their value is {@code null}: the optional
   * values of the model (see {@code ModelReader}), by definition name; the roadmap's are under {@code ""}.
   */
  private static final Map<String, List<String>> NULLABLE = Map.ofEntries(
      Map.entry("", List.of("asOf", "facilitator")),
      Map.entry("ActionLineRoadmap", List.of("source")),
      Map.entry("Outcome", List.of("timing", "sdgRaw", "sdgNote", "covidResponse", "source", "results")),
      Map.entry("TimingEntry", List.of("from", "to")),
      Map.entry("StrategicGoalRef", List.of("target")),
      Map.entry("ResolutionRef", List.of("body", "place", "year")),
      Map.entry("InstrumentRef", List.of("place", "year")),
      Map.entry("DocumentRef", List.of("issuer")),
      Map.entry("Achievement", List.of("metric")),
      Map.entry("ResultTarget", List.of("metric", "byYear")),
      Map.entry("Metric", List.of("asOfYear")));

  /**
   * Makes the schema accept exactly what the strict readers accept, as far as JSON Schema can say it:
   * extensions ({@code x-…}) on roadmaps, action lines and outcomes; SDG targets of the UN catalogue
   * only; whole numbers that fit the model's {@code int}; source lines from 1; {@code null} for an
   * optional value, which the readers read as absent. What JSON Schema cannot say is listed in
   * {@code SchemaAgreesWithStrictReadersTest}.
   */
  private static void agreeWithStrictReaders(ObjectNode schema) {
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    for (String name : List.of("ActionLineRoadmap", "Outcome")) {
      ObjectNode def = (ObjectNode) defs.get(name);
      def.set("patternProperties", EXTENSIONS.deepCopy());
      def.set("additionalProperties", def.remove("additionalProperties"));
    }
    ObjectNode target = (ObjectNode) defs.get("SdgTarget");
    target.remove("pattern");
    ArrayNode codes = target.putArray("enum");
    org.wsis.roadmap.SdgCatalogue.targets().forEach(t -> codes.add(t.toString()));
    // the readers also take a target's UN IRI, in http and https form
    for (String scheme : List.of("http", "https")) {
      org.wsis.roadmap.SdgCatalogue.targets().forEach(t -> codes.add(t.getIri().orElseThrow().toString()
          .replaceFirst("^http", scheme)));
    }
    wholeNumbersFitInt(schema);
    ObjectNode asOf = (ObjectNode) schema.get("properties").get("asOf");
    asOf.put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
    listsAreOptional(schema);
    ObjectNode range = (ObjectNode) defs.get("SourceRange").get("properties");
    ((ObjectNode) range.get("fromLine")).put("minimum", 1);
    ((ObjectNode) range.get("toLine")).put("minimum", 1);
    NULLABLE.forEach((name, properties) -> {
      ObjectNode owner = (ObjectNode) (name.isEmpty() ? schema : defs.get(name)).get("properties");
      for (String property : properties) {
        JsonNode value = owner.get(property);
        if (value == null) {
          throw new IllegalStateException(name + " has no property " + property);
        }
        ObjectNode nullable = owner.objectNode();
        nullable.putArray("anyOf").add(value).add(owner.objectNode().put("type", "null"));
        owner.set(property, nullable);
      }
    });
  }

  /** Lists are not required: the readers read a missing list as an empty one (the writers write every list). */
  private static void listsAreOptional(JsonNode node) {
    if (node.isObject() && node.has("properties") && node.has("required")) {
      ArrayNode required = (ArrayNode) node.get("required");
      for (int i = required.size() - 1; i >= 0; i--) {
        JsonNode property = node.get("properties").get(required.get(i).asText());
        if (property != null && property.path("type").asText().equals("array")) {
          required.remove(i);
        }
      }
    }
    node.elements().forEachRemaining(RoadmapSchemaGenerator::listsAreOptional);
  }

  /** Gives every {@code "type": "integer"} without bounds the bounds of a Java {@code int}, as the readers read them. */
  private static void wholeNumbersFitInt(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.path("type").asText().equals("integer") && !object.has("minimum") && !object.has("maximum")) {
        object.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
      }
    }
    node.elements().forEachRemaining(RoadmapSchemaGenerator::wholeNumbersFitInt);
  }

  /**
   * Makes the generated definitions plain: inlines the definitions that only point to another one,
   * merges each reference kind's {@code "kind"} property into its definition (so that
   * {@code additionalProperties: false} holds the whole object), drops unused definitions and names
   * each definition after the model type.
   */
  private static void tidy(ObjectNode schema) {
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = defs.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> def = it.next();
        JsonNode node = def.getValue();
        if (node.has("$ref") && node.size() == 1) {
          replaceRefs(schema, "#/$defs/" + def.getKey(), node.get("$ref").asText());
          it.remove();
          changed = true;
          break;
        }
        if (node.has("$ref") && node.has("properties")) {
          ObjectNode target = (ObjectNode) resolve(defs, node.get("$ref").asText());
          ObjectNode merged = schema.objectNode();
          merged.put("type", "object");
          ObjectNode properties = merged.putObject("properties");
          properties.setAll((ObjectNode) node.get("properties"));
          properties.setAll((ObjectNode) target.get("properties"));
          ArrayNode required = merged.putArray("required");
          node.get("required").forEach(required::add);
          target.get("required").forEach(required::add);
          merged.put("additionalProperties", false);
          defs.set(def.getKey(), merged);
          changed = true;
          break;
        }
      }
    }
    java.util.Set<String> used = new java.util.TreeSet<>();
    collectRefs(schema, used);
    defs.retain(used.stream().map(ref -> ref.substring("#/$defs/".length())).collect(java.util.stream.Collectors.toList()));
    for (String name : new java.util.ArrayList<String>(iterable(defs.fieldNames()))) {
      String plain = name.replaceFirst("^Immutable", "").replaceFirst("-[0-9]+$", "");
      if (!plain.equals(name) && !defs.has(plain)) {
        defs.set(plain, defs.get(name));
        defs.remove(name);
        replaceRefs(schema, "#/$defs/" + name, "#/$defs/" + plain);
      }
    }
    ObjectNode sorted = schema.objectNode();
    new java.util.TreeSet<String>(iterable(defs.fieldNames())).forEach(name -> sorted.set(name, defs.get(name)));
    schema.set("$defs", sorted);
  }

  private static <T> List<T> iterable(Iterator<T> it) {
    List<T> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }

  private static JsonNode resolve(ObjectNode defs, String ref) {
    JsonNode node = defs.get(ref.substring("#/$defs/".length()));
    while (node.has("$ref") && !node.has("properties")) {
      node = defs.get(node.get("$ref").asText().substring("#/$defs/".length()));
    }
    return node;
  }

  private static void replaceRefs(JsonNode node, String from, String to) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.has("$ref") && object.get("$ref").asText().equals(from)) {
        object.put("$ref", to);
      }
      object.elements().forEachRemaining(child -> replaceRefs(child, from, to));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> replaceRefs(child, from, to));
    }
  }

  private static void collectRefs(JsonNode node, java.util.Set<String> refs) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        refs.add(node.get("$ref").asText());
      }
    }
    node.elements().forEachRemaining(child -> collectRefs(child, refs));
  }

  /** The definitions of the typed codes, written as strings or numbers. */
  private static CustomDefinition codeDefinition(com.fasterxml.classmate.ResolvedType type,
    com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
    ObjectNode node = context.getGeneratorConfig().createObjectNode();
    Class<?> erased = type.getErasedType();
    if (erased == OutcomeId.class) {
      node.put("type", "string").put("pattern", "^C([1-9]|1[01])\\.(GT|W10)\\.[A-Za-z0-9]{1,12}$");
    } else if (erased == SdgTarget.class) {
      node.put("type", "string").put("pattern", "^([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])$");
    } else if (erased == SdgGoal.class) {
      // a number, or the goal's UN IRI in http or https form
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.addObject().put("type", "integer").put("minimum", 1).put("maximum", 17);
      ArrayNode iris = anyOf.addObject().put("type", "string").putArray("enum");
      for (String scheme : List.of("http", "https")) {
        for (SdgGoal goal : SdgGoal.values()) {
          iris.add(goal.getIri().toString().replaceFirst("^http", scheme));
        }
      }
    } else if (erased == GdcObjective.class) {
      // the reader's domain: an objective the Compact lacks (6) is read, and validation reports it
      node.put("type", "integer").put("minimum", 1).put("maximum", GdcObjective.MAX_NUMBER);
    } else {
      return null;
    }
    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
  }

  /** The model type a generated class implements: its abstract superclass or its interface. */
  private static Class<?> modelType(Class<?> generated) {
    if (!generated.getSimpleName().startsWith("Immutable")) {
      return generated;
    }
    Class<?> superclass = generated.getSuperclass();
    if (superclass != null && superclass != Object.class) {
      return superclass;
    }
    return generated.getInterfaces()[0];
  }

  /** Required: the model's accessor is abstract (no default value) and returns no Optional. */
  private static boolean isRequired(Class<?> generated, String getter) {
    try {
      Method accessor = modelType(generated).getMethod(getter);
      return Modifier.isAbstract(accessor.getModifiers()) && accessor.getReturnType() != Optional.class;
    } catch (NoSuchMethodException e) {
      return true;
    }
  }

  /** The position of a property in the model's {@code @JsonPropertyOrder}. */
  private static int order(Class<?> generated, String property) {
    JsonPropertyOrder order = modelType(generated).getAnnotation(JsonPropertyOrder.class);
    int index = order == null ? -1 : Arrays.asList(order.value()).indexOf(property);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static String toCanonicalText(JsonNode node) {
    try {
      java.io.StringWriter out = new java.io.StringWriter();
      try (com.fasterxml.jackson.core.JsonGenerator g = Factories.json().createGenerator(out)) {
        g.setPrettyPrinter(Factories.prettyPrinter());
        new ObjectMapper().writeTree(g, node);
        g.writeRaw('\n');
      }
      return out.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes a fresh schema over the committed one.
   *
   * @param args unused
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(COMMITTED, generate(), StandardCharsets.UTF_8);
  }
}
