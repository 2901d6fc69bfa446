package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.TerminalText;
import org.wsis.roadmap.query.SdgCoverage;
import org.wsis.roadmap.report.HtmlReport;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Rule;
import org.wsis.roadmap.validation.RuleDefinition;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap summary [FILE]}: the main job, a summary on the terminal and the HTML report. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
        "Prints a summary of a roadmap (action lines and outcome counts, the SDG coverage table, the validation"
            + " summary) and writes the HTML report.",
        "This is what 'roadmap' does without a subcommand, on the bundled 2024 roadmaps."})
final class SummaryCommand implements Callable<Integer> {
  /** Where the report goes when no {@code -o} is given. */
  static final String DEFAULT_REPORT = "roadmap-report.html";

  private static final int TOP_RULES = 8;

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputFile input = new InputFile();

  @Mixin
  private ValidationOptions validation = new ValidationOptions();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the HTML report, whole or not at all (default: ${DEFAULT-VALUE}).")
  private Path report = Path.of(DEFAULT_REPORT);

  @Option(names = "--no-report", description = "Print the summary only; write no HTML report.")
  private boolean noReport;

  @Mixin
  private OutputSafety safety = new OutputSafety();

  @Override
  public Integer call() {
    if (!noReport) {
      safety.check("-o", report, input.file, validation.waivers);
    }
    ValidatorStart.inBackground(); // while the roadmap is read
    Roadmap roadmap = input.roadmap();
    return summarize(spec.commandLine().getOut(), roadmap, validation.validate(roadmap), noReport ? null : report);
  }

  /**
   * Prints the summary of a roadmap with the default validation and writes its report.
   *
   * @param out where the summary goes
   * @param roadmap the roadmap
   * @param report the report file
   * @return {@link ExitCode#OK}
   */
  static int summarize(PrintWriter out, Roadmap roadmap, Path report) {
    return summarize(out, roadmap, new ValidationOptions().validateDefault(roadmap), report);
  }

  private static int summarize(PrintWriter out, Roadmap roadmap, ValidationReport validation, Path report) {
    out.println(Outputs.safe(roadmap.getTitle()));
    out.printf("Edition %s, %s%s%n", Outputs.safe(roadmap.getId()), roadmap.getStatus().name().toLowerCase(java.util.Locale.ROOT),
        roadmap.getAsOf().map(d -> ", as of " + d).orElse(""));
    out.println();
    out.printf("%-5s %-58s %5s %5s %6s%n", "", "Action line", "GT", "W10", "Total");
    int gt = 0;
    int w10 = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      int a = line.outcomesOf(OutcomeSection.GENEVA_TUNIS).size();
      int b = line.outcomesOf(OutcomeSection.WSIS_PLUS_10).size();
      gt += a;
      w10 += b;
      out.printf("%-5s %-58s %5d %5d %6d%n", line.getActionLine().getCode(), shorten(line.getActionLine().getTitle(), 58), a, b, a + b);
    }
    out.printf("%-5s %-58s %5d %5d %6d%n", "", "All action lines", gt, w10, gt + w10);
    out.println();
    out.println("SDG coverage: outcomes per action line (rows) and SDG goal (columns)");
    out.print(TerminalText.escapeLines(SdgCoverage.of(roadmap).toText()));
    out.println();
    out.printf("Validation (profile %s): %s; %d fatal, %d errors, %d warnings, %d infos; %d waived%n",
        validation.getProfile(), validation.isValid() ? "valid" : "NOT valid",
        validation.count(Severity.FATAL), validation.count(Severity.ERROR), validation.count(Severity.WARNING),
        validation.count(Severity.INFO), validation.waived().size());
    Comparator<RuleDefinition> ruleOrder = Comparator.comparing((RuleDefinition r) -> r instanceof Rule builtIn ? builtIn.ordinal() : Integer.MAX_VALUE)
        .thenComparing(RuleDefinition::getId);
    Map<RuleDefinition, Integer> byRule = new TreeMap<>(ruleOrder);
    for (Finding finding : validation.active()) {
      byRule.merge(finding.getRule(), 1, Integer::sum);
    }
    byRule.entrySet().stream()
        .sorted(Map.Entry.<RuleDefinition, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(ruleOrder)))
        .limit(TOP_RULES)
        .forEach(e -> out.printf("  %-16s %4d  %s%n", e.getKey().getId(), e.getValue(), e.getKey().getTitle()));
    if (byRule.size() > TOP_RULES) {
      out.printf("  ... and %d more rules; 'roadmap validate' lists every finding%n", byRule.size() - TOP_RULES);
    }
    Outputs.check(out);
    if (report != null) {
      Inputs.write(report, HtmlReport.builder().roadmap(roadmap).validation(validation).build().toBytes());
      out.println();
      out.printf("HTML report: %s (open it in a browser)%n", Outputs.safe(report));
    }
    Outputs.check(out);
    return ExitCode.OK;
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
  }
}
