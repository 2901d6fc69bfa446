package org.wsis.roadmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wsis.roadmap.Roadmap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJsonLd;

/** {@code roadmap convert IN OUT}: reads a roadmap in one format and writes it in another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
        "Reads a roadmap file and writes it in another format: json, yaml, csv or jsonl; xlsx and docx with the optional"
            + " module roadmap-office, ttl and nt (written only) with roadmap-rdf (roadmap formats lists what is installed).",
        "The formats come from the extensions of IN and OUT, or from --from and --to. OUT '-' writes to standard output (not a binary format to a terminal)."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The roadmap file to read.")
  private Path in;

  @Parameters(index = "1", paramLabel = "OUT",
      description = "The file to write, or '-' for standard output. The file is written whole or not at all: a failed"
          + " write leaves the file that was there unchanged. OUT may not be IN unless --overwrite-input is given.")
  private Path out;

  @Option(names = "--from", paramLabel = "FORMAT", converter = Converters.Format.class,
      description = "The format of IN: json, yaml, csv, jsonl, xlsx or docx.")
  private RoadmapFormat from;

  @Mixin
  private OutputSafety safety = new OutputSafety();

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      converter = Converters.Format.class,
      description = "The format of OUT: json, yaml, csv, jsonl, jsonld, xlsx, docx, ttl or nt (default: from the extension"
          + " of OUT).")
  private RoadmapFormat to;

  @Option(names = "--base", paramLabel = "IRI",
      description = "For jsonld: the base of roadmap and outcome IRIs, absolute and ending in / or # (default: "
          + "https://wsis-roadmap.invalid/roadmap/).")
  private java.net.URI base;

  @Override
  public Integer call() {
    boolean toStdout = out.toString().equals("-");
    safety.check("OUT", toStdout ? null : out, in);
    Roadmap roadmap = Inputs.read(in, from);
    String readNote = FormatNotes.readNote(in, Inputs.formatOf(in, from));
    if (readNote != null) {
      spec.commandLine().getErr().println(readNote);
    }
    RoadmapFormat format = to;
    if (format == null) {
      if (toStdout) {
        format = RoadmapFormat.json();
      } else {
        format = FormatNotes.byPath(out).orElseThrow(() -> new BadInputException(out, "",
            "cannot tell the format from the file name; use one of the extensions of " + FormatNotes.names()
                + ", or give --to"));
      }
    }
    if (base != null && !format.getId().equals("jsonld")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--base sets the IRIs of the jsonld format only, but the format is " + format.getId());
    }
    byte[] bytes;
    if (base != null) {
      try {
        bytes = RoadmapJsonLd.toString(roadmap, base).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } catch (org.wsis.roadmap.RoadmapException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    } else {
      bytes = format.writer().toBytes(roadmap);
    }
    String writeNote = FormatNotes.writeNote(format);
    if (writeNote != null) {
      spec.commandLine().getErr().println(writeNote);
      spec.commandLine().getErr().flush();
    }
    if (toStdout) {
      Outputs.print(spec, format, bytes);
    } else {
      Inputs.write(out, bytes);
      spec.commandLine().getOut().printf("Wrote %s (%s, %d outcomes)%n", Outputs.safe(out), format.getId(),
          roadmap.outcomes().size());
      Outputs.check(spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }
}
