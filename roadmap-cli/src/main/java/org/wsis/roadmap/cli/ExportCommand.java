package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.RoadmapJsonLd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.wsis.roadmap.io.RoadmapFormat;

/** {@code roadmap export [--format F] [-o FILE]}: the bundled roadmaps in any format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {"Writes the bundled 2024 roadmaps in a format: json, yaml, csv, jsonl or jsonld; xlsx and docx, ttl and nt"
        + " where their optional modules are installed (roadmap formats lists them); to standard output or a file.",
        "A binary format (xlsx, docx) is not written to a terminal: give -o or redirect standard output."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Format.class,
      description = "json, yaml, csv, jsonl, jsonld, xlsx, docx, ttl or nt (default: from the extension of -o, else json).")
  private RoadmapFormat format;

  @Option(names = "--base", paramLabel = "IRI",
      description = "For jsonld: the base of roadmap and outcome IRIs, absolute and ending in / or # (default: "
          + "https://wsis-roadmap.invalid/roadmap/).")
  private java.net.URI base;

  @Option(names = "--jsonld-context",
      description = "Print the JSON-LD @context (version " + RoadmapJsonLd.CONTEXT_VERSION + ") and nothing else.")
  private boolean jsonLdContext;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "The file to write, whole or not at all (default: standard output).")
  private Path output;

  @Override
  public Integer call() {
    RoadmapFormat chosen = format;
    if (chosen == null) {
      chosen = output == null ? RoadmapFormat.json() : FormatNotes.byPath(output).orElse(RoadmapFormat.json());
    }
    if (base != null && !jsonLdContext && !chosen.getId().equals("jsonld")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--base sets the IRIs of the jsonld format only, but the format is " + chosen.getId());
    }
    Roadmap roadmap = Dataset.edition2024();
    byte[] bytes;
    if (jsonLdContext) {
      bytes = RoadmapJsonLd.context().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } else if (chosen.getId().equals("jsonld") && base != null) {
      try {
        bytes = RoadmapJsonLd.toString(roadmap, base).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } catch (org.wsis.roadmap.RoadmapException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    } else {
      bytes = chosen.writer().toBytes(roadmap);
    }
    String note = FormatNotes.writeNote(chosen);
    if (note != null) {
      spec.commandLine().getErr().println(note);
      spec.commandLine().getErr().flush();
    }
    if (output == null) {
      Outputs.print(spec, chosen, bytes);
    } else {
      Inputs.write(output, bytes);
      spec.commandLine().getOut().printf("Wrote %s (%s, %d outcomes)%n", Outputs.safe(output), chosen.getId(),
          roadmap.outcomes().size());
      Outputs.check(spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }
}
