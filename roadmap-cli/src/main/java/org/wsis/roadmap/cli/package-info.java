/**
 * The {@code roadmap} command line: {@link org.wsis.roadmap.cli.RoadmapCommand} and its
 * subcommands (summary, validate, convert, import, diff, query, coverage, stats, report, rules,
 * schema, export). The HTML report the {@code summary} and {@code report} commands write is rendered
 * by {@code org.wsis.roadmap.report.HtmlReport} (module roadmap-report).
 *
 * <pre>{@code
 * int exit = RoadmapCommand.execute(out, err, "validate", "draft.json", "--fail-on", "ERROR");
 * }</pre>
 *
 * <p>Exit codes are the constants of {@link org.wsis.roadmap.cli.ExitCode}.
 */
package org.wsis.roadmap.cli;
