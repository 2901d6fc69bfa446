package org.wsis.roadmap.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wsis.roadmap.io.RoadmapJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap schema}: the JSON Schema of the canonical JSON. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema of the canonical roadmap JSON, for tools in any language.")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the schema to a file instead of standard output.")
  private Path output;

  @Override
  public Integer call() {
    byte[] schema = RoadmapJson.schema().getBytes(StandardCharsets.UTF_8);
    if (output == null) {
      Outputs.print(spec.commandLine().getOut(), schema);
    } else {
      Inputs.write(output, schema);
      spec.commandLine().getOut().printf("Wrote %s%n", Outputs.safe(output));
      Outputs.check(spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }
}
