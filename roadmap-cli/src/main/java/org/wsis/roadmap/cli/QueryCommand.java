package org.wsis.roadmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.query.ResolutionKey;
import org.wsis.roadmap.query.RoadmapIndex;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap query [FILE] --sdg 9 | --target 9.c | --resolution "PP 140" | --year 2026 | --text WORDS}. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
        "Lists the outcomes that match one criterion, in document order: id, timing and statement.",
        "--sdg matches links to the goal or to any of its targets; --year reads the typed timing"
            + " (spans, 'since', 'to date', continuous); --text matches every word, in any case."})
final class QueryCommand implements Callable<Integer> {
  private static final int STATEMENT_WIDTH = 100;

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputFile input = new InputFile();

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Criterion criterion;

  @Option(names = "--ids", description = "Print only the outcome ids, one per line.")
  private boolean idsOnly;

  /** Exactly one of the query criteria. */
  static final class Criterion {
    @Option(names = "--sdg", paramLabel = "GOAL", converter = Converters.Goal.class,
        description = "Outcomes linked to an SDG goal (1 to 17), directly or through a target.")
    SdgGoal goal;

    @Option(names = "--target", paramLabel = "TARGET", converter = Converters.Target.class,
        description = "Outcomes linked to an SDG target, such as 9.c.")
    SdgTarget target;

    @Option(names = "--resolution", paramLabel = "RESOLUTION", converter = Converters.Resolution.class,
        description = "Outcomes citing a resolution, any revision: 'PP 140', 'WTDC 45', 'COUNCIL 1306', 'UNGA 70/1'"
            + " or its symbol 'A/RES/70/1'; a number alone ('70/1', '45') finds that number whatever body adopted it.")
    ResolutionKey resolution;

    @Option(names = "--gdc", paramLabel = "OBJECTIVE", converter = Converters.Gdc.class,
        description = "Outcomes linked to an objective of the Global Digital Compact (1 to 5).")
    GdcObjective gdc;

    @Option(names = "--year", paramLabel = "YEAR", description = "Outcomes whose timing covers a year, such as 2026.")
    Integer year;

    @Option(names = "--text", paramLabel = "WORDS", description = "Outcomes containing every word, in any case.")
    String text;
  }

  @Override
  public Integer call() {
    Roadmap roadmap = input.roadmap();
    RoadmapIndex index = RoadmapIndex.of(roadmap);
    List<Outcome> found;
    String what;
    if (criterion.goal != null) {
      found = index.byGoal(criterion.goal);
      what = "link to SDG " + criterion.goal.getNumber();
    } else if (criterion.target != null) {
      found = index.byTarget(criterion.target);
      what = "link to SDG target " + criterion.target;
    } else if (criterion.resolution != null) {
      found = byResolution(roadmap, index, criterion.resolution);
      what = "cite resolution " + criterion.resolution;
    } else if (criterion.gdc != null) {
      found = roadmap.outcomes().stream().filter(o -> o.getGdcLinks().contains(criterion.gdc)).toList();
      what = "link to GDC objective " + criterion.gdc.getNumber();
    } else if (criterion.year != null) {
      found = index.activeIn(criterion.year);
      what = "are active in " + criterion.year;
    } else {
      found = index.search(criterion.text);
      what = "contain '" + Outputs.safe(criterion.text) + "'";
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Outcome outcome : found) {
      if (idsOnly) {
        out.println(Outputs.safe(outcome.getId()));
      } else {
        String timing = outcome.getTiming().map(Timing::getRaw).orElse("-");
        out.printf("%-10s %-24s %s%n", Outputs.safe(outcome.getId()), Outputs.safe(shorten(timing, 24)),
            Outputs.safe(shorten(outcome.getStatement(), STATEMENT_WIDTH)));
      }
    }
    if (!idsOnly) {
      out.printf("%d of %d outcomes %s.%n", found.size(), roadmap.outcomes().size(), what);
    }
    Outputs.check(out);
    return ExitCode.OK;
  }

  /**
   * Finds the outcomes citing a resolution. A key with a body finds that body's resolution; a number
   * alone finds the citations of that number whatever body adopted it, told or not, so {@code 70/1}
   * finds what {@code UNGA 70/1} finds.
   */
  private static List<Outcome> byResolution(Roadmap roadmap, RoadmapIndex index, ResolutionKey key) {
    if (key.getBody().isPresent()) {
      return index.byResolution(key);
    }
    Set<Outcome> citing = Collections.newSetFromMap(new IdentityHashMap<>());
    citing.addAll(index.byResolution(key));
    for (ResolutionBody body : ResolutionBody.values()) {
      citing.addAll(index.byResolution(ResolutionKey.of(body, key.getNumber())));
    }
    List<Outcome> inOrder = new ArrayList<>(citing.size());
    for (Outcome outcome : roadmap.outcomes()) {
      if (citing.contains(outcome)) {
        inOrder.add(outcome);
      }
    }
    return inOrder;
  }

  private static String shorten(String text, int width) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "\u2026";
  }
}
