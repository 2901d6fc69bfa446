package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.wsis.roadmap.validation.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the validation rules: id, default severity, title and, with --rationale, why the rule exists.")
final class RulesCommand implements Callable<Integer> {
  /** The output formats of the catalogue. */
  enum Format {
    text,
    markdown
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--rationale", description = "Print each rule's rationale under it.")
  private boolean rationale;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.markdown) {
      out.println("| rule | default severity | title | rationale |");
      out.println("|---|---|---|---|");
      for (Rule rule : Rule.values()) {
        out.printf("| `%s` | %s | %s | %s |%n", rule.getId(), rule.getDefaultSeverity(), cell(rule.getTitle()), cell(rule.getRationale()));
      }
    } else {
      out.printf("Rule catalogue version %s, %d rules%n", Rule.CATALOGUE_VERSION, Rule.values().length);
      for (Rule rule : Rule.values()) {
        out.printf("%-16s %-8s %s%n", rule.getId(), rule.getDefaultSeverity(), rule.getTitle());
        if (rationale) {
          out.printf("               %s%n", rule.getRationale());
        }
      }
    }
    Outputs.check(out);
    return ExitCode.OK;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s+", " ");
  }
}
