package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.validation.Rule;
import org.wsis.roadmap.validation.RuleDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the validation rules: id, default severity, title and, with --rationale, why the rule exists;"
        + " then the rules of your own on the class path and in --rules-jar jars.")
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

  @Option(
      names = "--rules-jar",
      paramLabel = "JAR",
      description = "A jar of rules of your own (services of org.wsis.roadmap.validation.RuleCheck) to list too; repeatable.")
  private List<Path> rulesJars = new ArrayList<>();

  @Override
  public Integer call() {
    List<RuleDefinition> custom;
    try {
      custom = ValidationOptions.withRules(rulesJars).build().customRules();
    } catch (RoadmapException e) {
      if (e instanceof BadInputException) {
        throw e;
      }
      throw new BadInputException(rulesJars.isEmpty() ? Path.of("--rules-jar") : rulesJars.get(0), "", e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.markdown) {
      out.println("| rule | default severity | title | rationale |");
      out.println("|---|---|---|---|");
      for (RuleDefinition rule : all(custom)) {
        out.printf("| `%s` | %s | %s | %s |%n", rule.getId(), rule.getDefaultSeverity(), cell(rule.getTitle()), cell(rule.getRationale()));
      }
    } else {
      out.printf("Rule catalogue version %s, %d rules%n", Rule.CATALOGUE_VERSION, Rule.values().length);
      for (Rule rule : Rule.values()) {
        print(out, rule);
      }
      if (!custom.isEmpty()) {
        out.printf("%nRules of your own, %d rules%n", custom.size());
        for (RuleDefinition rule : custom) {
          print(out, rule);
        }
      }
    }
    Outputs.check(out);
    return ExitCode.OK;
  }

  private void print(PrintWriter out, RuleDefinition rule) {
    out.printf("%-16s %-8s %s%n", Outputs.safe(rule.getId()), rule.getDefaultSeverity(), Outputs.safe(rule.getTitle()));
    if (rationale) {
      out.printf("               %s%n", Outputs.safe(rule.getRationale()));
    }
  }

  private static List<RuleDefinition> all(List<RuleDefinition> custom) {
    List<RuleDefinition> all = new ArrayList<>(List.of(Rule.values()));
    all.addAll(custom);
    return all;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s+", " ");
  }
}
