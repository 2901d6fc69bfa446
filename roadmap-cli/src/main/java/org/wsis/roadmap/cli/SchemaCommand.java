package org.wsis.roadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    byte[] schema;
    try (InputStream in = RoadmapJson.class.getResourceAsStream(RoadmapJson.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema " + RoadmapJson.SCHEMA_RESOURCE + " is missing from the jar");
      }
      schema = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
