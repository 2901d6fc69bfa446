package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsis.roadmap.RoadmapException;

/**
 * The shipped JSON Schema accepts exactly what the strict readers accept, as far as JSON Schema can
 * say it: every JSON and YAML file of the hostile corpus is judged by both, and the verdicts must
 * agree except for the files listed in {@link #READER_ONLY}, each with what the schema cannot express.
 */
final class SchemaAgreesWithStrictReadersTest {
  private static final String CORPUS = "/org/wsis/roadmap/io/corpus/";

  /** JSON Schema judges data, in which a key appears once; the readers refuse a repeated key in the text. */
  static final String DUPLICATE_KEY = "a duplicate key (the data model of JSON Schema has none)";

  /** The readers' limits (ReadLimits) on text length and on the written length of numbers. */
  static final String LIMIT = "a read limit (ReadLimits: string length, digits of a number written out)";

  /** Tags, aliases and further documents are YAML text, gone once the YAML is data for the schema. */
  static final String YAML_ONLY = "YAML text the readers refuse (a tag, an alias, a second document), not data";

  /** Files the strict reader refuses while the schema accepts their data, and why JSON Schema cannot refuse them. */
  static final Map<String, String> READER_ONLY = Map.ofEntries(
      Map.entry("json/value-42.json", DUPLICATE_KEY),
      Map.entry("json/value-43.json", DUPLICATE_KEY),
      Map.entry("json/value-44.json", DUPLICATE_KEY),
      Map.entry("yaml/value-12.yaml", DUPLICATE_KEY),
      Map.entry("json/huge-string.json", LIMIT),
      Map.entry("yaml/huge-string.yaml", LIMIT),
      Map.entry("json/value-30.json", LIMIT),
      Map.entry("yaml/value-04.yaml", YAML_ONLY),
      Map.entry("yaml/value-19.yaml", YAML_ONLY),
      Map.entry("yaml/scalar-aliases.yaml", YAML_ONLY),
      Map.entry("yaml/two-documents.yaml", YAML_ONLY));

  /** Files the schema refuses while the strict reader accepts them, and why. */
  static final Map<String, String> SCHEMA_ONLY = Map.ofEntries();

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Reads an empty plain value ({@code metric:}) as {@code ""}, as the library's YAML reader does. */
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .disable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static Path corpus() throws URISyntaxException {
    return Paths.get(SchemaAgreesWithStrictReadersTest.class.getResource(CORPUS + HostileCorpus.README).toURI()).getParent();
  }

  /** The reader's verdict: true when the strict reader reads the file. */
  private static boolean reader(String format, byte[] bytes) {
    try {
      if (format.equals("json")) {
        RoadmapJson.read(new java.io.ByteArrayInputStream(bytes));
      } else {
        RoadmapYaml.read(new java.io.ByteArrayInputStream(bytes));
      }
      return true;
    } catch (RoadmapException e) {
      return false;
    }
  }

  /** The schema's verdict: true when the file is JSON (or YAML) data that the schema accepts. */
  static boolean schema(String format, byte[] bytes) {
    JsonNode tree;
    try {
      tree = (format.equals("json") ? JSON : YAML).readTree(bytes);
    } catch (IOException | RuntimeException e) {
      return false;
    }
    if (tree == null || tree.isMissingNode()) {
      return false;
    }
    try {
      return SchemaValidationPropertiesTest.validate(tree.toString()).isEmpty();
    } catch (RuntimeException e) {
      // The validator's own parser refuses data nested deeper than 500 levels: no schema can accept it.
      return false;
    }
  }

  @Test
  void corpus_everyJsonAndYamlFile_sameVerdictAsTheStrictReaderOrAListedReason() throws Exception {
    Map<String, String> disagreements = new TreeMap<>();
    Path dir = corpus();
    for (String format : new String[] {"json", "yaml"}) {
      try (Stream<Path> files = Files.list(dir.resolve(format))) {
        for (Path file : files.sorted().collect(Collectors.toList())) {
          byte[] bytes = Files.readAllBytes(file);
          boolean reader = reader(format, bytes);
          boolean schema = schema(format, bytes);
          if (reader != schema) {
            disagreements.put(format + "/" + file.getFileName(), reader ? "SCHEMA_ONLY" : "READER_ONLY");
          }
        }
      }
    }
    Map<String, String> expected = new TreeMap<>();
    READER_ONLY.keySet().forEach(f -> expected.put(f, "READER_ONLY"));
    SCHEMA_ONLY.keySet().forEach(f -> expected.put(f, "SCHEMA_ONLY"));
    assertThat(disagreements).isEqualTo(expected);
  }

  private static String edited(String edit) {
    String[] parts = edit.split(" -> ", 2);
    String base = RoadmapJson.toString(SampleRoadmaps.small());
    assertThat(base).contains(parts[0]);
    return base.replaceFirst(java.util.regex.Pattern.quote(parts[0]), java.util.regex.Matcher.quoteReplacement(parts[1]));
  }

  /** Edits of the sample document that both the schema and the strict reader accept. */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"facilitator\": \"ITU\" -> \"facilitator\": null",
    "\"asOf\": \"2024-10-11\" -> \"asOf\": null",
    "\"from\": 2019 -> \"from\": null",
    "\"status\": \"DRAFT\", -> \"status\": \"DRAFT\", \"x-unagency\": {\"name\": \"ITU\"},",
    "\"label\": \"A\", -> \"label\": \"A\", \"x-priority\": 3,",
    "\"notes\": [ -> \"x-colour\": \"blue\", \"notes\": [",
    "\"introduction\": [ -> \"x-introduction\": [",
    "\"fromLine\": 120 -> \"fromLine\": 1",
    "\"goal\": 1, -> \"goal\": 2147483647,"
  })
  void edit_acceptedByBoth(String edit) {
    String json = edited(edit);
    assertThat(SchemaValidationPropertiesTest.validate(json)).as("schema on %s", edit).isEmpty();
    assertThat(RoadmapJson.read(json)).as("strict reader on %s", edit).isNotNull();
  }

  /** Edits of the sample document that both the schema and the strict reader refuse. */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"target\": \"9.c\" -> \"target\": \"9.z\"",
    "\"target\": \"9.c\" -> \"target\": \" 9.c\"",
    "\"fromLine\": 120 -> \"fromLine\": -1",
    "\"fromLine\": 120 -> \"fromLine\": 0",
    "\"actionLine\": \"C5\" -> \"actionLine\": \"c5\"",
    "\"id\": \"C5.GT.A\" -> \"id\": \"C5.GENEVA_TUNIS.A\"",
    "\"status\": \"DRAFT\", -> \"status\": \"DRAFT\", \"unagency\": 1,",
    "\"label\": \"A\", -> \"label\": \"A\", \"priority\": 3,",
    "\"raw\": \"2020-2025\", -> \"raw\": \"2020-2025\", \"x-note\": 1,",
    "\"goal\": 1, -> \"goal\": 2147483648,",
    "\"asOf\": \"2024-10-11\" -> \"asOf\": \"2024-13-01\"",
    "\"title\": \"Sample roadmap C5\" -> \"title\": null",
    "\"revised\": false -> \"revised\": null"
  })
  void edit_refusedByBoth(String edit) {
    String json = edited(edit);
    assertThat(SchemaValidationPropertiesTest.validate(json)).as("schema on %s", edit).isNotEmpty();
    assertThatThrownBy(() -> RoadmapJson.read(json)).as("strict reader on %s", edit).isInstanceOf(RoadmapReadException.class);
  }

  /**
   * What JSON Schema cannot say, besides duplicate keys, limits and YAML text: a date that does not exist,
   * a source range that ends before it starts, and a {@code null} property that the reference's kind
   * does not have (the reader reads any {@code null} optional value as absent). Each is asserted, so
   * that a change on either side shows up here.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"asOf\": \"2024-10-11\" -> \"asOf\": \"2024-02-30\"",
    "\"toLine\": 134 -> \"toLine\": 119",
    "\"revised\": false -> \"revised\": false, \"issuer\": null"
  })
  void edit_beyondJsonSchema_verdictsDifferAsDocumented(String edit) {
    String json = edited(edit);
    boolean schema = SchemaValidationPropertiesTest.validate(json).isEmpty();
    boolean reader;
    try {
      RoadmapJson.read(json);
      reader = true;
    } catch (RoadmapReadException e) {
      reader = false;
    }
    assertThat(schema).as("schema on %s", edit).isNotEqualTo(reader);
  }
}
