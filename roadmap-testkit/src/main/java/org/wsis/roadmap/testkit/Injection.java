package org.wsis.roadmap.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;

/**
 * Injects one {@link Defect} into a roadmap drawn for it by {@link Generation}: the first table has
 * at least two Geneva/Tunis outcomes and one WSIS+10 outcome, every column of every outcome is
 * filled, and the first outcome has every cell filled, one timing span around the edition's year,
 * SDG goals with their targets, and no sub-items.
 */
final class Injection {
  private Injection() {}

  static Roadmap inject(Roadmap r, Defect defect) {
    int edition = r.getAsOf().orElseThrow().getYear();
    switch (defect) {
      case DUPLICATE_OUTCOME_ID:
        return withLine(r, line -> {
          List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
          Outcome first = outcomes.get(0);
          outcomes.add(1, edit(first, b -> b.statement("A second outcome under the id of " + first.getId() + ".")));
          return edit(line, b -> b.outcomes(outcomes));
        });
      case OUTCOME_ID_OF_OTHER_SECTION:
        return withFirst(r, o -> edit(o, b -> b.id(OutcomeId.of(o.getId().getActionLine(), OutcomeSection.WSIS_PLUS_10,
            o.getLabel().toUpperCase(java.util.Locale.ROOT)))));
      case LABEL_OUT_OF_SEQUENCE:
        return withLine(r, line -> {
          List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
          int last = line.outcomesOf(OutcomeSection.GENEVA_TUNIS).size() - 1;
          Outcome outcome = outcomes.get(last);
          String label = skipOne(outcome.getLabel());
          outcomes.set(last, edit(outcome, b -> b.label(label).id(OutcomeId.of(line.getActionLine(), OutcomeSection.GENEVA_TUNIS, label))));
          return edit(line, b -> b.outcomes(outcomes));
        });
      case SUB_ITEM_OUT_OF_SEQUENCE:
        return withFirst(r, o -> edit(o, b -> b.subItems(List.of(
            SubItem.builder().label("i").text("first step").build(), SubItem.builder().label("iii").text("third step").build()))));
      case UNKNOWN_SDG_TARGET:
        return withFirst(r, o -> {
          SdgGoal goal = o.getSdgLinks().get(0).getGoal();
          return withLinks(o, SdgLink.of(SdgTarget.of(goal, "z")));
        });
      case TARGET_OF_UNLISTED_GOAL:
        return withFirst(r, o -> {
          // An unlisted goal of the action line's WSIS-SDG Matrix mapping, so that the link stays inside it.
          SdgGoal unlisted = org.wsis.roadmap.WsisSdgMatrix.goalsOf(o.getId().getActionLine()).stream()
              .filter(g -> o.getSdgLinks().stream().noneMatch(l -> l.getGoal() == g))
              .findFirst().orElseThrow();
          return withLinks(o, SdgLink.of(Generation.matrixTargets(o.getId().getActionLine(), unlisted).get(0)));
        });
      case REPEATED_SDG_LINK:
        // The cell as printed stays as it was: a repeated code in it would also be text the SDG reader leaves unread.
        return withFirst(r, o -> edit(o, b -> b.addSdgLink(o.getSdgLinks().get(0))));
      case NO_SDG_LINK:
        return withFirst(r, o -> edit(o, b -> b.sdgLinks(List.of()).sdgRaw(Optional.empty()).sdgNote(Optional.empty())));
      case REVERSED_TIMING_SPAN:
        return withFirst(r, o -> {
          TimingEntry span = o.getTiming().orElseThrow().getEntries().get(0);
          return edit(o, b -> b.timing(Generation.timing(Generation.span(span.getTo().orElseThrow(), span.getFrom().orElseThrow()))));
        });
      case TIMING_OUTSIDE_HORIZON:
        return withFirst(r, o -> edit(o, b -> b.timing(Generation.timing(
            TimingEntry.builder().raw("Since 2001").kind(TimingEntry.Kind.SINCE).from(2001).build()))));
      case NO_TIMING:
        return withFirst(r, o -> edit(o, b -> b.timing(Optional.empty())));
      case OPEN_TIMING_AFTER_EDITION:
        return withFirst(r, o -> withTimingEntry(o,
            TimingEntry.builder().raw("Since " + (edition + 1)).kind(TimingEntry.Kind.SINCE).from(edition + 1).build()));
      case UNREAD_TIMING:
        return withFirst(r, o -> withTimingEntry(o,
            TimingEntry.builder().raw("when funds allow").kind(TimingEntry.Kind.UNREAD).build()));
      case RESOLUTION_WITHOUT_NUMBER:
        return withMandate(r, ResolutionRef.builder().raw("Resolution of the Plenipotentiary Conference").body(ResolutionBody.PP).build());
      case RESOLUTION_WITHOUT_BODY:
        return withMandate(r, ResolutionRef.builder().raw("Resolution 71").addNumber("71").build());
      case RESOLUTION_BEFORE_ITS_BODY:
        return withMandate(r, ResolutionRef.builder().raw("WTDC Resolution 37 (Rev. Geneva, 1990)").body(ResolutionBody.WTDC)
            .addNumber("37").revised(true).place("Geneva").year(1990).build());
      case CITATION_AFTER_EDITION:
        return withMandate(r, ResolutionRef.builder()
            .raw("Resolution 71 (Rev. Doha, " + (edition + 1) + ") of the Plenipotentiary Conference").body(ResolutionBody.PP)
            .addNumber("71").revised(true).place("Doha").year(edition + 1).build());
      case REPEATED_CITATION:
        return withFirst(r, o -> edit(o, b -> b.addReference(o.getReferences().get(0))));
      case NO_RESULTS:
        return withFirst(r, o -> edit(o, b -> b.results(Results.builder().build())));
      case METRIC_WITHOUT_UNIT:
        return withFirst(r, o -> withResults(o, b -> b.addAchievement(Achievement.builder().text("More than 100 since the start")
            .metric(Metric.builder().raw("More than 100").comparator(Metric.Comparison.MORE_THAN).value(BigDecimal.valueOf(100)).unit("").build())
            .build())));
      case ACHIEVEMENT_ABOVE_TARGET:
        return withFirst(r, o -> withResults(o, b -> b
            .addTarget(ResultTarget.builder().text("1000 trainees").metric(trainees(1000, null)).build())
            .addAchievement(Achievement.builder().text("5000 trainees").metric(trainees(5000, null)).build())));
      case ACHIEVEMENT_BEFORE_TIMING:
        return withFirst(r, o -> {
          int start = o.getTiming().orElseThrow().getEntries().get(0).getFrom().orElseThrow();
          return withResults(o, b -> b.addAchievement(Achievement.builder().text("10 trainees in " + (start - 1))
              .metric(trainees(10, start - 1)).build()));
        });
      case EMPTY_STATEMENT:
        return withFirst(r, o -> edit(o, b -> b.statement("").subItems(List.of())));
      case REPEATED_STATEMENT:
        return withLine(r, line -> {
          List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
          String statement = outcomes.get(0).getStatement();
          outcomes.set(1, edit(outcomes.get(1), b -> b.statement(statement)));
          return edit(line, b -> b.outcomes(outcomes));
        });
      case FOOTNOTE_WITHOUT_NOTE:
        return withFirst(r, o -> edit(o, b -> b.statement("Stakeholders should act on " + o.getId() + " (see note\u2077).")));
      case UNBALANCED_BRACKET:
        return withFirst(r, o -> edit(o, b -> b.statement("Stakeholders should act on " + o.getId() + " (see the annex.")));
      case MARKUP_IN_TEXT:
        return withFirst(r, o -> edit(o, b -> b.statement("<p>Stakeholders should act on " + o.getId() + ".</p>")));
      case REPEATED_LIST_ITEM:
        return withFirst(r, o -> edit(o, b -> b.evidence(List.of(o.getEvidence().get(0), o.getEvidence().get(0) + "."))));
      case SYMBOL_IN_TWO_FORMS:
        return withFirst(withMandate(r, DocumentRef.builder().raw("Council Document C99/77").addSymbol("C99/77").build()),
            o -> withDocument(o, "C 99/77"));
      case REPEATED_DOCUMENT:
        return withFirst(r, o -> withDocument(o, o.getCovidResponse().orElseThrow().getDocuments().get(0)));
      case SYMBOL_WITHOUT_NUMBER:
        return withFirst(r, o -> withDocument(o, "the Council paper"));
      case BLANK_LIST_ITEM:
        return withFirst(r, o -> edit(o, b -> b.evidence(List.of(" "))));
      case DUPLICATE_ACTION_LINE: {
        ActionLineRoadmap line = r.getActionLines().get(0);
        List<ActionLineRoadmap> lines = new ArrayList<>(r.getActionLines());
        lines.set(0, edit(line, b -> b.outcomes(line.outcomesOf(OutcomeSection.GENEVA_TUNIS))));
        lines.add(1, edit(line, b -> b.outcomes(line.outcomesOf(OutcomeSection.WSIS_PLUS_10)).source(Optional.empty())));
        return Roadmap.builder().from(r).actionLines(lines).build();
      }
      case TABLE_WITHOUT_OUTCOMES:
        return emptyTable(r);
      case NO_ACTION_LINES:
        return Roadmap.builder().from(r).actionLines(List.of()).build();
      case SECTIONS_OUT_OF_ORDER:
        return withLine(r, line -> {
          List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
          int genevaTunis = line.outcomesOf(OutcomeSection.GENEVA_TUNIS).size();
          Outcome moved = outcomes.remove(genevaTunis);
          outcomes.add(genevaTunis - 1, moved);
          return edit(line, b -> b.outcomes(outcomes));
        });
      default:
        throw new AssertionError(defect);
    }
  }

  /** Appends a table of an action line the facilitator (if any) facilitates, or drops the facilitator when none is left. */
  private static Roadmap emptyTable(Roadmap r) {
    List<ActionLine> used = new ArrayList<>();
    r.getActionLines().forEach(l -> used.add(l.getActionLine()));
    ActionLine unused = null;
    for (ActionLine line : ActionLine.values()) {
      if (used.contains(line)) {
        continue;
      }
      List<ActionLine> all = new ArrayList<>(used);
      all.add(line);
      boolean facilitated = r.getFacilitator().map(f -> Generation.facilitatorsOfAll(all).contains(f)).orElse(true);
      if (facilitated) {
        unused = line;
        break;
      }
    }
    Roadmap.Builder b = Roadmap.builder().from(r);
    if (unused == null) {
      unused = Arrays.stream(ActionLine.values()).filter(l -> !used.contains(l)).findFirst().orElseThrow();
      b.facilitator(Optional.empty());
    }
    return b.addActionLine(ActionLineRoadmap.builder().actionLine(unused).title(unused.getTitle()).build()).build();
  }

  private static String skipOne(String label) {
    if (label.chars().allMatch(Character::isDigit)) {
      return Integer.toString(Integer.parseInt(label) + 2);
    }
    if (label.length() == 1) {
      return String.valueOf((char) (label.charAt(0) + 2));
    }
    return label.charAt(0) + Integer.toString(Integer.parseInt(label.substring(1)) + 2);
  }

  private static Metric trainees(long value, Integer year) {
    Metric.Builder b = Metric.builder().raw(value + " trainees").comparator(Metric.Comparison.EXACT)
        .value(BigDecimal.valueOf(value)).unit("trainees");
    if (year != null) {
      b.asOfYear(year);
    }
    return b.build();
  }

  private static Outcome withLinks(Outcome o, SdgLink added) {
    return edit(o, b -> b.addSdgLink(added).sdgRaw(o.getSdgRaw().orElseThrow() + ", " + added.getCode()));
  }

  private static Outcome withTimingEntry(Outcome o, TimingEntry added) {
    List<TimingEntry> entries = new ArrayList<>(o.getTiming().orElseThrow().getEntries());
    entries.add(added);
    Timing timing = Generation.timing(entries.toArray(new TimingEntry[0]));
    return edit(o, b -> b.timing(timing));
  }

  private static Outcome withDocument(Outcome o, String symbol) {
    CovidResponse covid = o.getCovidResponse().orElseThrow();
    return edit(o, b -> b.covidResponse(CovidResponse.builder().from(covid).addDocument(symbol).build()));
  }

  private static Outcome withResults(Outcome o, UnaryOperator<Results.Builder> change) {
    return edit(o, b -> b.results(change.apply(Results.builder().from(o.getResults())).build()));
  }

  private static Roadmap withMandate(Roadmap r, org.wsis.roadmap.Reference reference) {
    return Roadmap.builder().from(r).addMandateReference(reference).build();
  }

  private static Roadmap withFirst(Roadmap r, UnaryOperator<Outcome> change) {
    return withLine(r, line -> {
      List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
      outcomes.set(0, change.apply(outcomes.get(0)));
      return edit(line, b -> b.outcomes(outcomes));
    });
  }

  private static Roadmap withLine(Roadmap r, UnaryOperator<ActionLineRoadmap> change) {
    List<ActionLineRoadmap> lines = new ArrayList<>(r.getActionLines());
    lines.set(0, change.apply(lines.get(0)));
    return Roadmap.builder().from(r).actionLines(lines).build();
  }

  private static Outcome edit(Outcome o, UnaryOperator<Outcome.Builder> change) {
    return change.apply(Outcome.builder().from(o)).build();
  }

  private static ActionLineRoadmap edit(ActionLineRoadmap line, UnaryOperator<ActionLineRoadmap.Builder> change) {
    return change.apply(ActionLineRoadmap.builder().from(line)).build();
  }
}
