package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Fixtures.edit;
import static org.wsis.roadmap.validation.Fixtures.span;
import static org.wsis.roadmap.validation.Fixtures.timing;
import static org.wsis.roadmap.validation.Fixtures.withLine;
import static org.wsis.roadmap.validation.Fixtures.withOutcome;
import static org.wsis.roadmap.validation.Fixtures.withResults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.WsisSdgMatrix;

/**
 * One targeted defect per rule: a change to a roadmap that breaks exactly that rule, and the
 * pointer of the finding it gives on {@link Fixtures#clean()}. The changes work on any roadmap
 * whose first table has at least three outcomes of one section, as the clean fixture and
 * generated roadmaps do.
 */
final class Defects {
  /** A defect and where its finding is on the clean fixture. */
  static final class Defect {
    private final BiFunction<Roadmap, Integer, Roadmap> change;
    final String pointer;

    Defect(BiFunction<Roadmap, Integer, Roadmap> change, String pointer) {
      this.change = change;
      this.pointer = pointer;
    }

    /** Applies the defect to the first table. */
    Roadmap apply(Roadmap roadmap) {
      return change.apply(roadmap, 0);
    }

    /** Applies the defect to one table, which has three or more Geneva/Tunis outcomes first and a WSIS+10 outcome. */
    Roadmap apply(Roadmap roadmap, int table) {
      return change.apply(roadmap, table);
    }
  }

  static final String O0 = "/actionLines/0/outcomes/0";

  private static final Map<Rule, Defect> DEFECTS = new EnumMap<>(Rule.class);

  private Defects() {}

  static Map<Rule, Defect> all() {
    return DEFECTS;
  }

  private static void put(Rule rule, String pointer, BiFunction<Roadmap, Integer, Roadmap> change) {
    DEFECTS.put(rule, new Defect(change, pointer));
  }

  private static BiFunction<Roadmap, Integer, Roadmap> first(UnaryOperator<Outcome> change) {
    return (r, t) -> withOutcome(r, t, 0, change);
  }

  static {
    put(Rule.ID_001, "/actionLines/0/outcomes/1/id", (r, t) -> withLine(r, t, line -> {
      List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
      outcomes.add(1, edit(outcomes.get(0), b -> b.statement("A second outcome under the first outcome's id.")));
      return edit(line, b -> b.outcomes(outcomes));
    }));
    put(Rule.ID_002, O0 + "/id", first(o -> edit(o, b -> b.id(OutcomeId.of(o.getId().getActionLine(), other(o.getSection()), o.getLabel())))));
    put(Rule.ID_003, "/actionLines/0/outcomes/2/label", (r, t) -> withOutcome(r, t, 2, o -> {
      String label = skipOne(o.getLabel());
      return edit(o, b -> b.label(label).id(OutcomeId.of(o.getId().getActionLine(), o.getSection(), label)));
    }));
    put(Rule.ID_004, O0 + "/subItems/1/label", first(o -> edit(o, b -> b.subItems(List.of(
        SubItem.builder().label("i").text("first").build(), SubItem.builder().label("iii").text("third").build())))));
    put(Rule.SDG_001, O0 + "/sdgLinks/1", first((line, o) -> links(o, SdgLink.of(goal(line, 0)), SdgLink.of(org.wsis.roadmap.SdgTarget.read(goal(line, 0).getNumber() + ".z")))));
    put(Rule.GDC_001, O0 + "/gdcLinks/1", first(o -> edit(o, b -> b.gdcLinks(List.of(
        org.wsis.roadmap.GdcObjective.of(1), org.wsis.roadmap.GdcObjective.of(6))))));
    put(Rule.SDG_002, O0 + "/sdgLinks/1", first((line, o) -> links(o, SdgLink.of(goal(line, 0)), SdgLink.of(Fixtures.firstMatrixTarget(line, goal(line, 1))
        .orElse(SdgTarget.of(goal(line, 1), "1"))))));
    put(Rule.SDG_003, O0 + "/sdgLinks/1", first((line, o) -> links(o, SdgLink.of(goal(line, 0)), SdgLink.of(goal(line, 0)))));
    put(Rule.SDG_004, O0 + "/sdgLinks", first(o -> edit(o, b -> b.sdgLinks(List.of()).sdgRaw(Optional.empty())
        .sdgNote(Optional.empty()))));
    put(Rule.SDG_005, O0 + "/sdgRaw", first(o -> edit(o, b -> b.sdgRaw("SDG 9: 9.c, SDG 18"))));
    put(Rule.MATRIX_001, O0 + "/sdgLinks/0", first((line, o) -> links(o, SdgLink.of(outsideMatrix(line)))));
    put(Rule.MATRIX_002, "/actionLines/0/outcomes", (r, t) -> withLine(r, t, table -> {
      ActionLine line = table.getActionLine();
      SdgGoal goal = goal(line, 0);
      boolean wholeGoal = WsisSdgMatrix.goalLevelGoalsOf(line).contains(goal);
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : table.getOutcomes()) {
        List<SdgLink> kept = new ArrayList<>(outcome.getSdgLinks());
        kept.removeIf(link -> link.getGoal() == goal && (wholeGoal || link.getKind() == SdgLink.Kind.TARGET));
        outcomes.add(links(outcome, kept.toArray(new SdgLink[0])));
      }
      return edit(table, b -> b.outcomes(outcomes));
    }));
    put(Rule.TIME_001, O0 + "/timing/entries/0", first(o -> edit(o, b -> b.timing(timing(span(2025, 2020))))));
    put(Rule.TIME_002, O0 + "/timing/entries/0", first(o -> edit(o, b -> b.timing(timing(span(2020, 2035))))));
    put(Rule.TIME_003, O0 + "/timing", first(o -> edit(o, b -> b.timing(Optional.empty()))));
    put(Rule.TIME_004, O0 + "/timing/entries/1", first(o -> edit(o, b -> b.timing(timing(span(2020, 2030),
        TimingEntry.builder().raw("Since 2026").kind(TimingEntry.Kind.SINCE).from(2026).build())))));
    put(Rule.TIME_005, O0 + "/timing/entries/1", first(o -> edit(o, b -> b.timing(timing(span(2020, 2025), span(2024, 2030))))));
    put(Rule.TIME_006, O0 + "/timing/entries/1", first(o -> edit(o, b -> b.timing(timing(span(2020, 2030),
        TimingEntry.builder().raw("when funds allow").kind(TimingEntry.Kind.UNREAD).build())))));
    put(Rule.TIME_007, O0 + "/timing/entries/1", first(o -> withResults(edit(o, b -> b.timing(timing(span(2020, 2030), span(2015, 2019)))),
        b -> b.targets(List.of()))));
    put(Rule.REF_001, O0 + "/references/0", first(o -> edit(o, b -> b.references(List.of(
        ResolutionRef.builder().raw("Resolution (Rev. Dubai, 2018) of the Plenipotentiary Conference").body(ResolutionBody.PP)
            .revised(true).year(2018).build())))));
    put(Rule.REF_002, O0 + "/references/0", first(o -> edit(o, b -> b.references(List.of(
        ResolutionRef.builder().raw("Resolution 71").addNumber("71").build())))));
    put(Rule.REF_003, O0 + "/references/0", first(o -> edit(o, b -> b.references(List.of(
        ResolutionRef.builder().raw("WTDC Resolution 37 (Rev. Geneva, 1990)").body(ResolutionBody.WTDC).addNumber("37")
            .revised(true).place("Geneva").year(1990).build())))));
    put(Rule.REF_004, O0 + "/references/0", first(o -> edit(o, b -> b.references(List.of(
        ResolutionRef.builder().raw("Resolution 71 (Rev. Doha, 2026) of the Plenipotentiary Conference").body(ResolutionBody.PP)
            .addNumber("71").revised(true).place("Doha").year(2026).build())))));
    put(Rule.REF_005, O0 + "/references/1", first(o -> edit(o, b -> b.references(List.of(
        ResolutionRef.builder().raw("PP Resolution 71").body(ResolutionBody.PP).addNumber("71").build(),
        ResolutionRef.builder().raw("Resolution 71 of the Plenipotentiary Conference").body(ResolutionBody.PP).addNumber("71").build())))));
    put(Rule.REF_006, O0 + "/references/0", first(o -> edit(o, b -> b.references(List.of(TextRef.builder().raw("see the annual report").build())))));
    put(Rule.RES_001, O0 + "/results", first(o -> edit(o, b -> b.results(Results.builder().build()))));
    put(Rule.RES_002, O0 + "/results/achievements/0/metric/unit", first(o -> withResults(o, b -> b.achievements(List.of(
        org.wsis.roadmap.Achievement.builder().text("More than 100 (2022)")
            .metric(org.wsis.roadmap.Metric.builder().raw("More than 100").comparator(org.wsis.roadmap.Metric.Comparison.MORE_THAN)
                .value(BigDecimal.valueOf(100)).unit("").asOfYear(2024).build()).build())))));
    put(Rule.RES_003, O0 + "/results/achievements/0/metric/value", first(o -> withResults(o, b -> b.achievements(List.of(
        org.wsis.roadmap.Achievement.builder().text("5000 participants (2022)")
            .metric(Fixtures.metric("5000 participants", 5000, 2024)).build())))));
    put(Rule.RES_004, O0 + "/results/achievements/0/metric/asOfYear", first(o -> withResults(o, b -> b.achievements(List.of(
        org.wsis.roadmap.Achievement.builder().text("100 participants (2018)")
            .metric(Fixtures.metric("100 participants", 100, 2018)).build())))));
    put(Rule.RES_005, O0 + "/results/targets/0/byYear", first(o -> edit(o, b -> b.timing(timing(span(2020, 2025))))));
    put(Rule.TEXT_001, O0 + "/statement", first(o -> edit(o, b -> b.statement("").subItems(List.of()))));
    put(Rule.TEXT_002, "/actionLines/0/outcomes/1/statement", (r, t) -> withOutcome(r, t, 1,
        o -> edit(o, b -> b.statement(r.getActionLines().get(t).getOutcomes().get(0).getStatement().toUpperCase(java.util.Locale.ROOT) + " "))));
    put(Rule.TEXT_003, O0 + "/evidence", first(o -> edit(o, b -> b.evidence(List.of()))));
    put(Rule.TEXT_004, O0 + "/statement", first(o -> edit(o, b -> b.statement("Stakeholders should act (see note\u2077)."))));
    put(Rule.TEXT_005, O0 + "/statement", first(o -> edit(o, b -> b.statement("Stakeholders should act (see the annex."))));
    put(Rule.TEXT_006, O0 + "/evidence/0", first(o -> edit(o, b -> b.evidence(List.of("<p>Survey of 2023</p>")))));
    put(Rule.TEXT_007, O0 + "/evidence/1", first(o -> edit(o, b -> b.evidence(List.of("Survey of 2023", "Survey of 2023.")))));
    put(Rule.COVID_001, "/actionLines/0/outcomes/1/covidResponse/documents/0", (r, t) -> withOutcome(r, t, 1, o -> edit(o, b -> b.covidResponse(
        covid(spaced(r.getActionLines().get(t).getOutcomes().get(0).getCovidResponse().get().getDocuments().get(0)))))));
    put(Rule.COVID_002, O0 + "/covidResponse/documents/1", first(o -> edit(o, b -> b.covidResponse(
        covid(o.getCovidResponse().get().getDocuments().get(0), o.getCovidResponse().get().getDocuments().get(0))))));
    put(Rule.COVID_003, O0 + "/covidResponse/documents/1", first(o -> edit(o, b -> b.covidResponse(
        covid(o.getCovidResponse().get().getDocuments().get(0), "the Council paper")))));
    put(Rule.STR_001, O0 + "/evidence/0", first(o -> edit(o, b -> b.evidence(List.of(" ")))));
    put(Rule.STR_002, "/actionLines/1/actionLine", (r, t) -> {
      ActionLineRoadmap line = r.getActionLines().get(t);
      List<ActionLineRoadmap> lines = new ArrayList<>(r.getActionLines());
      lines.set(t, edit(line, b -> b.outcomes(line.outcomesOf(OutcomeSection.GENEVA_TUNIS))));
      lines.add(t + 1, edit(line, b -> b.outcomes(line.outcomesOf(OutcomeSection.WSIS_PLUS_10)).source(Optional.empty())));
      return edit(r, b -> b.actionLines(lines));
    });
    put(Rule.STR_003, "/actionLines/2/outcomes", (r, t) -> {
      List<ActionLineRoadmap> lines = new ArrayList<>(r.getActionLines());
      ActionLine unused = unused(r);
      lines.add(ActionLineRoadmap.builder().actionLine(unused).title(unused.getTitle()).build());
      return edit(r, b -> b.actionLines(lines));
    });
    put(Rule.STR_004, "/actionLines", (r, t) -> edit(r, b -> b.actionLines(List.of())));
    put(Rule.STR_005, "/actionLines/0/outcomes/2/section", (r, t) -> withLine(r, t, line -> {
      List<Outcome> outcomes = new ArrayList<>(line.getOutcomes());
      Outcome wsisPlus10 = edit(Fixtures.outcome(line.getActionLine(), OutcomeSection.WSIS_PLUS_10, "a", 500, "C20/18"),
          b -> b.statement("A WSIS+10 outcome placed among the Geneva outcomes."));
      outcomes.removeIf(o -> o.getSection() == OutcomeSection.WSIS_PLUS_10);
      outcomes.add(1, wsisPlus10);
      return edit(line, b -> b.outcomes(outcomes));
    }));
    put(Rule.STR_006, "/actionLines/0/title", (r, t) -> withLine(r, t, line -> edit(line, b -> b.title("Cybersecurity"))));
    put(Rule.STR_007, "/facilitator", (r, t) -> edit(r, b -> b.facilitator("UNESCO")));
    put(Rule.STR_008, "/asOf", (r, t) -> edit(r, b -> b.asOf(Optional.empty())));
  }

  private static BiFunction<Roadmap, Integer, Roadmap> first(BiFunction<ActionLine, Outcome, Outcome> change) {
    return (r, t) -> withOutcome(r, t, 0, o -> change.apply(r.getActionLines().get(t).getActionLine(), o));
  }

  /** Returns the n-th goal the WSIS-SDG Matrix maps an action line to. */
  private static SdgGoal goal(ActionLine line, int n) {
    return WsisSdgMatrix.goalsOf(line).get(n);
  }

  /** Returns the first target of the UN catalogue that the matrix mapping of an action line does not cover. */
  private static SdgTarget outsideMatrix(ActionLine line) {
    for (SdgGoal goal : SdgGoal.values()) {
      for (SdgTarget target : goal.getTargets()) {
        if (!WsisSdgMatrix.covers(line, SdgLink.of(target))) {
          return target;
        }
      }
    }
    throw new IllegalStateException("the matrix covers every target for " + line);
  }

  /** Returns the outcome with these SDG links and an SDG cell that prints them. */
  private static Outcome links(Outcome outcome, SdgLink... links) {
    List<SdgLink> list = List.of(links);
    return edit(outcome, b -> b.sdgLinks(list).sdgRaw(Fixtures.sdgRaw(list)));
  }

  private static OutcomeSection other(OutcomeSection section) {
    return section == OutcomeSection.GENEVA_TUNIS ? OutcomeSection.WSIS_PLUS_10 : OutcomeSection.GENEVA_TUNIS;
  }

  private static String skipOne(String label) {
    char c = label.charAt(0);
    return (char) (c + 1) + label.substring(1);
  }

  private static String spaced(String symbol) {
    return symbol.substring(0, 1) + " " + symbol.substring(1);
  }

  private static CovidResponse covid(String... documents) {
    return CovidResponse.builder().addDocuments(documents).addText("Council documents on the response").build();
  }

  /**
   * Returns an action line the roadmap has no table for, preferring those ITU leads, among those the
   * WSIS-SDG Matrix maps to two goals or more (so that an SDG defect can stay inside the matrix).
   */
  static ActionLine unused(Roadmap roadmap) {
    for (ActionLine line : ActionLine.values()) {
      if (roadmap.findActionLine(line).isEmpty() && line.getLeadFacilitators().contains("ITU") && WsisSdgMatrix.goalsOf(line).size() > 1) {
        return line;
      }
    }
    for (ActionLine line : ActionLine.values()) {
      if (roadmap.findActionLine(line).isEmpty() && WsisSdgMatrix.goalsOf(line).size() > 1) {
        return line;
      }
    }
    throw new IllegalStateException("every action line is used");
  }
}
