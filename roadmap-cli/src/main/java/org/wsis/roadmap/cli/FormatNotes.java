package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.RoadmapFormat;

/**
 * The formats on the command line: their names for messages, and the notes printed when a format
 * that does not keep everything is read or written. The formats themselves are {@link RoadmapFormat}'s.
 */
final class FormatNotes {
  private FormatNotes() {}

  /** An optional module that provides formats: its Maven artifact, its Java module, what it brings along. */
  record OptionalModule(String artifact, String module, String library, List<String> formats) {}

  /** The optional modules of this project that provide formats, and their formats' ids (also their extensions). */
  static final List<OptionalModule> OPTIONAL_MODULES = List.of(
      new OptionalModule("roadmap-office", "org.wsis.roadmap.office", "Apache POI", List.of("xlsx", "docx")),
      new OptionalModule("roadmap-rdf", "org.wsis.roadmap.rdf", "Eclipse RDF4J", List.of("ttl", "nt")));

  /**
   * Finds the optional module that provides a format by id or extension.
   *
   * @param name such as {@code "xlsx"} or {@code ".ttl"}
   * @return the module, or empty when no optional module provides that format
   */
  static Optional<OptionalModule> optionalModuleOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String key = lower.startsWith(".") ? lower.substring(1) : lower;
    return OPTIONAL_MODULES.stream().filter(m -> m.formats().contains(key)).findFirst();
  }

  /**
   * Returns the message for a format whose optional module is not installed.
   *
   * @param name the format's id or extension, as given
   * @return the message, or empty when the format is available or unknown
   */
  static Optional<String> missing(String name) {
    if (find(name).isPresent()) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String id = lower.startsWith(".") ? lower.substring(1) : lower;
    return optionalModuleOf(id).map(m -> "the " + id + " format needs the optional module " + m.artifact()
        + " (" + m.module() + ") and " + m.library() + ", which are not installed with this roadmap.jar: run the"
        + " distribution's bin/roadmap, which finds them in lib/optional/ next to lib/roadmap.jar, or put "
        + m.artifact() + " and its dependencies on the class path ('roadmap formats' lists what is installed)");
  }

  /**
   * Lists every format: those {@link RoadmapFormat#all()} finds (the built-in ones and those on the
   * class path), then those of the optional modules next to the jar ({@link OptionalModules}), ids and
   * extensions unique. Lists the optional modules' formats, so it opens their jars.
   *
   * @return the formats
   */
  static List<RoadmapFormat> all() {
    List<RoadmapFormat> formats = new ArrayList<>(RoadmapFormat.all());
    for (RoadmapFormat format : OptionalModules.formats()) {
      boolean taken = formats.stream().anyMatch(f -> f.getId().equals(format.getId())
          || f.getExtensions().stream().anyMatch(format.getExtensions()::contains));
      if (!taken) {
        formats.add(format);
      }
    }
    return formats;
  }

  /**
   * Finds a format by id or extension: first among {@link RoadmapFormat#all()}, then, only then, among
   * the optional modules' formats.
   */
  private static Optional<RoadmapFormat> find(String name) {
    Optional<RoadmapFormat> format = RoadmapFormat.byName(name);
    if (format.isPresent()) {
      return format;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String key = lower.startsWith(".") ? lower.substring(1) : lower;
    if (optionalModuleOf(key).isEmpty()) {
      return Optional.empty(); // not a format of an optional module: their jars stay closed
    }
    List<RoadmapFormat> optional = OptionalModules.formats();
    return optional.stream().filter(f -> f.getId().equals(key)).findFirst()
        .or(() -> optional.stream().filter(f -> f.getExtensions().contains(key)).findFirst());
  }

  /**
   * Finds a format by id or extension, for the value of {@code --from}, {@code --to} or {@code --format}.
   *
   * @param name such as {@code "yaml"} or {@code "yml"}
   * @return the format
   * @throws UsageException when the format's optional module is not installed
   * @throws picocli.CommandLine.TypeConversionException when no format has that name
   */
  static RoadmapFormat byName(String name) {
    Optional<String> missing = missing(name);
    if (missing.isPresent()) {
      throw new picocli.CommandLine.TypeConversionException(missing.get());
    }
    return find(name).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
        "format must be one of " + names() + ", but was: " + RoadmapException.quote(name)));
  }

  /**
   * Finds the format of a file from its extension, refusing an extension whose format's optional
   * module is not installed (rather than falling back on another format).
   *
   * @param file the file
   * @return the format, or empty when the extension names no format
   * @throws UsageException when the extension's format needs an optional module that is not installed
   */
  static Optional<RoadmapFormat> byPath(Path file) {
    Optional<RoadmapFormat> format = RoadmapFormat.byPath(file);
    if (format.isPresent()) {
      return format;
    }
    Path name = file.getFileName();
    String fileName = name == null ? "" : name.toString();
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (optionalModuleOf(extension).isEmpty()) {
      return Optional.empty(); // not a format of an optional module: their jars stay closed
    }
    Optional<RoadmapFormat> optional = OptionalModules.formats().stream()
        .filter(f -> f.getExtensions().contains(extension)).findFirst();
    if (optional.isPresent()) {
      return optional;
    }
    Optional<String> missing = missing(extension);
    if (missing.isPresent()) {
      throw new UsageException(Outputs.safe(file) + ": " + missing.get());
    }
    return Optional.empty();
  }

  /**
   * Lists every format and the formats of optional modules that are not installed, for {@code roadmap formats}.
   *
   * @return one entry per format id: the format, or empty when its module is missing; in the order of
   *     {@link #all()}, then the missing ones
   */
  static Map<String, Optional<RoadmapFormat>> catalogue() {
    Map<String, Optional<RoadmapFormat>> formats = new LinkedHashMap<>();
    all().forEach(f -> formats.put(f.getId(), Optional.of(f)));
    OPTIONAL_MODULES.forEach(m -> m.formats().forEach(id -> formats.putIfAbsent(id, Optional.empty())));
    return formats;
  }

  /**
   * Lists the ids of every format, for messages.
   *
   * @return such as {@code "json, yaml, csv, jsonl"}
   */
  static String names() {
    return all().stream().map(RoadmapFormat::getId).collect(Collectors.joining(", "));
  }

  /**
   * Returns the note printed when a roadmap is read from the flat CSV table: what the roadmap lacks.
   *
   * @param file the table
   * @return one line, starting {@code "roadmap: note: "}
   */
  static String readNote(Path file) {
    return "roadmap: note: " + Outputs.safe(file) + " is a flat CSV table: the roadmap read from it has none of what the table does"
        + " not keep (" + String.join(", ", RoadmapFormat.csv().getFieldsNotKept()) + "); its id and title are the file"
        + " name, its status DRAFT, its action line titles the official ones";
  }

  /**
   * Returns the note printed when a roadmap is written as the flat CSV table: what the table does not keep.
   *
   * @return one line, starting {@code "roadmap: note: "}
   */
  static String writeNote() {
    return "roadmap: note: the CSV table holds one row per outcome with ids, statements, raw timing, SDG links, raw"
        + " references and the counts of evidence and results; it does not keep "
        + String.join(", ", RoadmapFormat.csv().getFieldsNotKept()) + "; json, yaml and jsonl keep everything";
  }

  /**
   * Returns the note to print when a roadmap is read in a format: what the roadmap lacks.
   *
   * @param file the file read
   * @param format its format
   * @return the note, or null when the format keeps everything
   */
  static String readNote(Path file, RoadmapFormat format) {
    if (format.getFieldsNotKept().isEmpty()) {
      return null;
    }
    return format.equals(RoadmapFormat.csv()) ? readNote(file) : "roadmap: note: the roadmap read from " + Outputs.safe(file)
        + " has none of what the " + format.getId() + " format does not keep (" + String.join(", ", format.getFieldsNotKept())
        + ")";
  }

  /**
   * Returns the note to print when a roadmap is written in a format: what the format does not keep.
   *
   * @param format the format
   * @return the note, or null when the format keeps everything
   */
  static String writeNote(RoadmapFormat format) {
    if (format.getFieldsNotKept().isEmpty()) {
      return null;
    }
    return format.equals(RoadmapFormat.csv()) ? writeNote() : "roadmap: note: the " + format.getId()
        + " format does not keep " + String.join(", ", format.getFieldsNotKept());
  }
}
