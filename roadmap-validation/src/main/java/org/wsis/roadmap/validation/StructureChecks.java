package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;

/**
 * The structure family ({@code WSIS-STR-002} to {@code WSIS-STR-008}): tables, action lines, the
 * facilitator and the edition date. The shape constraints ({@code WSIS-STR-001}) are {@link Shapes}'.
 * The state keeps the section of the outcome before, to see sections out of order.
 */
final class StructureChecks implements CrossOutcomeCheck<Void> {
  @Override
  public List<Rule> rules() {
    return List.of(Rule.STR_002, Rule.STR_003, Rule.STR_004, Rule.STR_005, Rule.STR_006, Rule.STR_007, Rule.STR_008);
  }

  @Override
  public void checkRoadmap(Roadmap roadmap, FindingSink sink) {
    if (roadmap.getAsOf().isEmpty()) {
      sink.report(Rule.STR_008, "/asOf", null, "edition must be dated, but the date is missing; timings are measured against today's year " + sink.getEditionYear());
    }
    if (roadmap.getActionLines().isEmpty()) {
      sink.report(Rule.STR_004, "/actionLines", null, "roadmap must have at least one action line table, but has none");
    }
    facilitator(sink, roadmap);
    Map<ActionLine, Integer> seen = new EnumMap<>(ActionLine.class);
    for (int a = 0; a < roadmap.getActionLines().size(); a++) {
      ActionLineRoadmap line = roadmap.getActionLines().get(a);
      String pointer = "/actionLines/" + a;
      Integer first = seen.putIfAbsent(line.getActionLine(), a);
      if (first != null) {
        sink.reportTable(Rule.STR_002, pointer + "/actionLine", line,
            "action line must have one table, but '" + line.getActionLine().getCode() + "' also has /actionLines/" + first);
      }
      titleMatchesCatalogue(sink, line, pointer);
    }
  }

  @Override
  public @Nullable Void prepare(OutcomeContext outcome) {
    return null;
  }

  @Override
  public State<Void> newState(boolean stream) {
    return new State<>() {
      private @Nullable OutcomeSection previous;

      @Override
      public void startActionLine(int index, ActionLineRoadmap actionLine, FindingSink sink) {
        previous = null;
      }

      @Override
      public void accept(OutcomeContext context, @Nullable Void prepared, FindingSink sink) {
        Outcome outcome = context.getOutcome();
        if (outcome.getSection() == OutcomeSection.GENEVA_TUNIS && previous == OutcomeSection.WSIS_PLUS_10) {
          sink.report(Rule.STR_005, context.getPointer() + "/section", outcome,
              "outcomes of the Geneva Plan of Action and Tunis Agenda must come before those of WSIS+10, but this one follows a WSIS+10 outcome: '"
                  + outcome.getId() + "'");
        }
        previous = outcome.getSection();
      }

      @Override
      public void endActionLine(int index, ActionLineRoadmap line, int outcomes, FindingSink sink) {
        if (outcomes == 0) {
          sink.reportTable(Rule.STR_003, "/actionLines/" + index + "/outcomes", line,
              "action line table must have outcomes, but '" + line.getActionLine().getCode() + "' has none");
        }
      }
    };
  }

  private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "from", "into", "that", "this", "all", "its", "their");

  private static void facilitator(FindingSink sink, Roadmap roadmap) {
    if (roadmap.getFacilitator().isEmpty() || roadmap.getFacilitator().get().isBlank()) {
      return;
    }
    String facilitator = roadmap.getFacilitator().get().strip();
    StringBuilder others = new StringBuilder();
    Set<ActionLine> listed = java.util.EnumSet.noneOf(ActionLine.class);
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      ActionLine actionLine = line.getActionLine();
      if (!listed.add(actionLine)) {
        continue;
      }
      boolean facilitates = false;
      for (String name : actionLine.getLeadFacilitators()) {
        facilitates |= name.equalsIgnoreCase(facilitator);
      }
      for (String name : actionLine.getCoFacilitators()) {
        facilitates |= name.equalsIgnoreCase(facilitator);
      }
      if (!facilitates) {
        others.append(others.length() == 0 ? "" : ", ").append(actionLine.getCode()).append(" led by ")
            .append(actionLine.getLeadFacilitators().isEmpty() ? "its sub-line facilitators" : String.join(" and ", actionLine.getLeadFacilitators()));
      }
    }
    if (others.length() > 0) {
      sink.report(Rule.STR_007, "/facilitator", null,
          "the roadmap's facilitator must be a lead or co-facilitator of every action line it covers (" + others + "), but was: '"
              + facilitator + "'");
    }
  }

  private static void titleMatchesCatalogue(FindingSink sink, ActionLineRoadmap line, String pointer) {
    if (line.getTitle().isBlank()) {
      return;
    }
    Set<String> official = words(line.getActionLine().getTitle());
    official.addAll(words(line.getActionLine().getGenevaPlanTitle()));
    for (String word : words(line.getTitle())) {
      if (official.contains(word)) {
        return;
      }
    }
    sink.reportTable(Rule.STR_006, pointer + "/title", line,
        "the printed title must share a word with the official title of " + line.getActionLine().getCode() + " ('"
            + line.getActionLine().getTitle() + "'), but was: '" + clip(line.getTitle()) + "'");
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
        words.add(word.length() > 5 ? word.substring(0, 5) : word);
      }
    }
    return words;
  }
}
