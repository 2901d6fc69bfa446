package org.wsis.roadmap.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapJsonLd;
import org.wsis.roadmap.io.RoadmapJsonLines;
import org.wsis.roadmap.io.RoadmapYaml;

/**
 * The file formats the command reads and writes, with the file name extensions that select them.
 *
 * <pre>{@code
 * RoadmapFormat format = RoadmapFormat.ofPath(Path.of("draft.yaml")).orElseThrow(); // YAML
 * byte[] bytes = format.toBytes(roadmap);
 * }</pre>
 */
public enum RoadmapFormat {
  /** Canonical JSON ({@code .json}). */
  JSON("json", List.of("json")),
  /** YAML ({@code .yaml}, {@code .yml}). */
  YAML("yaml", List.of("yaml", "yml")),
  /**
   * The flat CSV table, one row per outcome ({@code .csv}). It carries ids, statements, timing, SDG
   * links and references, but only the counts of evidence and results: a roadmap read from it has
   * none of the fields {@link org.wsis.roadmap.io.RoadmapCsv#FIELDS_NOT_KEPT} lists.
   */
  CSV("csv", List.of("csv")),
  /** JSON Lines: a header line, then one outcome per line ({@code .jsonl}, {@code .ndjson}). */
  JSON_LINES("jsonl", List.of("jsonl", "ndjson")),
  /** JSON-LD 1.1 ({@code .jsonld}), written only: see {@link RoadmapJsonLd}. */
  JSON_LD("jsonld", List.of("jsonld"));

  private final String name;
  private final List<String> extensions;

  RoadmapFormat(String name, List<String> extensions) {
    this.name = name;
    this.extensions = extensions;
  }

  /**
   * Returns the name used on the command line.
   *
   * @return such as {@code "json"}
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the file name extensions of this format, without the dot.
   *
   * @return such as {@code ["yaml", "yml"]}
   */
  public List<String> getExtensions() {
    return extensions;
  }

  /**
   * Finds a format by its command-line name or one of its extensions, in any case.
   *
   * @param name such as {@code "yaml"} or {@code "yml"}
   * @return the format, or empty when no format has that name
   */
  public static Optional<RoadmapFormat> ofName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.name.equals(lower) || f.extensions.contains(lower)).findFirst();
  }

  /**
   * Finds the format of a file from its name's extension.
   *
   * @param path such as {@code draft.yaml}
   * @return the format, or empty when the extension is not one of a format
   */
  public static Optional<RoadmapFormat> ofPath(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String fileName = name.toString();
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : ofName(fileName.substring(dot + 1));
  }

  /**
   * Lists the names of all formats, for messages.
   *
   * @return such as {@code "json, yaml, csv, jsonl"}
   */
  public static String names() {
    return Arrays.stream(values()).map(RoadmapFormat::getName).collect(Collectors.joining(", "));
  }

  /**
   * Reads a roadmap from a file strictly.
   *
   * @param path the file
   * @return the roadmap
   * @throws org.wsis.roadmap.io.RoadmapReadException when the file is not a valid roadmap in this format
   * @throws org.wsis.roadmap.RoadmapIoException when the file cannot be read
   */
  public Roadmap read(Path path) {
    switch (this) {
      case JSON:
        return RoadmapJson.read(path);
      case YAML:
        return RoadmapYaml.read(path);
      case CSV:
        return CsvRoadmaps.fromRows(path, RoadmapCsv.readOutcomes(path));
      case JSON_LINES:
        return RoadmapJsonLines.read(path);
      case JSON_LD:
        throw new BadInputException(path, "", "reading JSON-LD is not supported; read the canonical JSON instead");
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Writes a roadmap in this format.
   *
   * @param roadmap the roadmap
   * @return the bytes, UTF-8
   */
  public byte[] toBytes(Roadmap roadmap) {
    switch (this) {
      case JSON:
        return RoadmapJson.toBytes(roadmap);
      case YAML:
        return RoadmapYaml.toBytes(roadmap);
      case CSV:
        return RoadmapCsv.toOutcomesString(roadmap).getBytes(StandardCharsets.UTF_8);
      case JSON_LINES:
        return RoadmapJsonLines.toBytes(roadmap);
      case JSON_LD:
        return RoadmapJsonLd.toString(roadmap).getBytes(StandardCharsets.UTF_8);
      default:
        throw new AssertionError(this);
    }
  }
}
