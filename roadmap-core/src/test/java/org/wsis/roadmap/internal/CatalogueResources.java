package org.wsis.roadmap.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the reference catalogues (JSON, kept byte for byte in {@code src/test/resources/catalogue-sources/})
 * into the compact TSV resources that roadmap-core reads at run time without Jackson.
 *
 * <p>{@link CatalogueResourcesTest} renders the TSV from the JSON on every build and fails when the
 * bundled resources differ, so the two never drift. To regenerate the resources after replacing a
 * JSON source, run from the project root:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl roadmap-core -am test -Dtest=CatalogueResourcesTest -Dsurefire.failIfNoSpecifiedTests=false -Droadmap.regenerate=true
 * }</pre>
 */
final class CatalogueResources {
  /** The six UN languages, in the order the resources list them; English comes from the SDG catalogue. */
  static final List<String> LANGUAGES = List.of("ar", "zh-Hans", "en", "fr", "ru", "es");

  static final Path SOURCES = Path.of("src/test/resources/catalogue-sources");
  static final Path RESOURCES = Path.of("src/main/resources/org/wsis/roadmap/catalogue");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogueResources() {}

  /** Renders every TSV resource from the JSON sources: file name to content. */
  static Map<String, String> render(Path sources) throws IOException {
    JsonNode sdg = read(sources, "sdg-catalogue.json");
    JsonNode titles = read(sources, "sdg-titles-un-languages.json").get("languages");
    JsonNode wsis = read(sources, "wsis-action-lines.json");
    JsonNode matrix = read(sources, "wsis-sdg-matrix.json");
    Map<String, String> out = new LinkedHashMap<>();

    StringBuilder goals = header(sources, "sdg-catalogue.json + sdg-titles-un-languages.json", "goal", "language", "shortTitle", "title");
    StringBuilder targets = header(sources, "sdg-catalogue.json", "code", "kind", "text");
    StringBuilder targetTitles = header(sources, "sdg-titles-un-languages.json (English: see sdg-targets.tsv)", "code", "language", "title");
    StringBuilder indicators = header(sources, "sdg-catalogue.json", "code", "text", "sameIndicatorAs");
    for (JsonNode goal : sdg.get("goals")) {
      String number = goal.get("code").asText();
      for (String language : LANGUAGES) {
        if (language.equals("en")) {
          row(goals, number, language, goal.get("shortTitle").asText(), goal.get("title").asText());
        } else {
          JsonNode translated = titles.get(language).get("goals").get(number);
          row(goals, number, language, translated.get("short").asText(), translated.get("title").asText());
        }
      }
      for (JsonNode target : goal.get("targets")) {
        String code = target.get("code").asText();
        row(targets, code, target.get("kind").asText(), target.get("text").asText());
        for (String language : LANGUAGES) {
          if (!language.equals("en")) {
            row(targetTitles, code, language, titles.get(language).get("targets").get(code).asText());
          }
        }
        for (JsonNode indicator : target.get("indicators")) {
          row(indicators, indicator.get("code").asText(), indicator.get("text").asText(),
              strings(indicator.get("sameIndicatorAs")));
        }
      }
    }
    out.put("sdg-goals.tsv", goals.toString());
    out.put("sdg-targets.tsv", targets.toString());
    out.put("sdg-target-titles.tsv", targetTitles.toString());
    out.put("sdg-indicators.tsv", indicators.toString());

    StringBuilder lines = header(sources, "wsis-action-lines.json", "code", "title", "genevaPlanTitle", "lead", "coFacilitators", "partners", "note");
    StringBuilder subLines = header(sources, "wsis-action-lines.json", "code", "title", "lead", "coFacilitators", "note");
    Map<String, String> subLineIdByTitle = new LinkedHashMap<>();
    for (JsonNode line : wsis.get("actionLines")) {
      JsonNode f = line.get("facilitation");
      row(lines, line.get("code").asText(), line.get("title").asText(), line.get("genevaPlanTitle").asText(),
          strings(f.get("lead")), strings(f.get("coFacilitators")),
          strings(f.get("partners")), f.path("note").asText(""));
      if (line.has("subLines")) {
        for (JsonNode sub : line.get("subLines")) {
          JsonNode sf = sub.get("facilitation");
          subLineIdByTitle.put(sub.get("title").asText(), sub.get("id").asText());
          row(subLines, sub.get("id").asText(), sub.get("title").asText(),
              strings(sf.get("lead")), strings(sf.get("coFacilitators")),
              sf.path("note").asText(""));
        }
      }
    }
    out.put("wsis-action-lines.tsv", lines.toString());
    out.put("wsis-c7-sub-lines.tsv", subLines.toString());

    StringBuilder entries = header(sources, "wsis-sdg-matrix.json", "actionLine", "subLine", "goals", "targets");
    for (JsonNode entry : matrix.get("entries")) {
      String subLine = "";
      if (entry.hasNonNull("subLine")) {
        subLine = subLineIdByTitle.get(entry.get("subLine").asText());
        if (subLine == null) {
          throw new IllegalStateException("matrix sub-line not in wsis-action-lines.json: " + entry.get("subLine"));
        }
      }
      row(entries, entry.get("actionLine").asText(), subLine, strings(entry.get("goals")),
          strings(entry.get("targets")));
    }
    out.put("wsis-sdg-matrix.tsv", entries.toString());

    // sdg-iris.tsv is a TSV source already: its header becomes the column comment, its rows are kept
    List<String> iriLines = Files.readAllLines(sources.resolve("sdg-iris.tsv"), StandardCharsets.UTF_8);
    StringBuilder iris = header(sources, "sdg-iris.tsv", iriLines.get(0).split("\t", -1));
    for (String line : iriLines.subList(1, iriLines.size())) {
      if (!line.isEmpty()) {
        row(iris, (Object[]) line.split("\t", -1));
      }
    }
    out.put("sdg-iris.tsv", iris.toString());

    JsonNode gdc = read(sources, "gdc-objectives.json");
    StringBuilder objectives = header(sources, "gdc-objectives.json", "number", "title", "source");
    for (JsonNode objective : gdc.get("objectives")) {
      row(objectives, objective.get("number").asText(), objective.get("title").asText(), gdc.get("source").asText());
    }
    out.put("gdc-objectives.tsv", objectives.toString());
    return out;
  }

  /** Writes the rendered resources into {@code src/main/resources}. */
  static void write(Map<String, String> rendered) throws IOException {
    Files.createDirectories(RESOURCES);
    for (Map.Entry<String, String> e : rendered.entrySet()) {
      Files.writeString(RESOURCES.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  static JsonNode read(Path sources, String name) throws IOException {
    return MAPPER.readTree(Files.readAllBytes(sources.resolve(name)));
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StringBuilder header(Path sources, String from, String... columns) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Generated from ").append(from);
    for (String name : from.replace("(English: see sdg-targets.tsv)", "").split("\\s*\\+\\s*")) {
      String file = name.strip();
      out.append(" [").append(file).append(" sha256 ").append(sha256(sources.resolve(file))).append(']');
    }
    out.append(" by CatalogueResources (roadmap-core tests); do not edit by hand. See PROVENANCE.md.\n");
    out.append("# ").append(String.join("\t", columns)).append('\n');
    return out;
  }

  /** Appends a record: a {@code String} cell is escaped text, a {@code List} cell a list. */
  private static void row(StringBuilder out, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      if (cells[i] instanceof List) {
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) cells[i];
        out.append(Tsv.list(items));
      } else {
        out.append(Tsv.escape((String) cells[i]));
      }
    }
    out.append('\n');
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      for (JsonNode value : array) {
        values.add(value.asText());
      }
    }
    return values;
  }
}
