package org.wsis.roadmap.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.wsis.roadmap.io.RoadmapFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code roadmap formats}: the file formats this installation reads and writes. */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = {
        "Lists the roadmap file formats: id, extensions, whether it is read and written, text or binary, and where"
            + " it comes from (built in, or an optional module found on the class path).",
        "A format of an optional module that is not installed is listed as such, with what it needs."})
final class FormatsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-8s %-16s %-12s %-7s %s%n", "FORMAT", "EXTENSIONS", "USE", "KIND", "FROM"));
    for (Map.Entry<String, Optional<RoadmapFormat>> entry : FormatNotes.catalogue().entrySet()) {
      Optional<RoadmapFormat> format = entry.getValue();
      Optional<FormatNotes.OptionalModule> module = FormatNotes.optionalModuleOf(entry.getKey());
      if (format.isEmpty()) {
        FormatNotes.OptionalModule m = module.orElseThrow();
        out.append(String.format("%-8s %-16s %-12s %-7s %s%n", entry.getKey(), "." + entry.getKey(), "-", "-",
            "not installed: needs " + m.artifact() + " and " + m.library() + " (lib/optional/ of the distribution)"));
        continue;
      }
      RoadmapFormat f = format.get();
      String from = f.getClass().getPackageName().equals(RoadmapFormat.class.getPackageName()) ? "built in"
          : module.map(FormatNotes.OptionalModule::artifact).orElse(f.getClass().getName());
      out.append(String.format("%-8s %-16s %-12s %-7s %s%n", f.getId(),
          f.getExtensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")),
          f.canRead() ? "read, write" : "write", f.isText() ? "text" : "binary", from));
    }
    Outputs.printText(spec.commandLine().getOut(), out.toString());
    return ExitCode.OK;
  }
}
