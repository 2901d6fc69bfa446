package org.wsis.roadmap.report.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.TimingEntry;

/** The texts the templates of the HTML report show for typed fields of the model. */
public final class Texts {
  private Texts() {}

  /**
   * Describes how a timing entry was read.
   *
   * @param entry the entry
   * @return such as {@code "2020–2025"}, {@code "since 2016"} or {@code "not read: soon"}
   */
  public static String describe(TimingEntry entry) {
    String from = entry.getFrom().map(String::valueOf).orElse("?");
    String to = entry.getTo().map(String::valueOf).orElse("?");
    return switch (entry.getKind()) {
      case SPAN -> from + "\u2013" + to;
      case YEAR -> from;
      case SINCE -> "since " + from;
      case TO_DATE -> from + " to date";
      case CONTINUOUS -> entry.getFrom().isPresent() ? "continuous from " + from : "continuous";
      case UNREAD -> "not read: " + entry.getRaw();
    };
  }

  /**
   * Names the kind of a reference.
   *
   * @param kind the kind
   * @return such as {@code "Strategic goal"}
   */
  public static String kindName(Reference.Kind kind) {
    return switch (kind) {
      case STRATEGIC_GOAL -> "Strategic goal";
      case RESOLUTION -> "Resolution";
      case INSTRUMENT -> "Instrument";
      case DOCUMENT -> "Document";
      case TEXT -> "Text";
    };
  }

  /**
   * Describes how a reference was read.
   *
   * @param reference the reference
   * @return such as {@code "ITU goal 2, target 2.1"}; empty for a reference kept as text
   */
  public static String typed(Reference reference) {
    if (reference instanceof StrategicGoalRef ref) {
      return "ITU goal " + ref.getGoal() + ref.getTarget().map(t -> ", target " + t).orElse("");
    }
    if (reference instanceof ResolutionRef ref) {
      StringBuilder text = new StringBuilder(ref.getBody().map(b -> b.name() + " ").orElse(""));
      text.append(String.join(", ", ref.getNumbers()));
      if (ref.isRevised() || ref.getPlace().isPresent() || ref.getYear().isPresent()) {
        text.append(" \u00b7 ").append(ref.isRevised() ? "Rev. " : "")
            .append(ref.getPlace().orElse("")).append(ref.getPlace().isPresent() && ref.getYear().isPresent() ? " " : "")
            .append(ref.getYear().map(String::valueOf).orElse(""));
      }
      return text.toString().strip();
    }
    if (reference instanceof InstrumentRef ref) {
      return ref.getName() + ref.getPlace().map(p -> " \u00b7 " + p).orElse("")
          + ref.getYear().map(y -> " " + y).orElse("");
    }
    if (reference instanceof DocumentRef ref) {
      return ref.getIssuer().map(i -> i + ": ").orElse("") + String.join(", ", ref.getSymbols());
    }
    return "";
  }

  /**
   * Groups the SDG links of an outcome by goal, in the order the goals first appear.
   *
   * @param outcome the outcome
   * @return the goals, each with the codes of its linked targets (empty when only the goal is linked)
   */
  public static List<GoalTargets> sdgGroups(Outcome outcome) {
    Map<SdgGoal, List<String>> byGoal = new EnumMap<>(SdgGoal.class);
    List<SdgGoal> order = new ArrayList<>();
    for (SdgLink link : outcome.getSdgLinks()) {
      List<String> targets = byGoal.computeIfAbsent(link.getGoal(), goal -> {
        order.add(goal);
        return new ArrayList<>();
      });
      if (link.getKind() == SdgLink.Kind.TARGET) {
        targets.add(link.getCode());
      }
    }
    return order.stream().map(goal -> new GoalTargets(goal, List.copyOf(byGoal.get(goal)))).toList();
  }

  /**
   * Summarises the evidence and results of an outcome.
   *
   * @param outcome the outcome
   * @return such as {@code "2 evidence items, 1 activity, COVID-19 response"}; empty when it has none
   */
  public static String resultsSummary(Outcome outcome) {
    Results results = outcome.getResults();
    List<String> parts = new ArrayList<>();
    count(parts, outcome.getEvidence().size(), "evidence item", "evidence items");
    count(parts, results.getExpected().size(), "expected result", "expected results");
    count(parts, results.getActivities().size(), "activity", "activities");
    count(parts, results.getAchievements().size(), "achievement", "achievements");
    count(parts, results.getTargets().size(), "target", "targets");
    count(parts, results.getText().size(), "other result", "other results");
    if (outcome.getCovidResponse().isPresent()) {
      parts.add("COVID-19 response");
    }
    return String.join(", ", parts);
  }

  private static void count(List<String> parts, int count, String singular, String plural) {
    if (count > 0) {
      parts.add(count + " " + (count == 1 ? singular : plural));
    }
  }

  /**
   * Lists the items of a COVID-19 response: its documents, initiatives and texts.
   *
   * @param covid the response
   * @return the items in that order
   */
  public static List<String> items(CovidResponse covid) {
    List<String> items = new ArrayList<>(covid.getDocuments());
    items.addAll(covid.getInitiatives());
    items.addAll(covid.getText());
    return items;
  }

  /**
   * An SDG goal with the targets of it an outcome links to.
   *
   * @param goal the goal
   * @param targets such as {@code ["9.c"]}; empty when the outcome links to the goal only
   */
  public record GoalTargets(SdgGoal goal, List<String> targets) {}
}
