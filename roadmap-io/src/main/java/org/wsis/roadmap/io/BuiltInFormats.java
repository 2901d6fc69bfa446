package org.wsis.roadmap.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.io.internal.Documents;
import org.wsis.roadmap.io.internal.Factories;

/** The formats this module reads and writes: JSON, YAML, CSV and JSON Lines. Not API: see {@link RoadmapFormat}. */
final class BuiltInFormats {
  static final RoadmapFormat JSON = new Json();
  static final RoadmapFormat YAML = new Yaml();
  static final RoadmapFormat CSV = new Csv();
  static final RoadmapFormat JSON_LINES = new JsonLines();
  static final RoadmapFormat JSON_LD = new JsonLd();
  static final List<RoadmapFormat> ALL = List.of(JSON, YAML, CSV, JSON_LINES, JSON_LD);

  private BuiltInFormats() {}

  /** Canonical JSON: pretty (two-space indents, final newline) or compact. */
  private static final class Json extends RoadmapFormat {
    Json() {
      super("json", List.of("json"));
    }

    @Override
    protected ReadResult read(InputStream in, RoadmapReader options) {
      return Documents.read(Factories.json(options.getLimits()), Documents.of(in, options.getLimits()), options.isStrict());
    }

    @Override
    ReadResult read(byte[] bytes, RoadmapReader options) {
      return Documents.read(Factories.json(options.getLimits()), Documents.of(bytes, options.getLimits()),
          options.isStrict());
    }

    @Override
    protected ReadResult read(Reader in, RoadmapReader options) {
      return Documents.read(Factories.json(options.getLimits()), Documents.of(in, options.getLimits()), options.isStrict());
    }

    @Override
    protected ReadResult read(Path path, RoadmapReader options) {
      return Documents.read(Factories.json(options.getLimits()), Documents.of(path, options.getLimits()),
          options.isStrict());
    }

    @Override
    protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
      write(Documents.to(out), roadmap, options);
    }

    @Override
    protected void write(Roadmap roadmap, Writer out, RoadmapWriter options) {
      write(Documents.to(out), roadmap, options);
    }

    @Override
    protected void write(Roadmap roadmap, Path path, RoadmapWriter options) {
      write(Documents.to(path), roadmap, options);
    }

    private static void write(Documents.GeneratorTarget target, Roadmap roadmap, RoadmapWriter options) {
      Documents.write(Factories.json(), options.isPretty() ? Factories.prettyPrinter() : null, target, roadmap,
          options.isPretty());
    }
  }

  /** YAML: one block form. */
  private static final class Yaml extends RoadmapFormat {
    Yaml() {
      super("yaml", List.of("yaml", "yml"));
    }

    @Override
    protected ReadResult read(InputStream in, RoadmapReader options) {
      return Documents.read(Factories.yaml(options.getLimits()), Documents.ofYaml(in, options.getLimits()),
          options.isStrict());
    }

    @Override
    protected ReadResult read(Reader in, RoadmapReader options) {
      return Documents.read(Factories.yaml(options.getLimits()), Documents.ofYaml(in, options.getLimits()),
          options.isStrict());
    }

    @Override
    protected ReadResult read(Path path, RoadmapReader options) {
      return Documents.read(Factories.yaml(options.getLimits()), Documents.ofYaml(path, options.getLimits()),
          options.isStrict());
    }

    @Override
    protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
      Documents.write(Factories.yaml(), null, Documents.to(out), roadmap, false);
    }

    @Override
    protected void write(Roadmap roadmap, Writer out, RoadmapWriter options) {
      Documents.write(Factories.yaml(), null, Documents.to(out), roadmap, false);
    }

    @Override
    protected void write(Roadmap roadmap, Path path, RoadmapWriter options) {
      Documents.write(Factories.yaml(), null, Documents.to(path), roadmap, false);
    }
  }

  /** The flat CSV table, one row per outcome; a roadmap is made from its rows. */
  private static final class Csv extends RoadmapFormat {
    /** The name of a roadmap read from a stream, a string or bytes. */
    private static final String STREAM_NAME = "outcomes.csv";

    Csv() {
      super("csv", List.of("csv"));
    }

    @Override
    public List<String> getFieldsNotKept() {
      return RoadmapCsv.FIELDS_NOT_KEPT;
    }

    @Override
    protected ReadResult read(InputStream in, RoadmapReader options) {
      return new ReadResult(fromRows(STREAM_NAME, RoadmapCsv.readOutcomes(in, options.getLimits())), List.of());
    }

    @Override
    protected ReadResult read(Reader in, RoadmapReader options) {
      return new ReadResult(fromRows(STREAM_NAME, RoadmapCsv.readOutcomes(in, options.getLimits())), List.of());
    }

    @Override
    protected ReadResult read(Path path, RoadmapReader options) {
      String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
      return new ReadResult(fromRows(name, RoadmapCsv.readOutcomes(path, options.getLimits())), List.of());
    }

    @Override
    protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
      RoadmapCsv.writeOutcomes(roadmap, out);
    }

    @Override
    protected void write(Roadmap roadmap, Writer out, RoadmapWriter options) {
      RoadmapCsv.writeOutcomes(roadmap, out);
    }

    @Override
    protected void write(Roadmap roadmap, Path path, RoadmapWriter options) {
      RoadmapCsv.writeOutcomes(roadmap, path);
    }

    /**
     * Builds a roadmap from flat table rows: one action line per action line code, in order of first
     * appearance; timing and references read again from their raw text; no evidence and no results.
     *
     * @param name the file name; without its extension, the roadmap id
     */
    static Roadmap fromRows(String name, List<OutcomeRow> rows) {
      Map<ActionLine, List<Outcome>> byLine = new EnumMap<>(ActionLine.class);
      for (OutcomeRow row : rows) {
        List<Reference> references = new ArrayList<>();
        for (String raw : row.getReferences()) {
          references.addAll(Reference.readAll(raw));
        }
        byLine.computeIfAbsent(row.getActionLine(), line -> new ArrayList<>()).add(Outcome.builder()
            .id(row.getId())
            .section(row.getSection())
            .label(row.getLabel())
            .statement(row.getStatement())
            .timing(row.getTiming().map(Timing::read))
            .references(references)
            .sdgLinks(row.getSdgLinks())
            .sdgRaw(row.getSdgRaw())
            .build());
      }
      int dot = name.lastIndexOf('.');
      Roadmap.Builder builder = Roadmap.builder()
          .id(dot > 0 ? name.substring(0, dot) : name)
          .title(name)
          .status(RoadmapStatus.DRAFT);
      // in order of first appearance: the rows of a table written by this library come in roadmap order
      rows.stream().map(OutcomeRow::getActionLine).distinct().forEach(line -> builder.addActionLine(
          ActionLineRoadmap.builder().actionLine(line).title(line.getTitle()).outcomes(byLine.get(line)).build()));
      return builder.build();
    }
  }

  /** JSON Lines: a header line, then one line per outcome; read and written line by line. */
  private static final class JsonLines extends RoadmapFormat {
    JsonLines() {
      super("jsonl", List.of("jsonl", "ndjson"));
    }

    @Override
    public boolean hasLines() {
      return true;
    }

    @Override
    protected ReadResult read(InputStream in, RoadmapReader options) {
      return options.lines(in).toResult();
    }

    @Override
    protected ReadResult read(Reader in, RoadmapReader options) {
      return options.lines(in).toResult();
    }

    @Override
    protected ReadResult read(Path path, RoadmapReader options) {
      try (OutcomeLineReader lines = options.lines(path)) {
        return lines.toResult();
      }
    }

    @Override
    protected OutcomeLineReader openLines(Reader in, boolean closeIn, RoadmapReader options) {
      return new OutcomeLineReader(in, closeIn, options.isStrict(), options.getLimits());
    }

    @Override
    protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
      try (OutcomeLineWriter lines = openLines(roadmap, out, false)) {
        lines.writeAll(roadmap);
      }
    }

    @Override
    protected void write(Roadmap roadmap, Writer out, RoadmapWriter options) {
      try (OutcomeLineWriter lines = openLines(roadmap, out)) {
        lines.writeAll(roadmap);
      }
    }

    @Override
    protected OutcomeLineWriter openLines(Roadmap header, OutputStream out, boolean closeOut) {
      return new OutcomeLineWriter(header, out, closeOut);
    }

    @Override
    protected OutcomeLineWriter openLines(Roadmap header, Writer out) {
      return new OutcomeLineWriter(header, out, false);
    }
  }

  /** JSON-LD 1.1 ({@link RoadmapJsonLd}), written only: read the canonical JSON instead. */
  private static final class JsonLd extends RoadmapFormat {
    JsonLd() {
      super("jsonld", List.of("jsonld"));
    }

    @Override
    public boolean canRead() {
      return false;
    }

    @Override
    protected void write(Roadmap roadmap, OutputStream out, RoadmapWriter options) {
      write(roadmap, new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), options);
    }

    @Override
    protected void write(Roadmap roadmap, Writer out, RoadmapWriter options) {
      try {
        out.write(RoadmapJsonLd.toString(roadmap));
        out.flush();
      } catch (java.io.IOException e) {
        throw new org.wsis.roadmap.RoadmapIoException("cannot write the JSON-LD document: " + e.getMessage(), null, e);
      }
    }
  }
}
