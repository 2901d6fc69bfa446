package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.ReadProblem;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.table.Errata;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportReport;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapTableImporter;
import org.wsis.roadmap.io.table.TableImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.wsis.roadmap.io.RoadmapFormat;

/** {@code roadmap import DOCUMENT.txt|DOCUMENT.docx [-o OUT] [--report FILE]}: the table importer. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Imports the text export of an ITU WSIS Action Lines Roadmaps document: rebuilds the rows split over"
            + " pages, reads timing, references, SDG links and metrics, and records the source lines.",
        "A Word document (.docx) is read the same way when the optional module roadmap-office is installed.",
        "Whatever could not be placed or read, and every repair, is listed in the import report."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The text export of the document (UTF-8), or the Word document (.docx).")
  private Path document;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write the roadmap: .json, .yaml, .csv, .jsonl, .xlsx, .docx, ... (default: JSON on standard"
          + " output)."
          + " Files are written whole or not at all.")
  private Path output;

  @Option(names = "--to", paramLabel = "FORMAT", converter = Converters.Format.class,
      description = "The format of OUT when its extension does not tell: json, yaml, csv, jsonl, xlsx, docx, ...")
  private RoadmapFormat to;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the import report (one line per issue) to a file.")
  private Path report;

  @Option(names = "--errata", paramLabel = "FILE",
      description = "A JSON errata file of corrections to the printed text to apply after the import.")
  private Path errata;

  @Mixin
  private OutputSafety safety = new OutputSafety();

  @Override
  public Integer call() {
    safety.check("-o", output, document, errata);
    safety.check("--report", report, document, errata);
    safety.checkDistinct("-o", output, "--report", report);
    Inputs.requireReadable(document);
    // A binary document (a Word document) is read by its format, the importer behind it.
    RoadmapFormat documentFormat = FormatNotes.byPath(document).filter(f -> !f.isText() && f.canRead()).orElse(null);
    ImportResult result;
    List<String> documentIssues = List.of();
    try {
      if (documentFormat != null) {
        ReadResult read = Inputs.readLenient(document, documentFormat);
        documentIssues = read.getProblems().stream().map(ReadProblem::getMessage).toList();
        result = ImportResult.builder().roadmap(read.getRoadmap())
            .report(ImportReport.builder().source(String.valueOf(document.getFileName())).build()).build();
      } else {
        result = RoadmapTableImporter.create().importFile(document);
      }
    } catch (BadInputException e) {
      throw e;
    } catch (TableImportException e) {
      String location = "line " + e.getLine();
      String message = e.getMessage().startsWith(location + ": ")
          ? e.getMessage().substring(location.length() + 2) : e.getMessage();
      throw new BadInputException(document, location, message, e);
    } catch (RoadmapException e) {
      throw new BadInputException(document, "", e.getMessage(), e);
    }
    if (errata != null) {
      result = applyErrata(result);
    }
    Roadmap roadmap = result.getRoadmap();
    ImportReport importReport = result.getReport();
    RoadmapFormat format = to != null ? to
        : output == null ? RoadmapFormat.json()
        : FormatNotes.byPath(output).orElseThrow(() -> new BadInputException(output, "",
            "cannot tell the format from the file name; use one of the extensions of " + FormatNotes.names()
                + ", or give --to"));
    byte[] bytes = format.writer().toBytes(roadmap);
    if (report != null) {
      Inputs.write(report, reportText(importReport, documentIssues).getBytes(StandardCharsets.UTF_8));
    }
    String summary = String.format("Imported %s: %d action lines, %d outcomes; %d import issues%s",
        Outputs.safe(document), roadmap.getActionLines().size(), roadmap.outcomes().size(),
        importReport.getIssues().size() + documentIssues.size(), report == null ? "" : " (listed in " + Outputs.safe(report) + ")");
    if (output == null) {
      Outputs.print(spec, format, bytes);
      PrintWriter err = spec.commandLine().getErr();
      err.println(summary);
      err.flush();
    } else {
      Inputs.write(output, bytes);
      spec.commandLine().getOut().println(summary + "; wrote " + Outputs.safe(output));
      Outputs.check(spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }

  /**
   * The text of the import report: the importer's own for a text export; for a document read through
   * its format, the same layout with the issues the format listed (each the line {@link
   * org.wsis.roadmap.io.table.ImportIssue#toString()} gives) before those of the errata.
   */
  static String reportText(ImportReport report, List<String> documentIssues) {
    if (documentIssues.isEmpty()) {
      return report.toText();
    }
    List<String> lines = new ArrayList<>(documentIssues);
    report.getIssues().forEach(issue -> lines.add(issue.toString()));
    Map<ImportIssue.Kind, Integer> counts = new EnumMap<>(ImportIssue.Kind.class);
    for (String line : lines) {
      Matcher kind = ISSUE_KIND.matcher(line);
      if (kind.find()) {
        counts.merge(ImportIssue.Kind.valueOf(kind.group(1)), 1, Integer::sum);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Import report: ").append(report.getSource()).append('\n');
    out.append("Issues: ").append(lines.size()).append('\n');
    counts.forEach((k, count) -> out.append("  ").append(k).append(": ").append(count).append('\n'));
    out.append('\n');
    lines.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /** The kind in an issue's line: {@code "line 12 (table 1, row 4, cell 3)  UNREAD_REFERENCE  ..."}. */
  private static final Pattern ISSUE_KIND = Pattern.compile("^line \\d+(?: \\([^)]*\\))?  ([A-Z_]+)  ");

  private ImportResult applyErrata(ImportResult result) {
    Inputs.requireReadable(errata);
    try (InputStream in = Files.newInputStream(errata)) {
      return Errata.read(in).apply(result);
    } catch (IOException e) {
      throw new BadInputException(errata, "", "cannot be read: " + e.getMessage(), e);
    } catch (RoadmapException e) {
      throw new BadInputException(errata, "", e.getMessage(), e);
    }
  }
}
