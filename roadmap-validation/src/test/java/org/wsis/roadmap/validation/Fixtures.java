package org.wsis.roadmap.validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.WsisSdgMatrix;

/** A small roadmap that breaks no rule of the catalogue, and helpers to change one part of it. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static RoadmapValidator validator() {
    return RoadmapValidator.builder().clock(CLOCK).build();
  }

  /** C2 with GT A, B, C and W10 a; C5 with GT A, B1, B2. */
  static Roadmap clean() {
    return Roadmap.builder()
        .id("fixture-2024-10-11")
        .title("WSIS Action Lines Roadmaps fixture")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2024, 10, 11))
        .facilitator("ITU")
        .addActionLine(ActionLineRoadmap.builder()
            .actionLine(ActionLine.C2)
            .title("Information and communication infrastructure")
            .addNote("\u00B9 GCA: Global Cybersecurity Agenda")
            .addOutcome(outcome(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, "A", 10, "C20/18"))
            .addOutcome(outcome(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, "B", 20, "C21/18"))
            .addOutcome(outcome(ActionLine.C2, OutcomeSection.GENEVA_TUNIS, "C", 30, "C20/18"))
            .addOutcome(outcome(ActionLine.C2, OutcomeSection.WSIS_PLUS_10, "a", 40, "C22/18"))
            .source(SourceRange.of(5, 49))
            .build())
        .addActionLine(ActionLineRoadmap.builder()
            .actionLine(ActionLine.C5)
            .title("Building confidence and security in the use of ICTs")
            .addNote("\u00B9 GCA: Global Cybersecurity Agenda")
            .addOutcome(outcome(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, "A", 60, "C20/18"))
            .addOutcome(outcome(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, "B1", 70, "C20/18"))
            .addOutcome(outcome(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, "B2", 80, "C20/18"))
            .build())
        .build();
  }

  static Outcome outcome(ActionLine line, OutcomeSection section, String label, int fromLine, String covidDocument) {
    String name = line.getCode() + " " + section.getCode() + " " + label;
    return Outcome.builder()
        .id(OutcomeId.of(line, section, label))
        .section(section)
        .label(label)
        .statement("Stakeholders should act on " + name + " (GCA\u00B9).")
        .addSubItem(SubItem.builder().label("i").text("first step of " + name).build())
        .addSubItem(SubItem.builder().label("ii").text("second step of " + name).build())
        .timing(Timing.builder().raw("2020-2030").addEntry(span(2020, 2030)).build())
        .addReference(ResolutionRef.builder()
            .raw("Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference")
            .body(ResolutionBody.PP).addNumber("71").revised(true).place("Bucharest").year(2022).build())
        .addReference(StrategicGoalRef.builder().raw("ITU Strategic Goal 1 (Target 1.6)").goal(1).target("1.6").build())
        .sdgLinks(matrixLinks(line))
        .sdgRaw(sdgRaw(matrixLinks(line)))
        .addEvidence("Evidence gathered for " + name)
        .results(Results.builder()
            .addExpected("Expected result of " + name)
            .addAchievement(Achievement.builder().text("More than 100 participants (2022)")
                .metric(metric("More than 100 participants", 100, 2022)).build())
            .addTarget(ResultTarget.builder().text("1000 participants by 2030").metric(metric("1000 participants", 1000, null)).byYear(2030).build())
            .build())
        .covidResponse(CovidResponse.builder().addDocument(covidDocument).addText("Council documents on the response of " + name).build())
        .source(SourceRange.of(fromLine, fromLine + 9))
        .build();
  }

  /**
   * Returns SDG links that stay inside the WSIS-SDG Matrix mapping of an action line and serve each
   * of its matrix goals: every matrix goal, then the first matrix target of each goal the matrix
   * maps through targets.
   */
  static List<SdgLink> matrixLinks(ActionLine line) {
    List<SdgLink> links = new ArrayList<>();
    for (SdgGoal goal : WsisSdgMatrix.goalsOf(line)) {
      links.add(SdgLink.of(goal));
    }
    for (SdgGoal goal : WsisSdgMatrix.goalsOf(line)) {
      firstMatrixTarget(line, goal).ifPresent(target -> links.add(SdgLink.of(target)));
    }
    return List.copyOf(links);
  }

  /** Returns the first target the matrix maps an action line to under a goal. */
  static Optional<SdgTarget> firstMatrixTarget(ActionLine line, SdgGoal goal) {
    return WsisSdgMatrix.targetsOf(line).stream().filter(target -> target.getGoal() == goal).findFirst();
  }

  /** Returns the SDG cell as printed for links: {@code "SDG 1, 9: 1.4, 9.1"}. */
  static String sdgRaw(List<SdgLink> links) {
    StringBuilder goals = new StringBuilder();
    StringBuilder targets = new StringBuilder();
    for (SdgLink link : links) {
      StringBuilder to = link.getKind() == SdgLink.Kind.GOAL ? goals : targets;
      to.append(to.length() == 0 ? "" : ", ").append(link.getCode());
    }
    if (goals.length() == 0) {
      return targets.toString();
    }
    return "SDG " + goals + (targets.length() == 0 ? "" : ": " + targets);
  }

  /** Returns a table that breaks no rule: its official title, Geneva/Tunis outcomes A, B, C and WSIS+10 outcome a. */
  static ActionLineRoadmap table(ActionLine line, int fromLine) {
    return ActionLineRoadmap.builder()
        .actionLine(line)
        .title(line.getTitle())
        .addNote("\u00B9 GCA: Global Cybersecurity Agenda")
        .addOutcome(outcome(line, OutcomeSection.GENEVA_TUNIS, "A", fromLine, "C20/18"))
        .addOutcome(outcome(line, OutcomeSection.GENEVA_TUNIS, "B", fromLine + 10, "C21/18"))
        .addOutcome(outcome(line, OutcomeSection.GENEVA_TUNIS, "C", fromLine + 20, "C20/18"))
        .addOutcome(outcome(line, OutcomeSection.WSIS_PLUS_10, "a", fromLine + 30, "C22/18"))
        .build();
  }

  static Metric metric(String raw, long value, Integer asOf) {
    Metric.Builder metric = Metric.builder().raw(raw).comparator(Metric.Comparison.EXACT).value(BigDecimal.valueOf(value)).unit("participants");
    if (asOf != null) {
      metric.asOfYear(asOf);
    }
    return metric.build();
  }

  static TimingEntry span(int from, int to) {
    return TimingEntry.builder().raw(from + "-" + to).kind(TimingEntry.Kind.SPAN).from(from).to(to).build();
  }

  static Timing timing(TimingEntry... entries) {
    StringBuilder raw = new StringBuilder();
    for (TimingEntry entry : entries) {
      raw.append(raw.length() == 0 ? "" : "; ").append(entry.getRaw());
    }
    return Timing.builder().raw(raw.toString()).addEntries(entries).build();
  }

  /** Returns the roadmap with one outcome changed. */
  static Roadmap withOutcome(Roadmap roadmap, int line, int index, UnaryOperator<Outcome> change) {
    return withLine(roadmap, line, l -> {
      List<Outcome> outcomes = new ArrayList<>(l.getOutcomes());
      outcomes.set(index, change.apply(outcomes.get(index)));
      return ActionLineRoadmap.builder().from(l).outcomes(outcomes).build();
    });
  }

  /** Returns the roadmap with one action line table changed. */
  static Roadmap withLine(Roadmap roadmap, int line, UnaryOperator<ActionLineRoadmap> change) {
    List<ActionLineRoadmap> lines = new ArrayList<>(roadmap.getActionLines());
    lines.set(line, change.apply(lines.get(line)));
    return Roadmap.builder().from(roadmap).actionLines(lines).build();
  }

  static Outcome withResults(Outcome outcome, UnaryOperator<Results.Builder> change) {
    return edit(outcome, b -> b.results(change.apply(Results.builder().from(outcome.getResults())).build()));
  }

  /** Returns a copy of an outcome changed through its builder. */
  static Outcome edit(Outcome outcome, UnaryOperator<Outcome.Builder> change) {
    return change.apply(Outcome.builder().from(outcome)).build();
  }

  /** Returns a copy of a roadmap changed through its builder. */
  static Roadmap edit(Roadmap roadmap, UnaryOperator<Roadmap.Builder> change) {
    return change.apply(Roadmap.builder().from(roadmap)).build();
  }

  /** Returns a copy of a table changed through its builder. */
  static ActionLineRoadmap edit(ActionLineRoadmap line, UnaryOperator<ActionLineRoadmap.Builder> change) {
    return change.apply(ActionLineRoadmap.builder().from(line)).build();
  }
}
