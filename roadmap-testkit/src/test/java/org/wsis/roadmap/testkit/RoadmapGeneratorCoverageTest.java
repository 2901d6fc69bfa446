package org.wsis.roadmap.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TimingEntry;

/** The generator's valid roadmaps, 300 seeds together, cover every field and variant the class documents. */
final class RoadmapGeneratorCoverageTest {
  private final Set<String> seen = new HashSet<>();
  private final Set<Reference.Kind> referenceKinds = EnumSet.noneOf(Reference.Kind.class);
  private final Set<ResolutionBody> bodies = EnumSet.noneOf(ResolutionBody.class);
  private final Set<TimingEntry.Kind> timingKinds = EnumSet.noneOf(TimingEntry.Kind.class);
  private final Set<Metric.Comparison> comparisons = EnumSet.noneOf(Metric.Comparison.class);
  private final Set<SdgLink.Kind> linkKinds = EnumSet.noneOf(SdgLink.Kind.class);

  @Test
  void valid_threeHundredSeeds_coverEveryVariant() {
    StringBuilder text = new StringBuilder();
    for (long seed = 0; seed < 300; seed++) {
      Roadmap roadmap = RoadmapGenerator.valid(new Random(seed), (int) (seed % 9));
      text.append(roadmap).append('\n');
      visit(roadmap);
    }

    assertThat(referenceKinds).containsExactlyInAnyOrder(Reference.Kind.values());
    assertThat(bodies).containsExactlyInAnyOrder(ResolutionBody.values());
    assertThat(timingKinds).containsExactlyInAnyOrder(TimingEntry.Kind.SPAN, TimingEntry.Kind.YEAR, TimingEntry.Kind.SINCE,
        TimingEntry.Kind.TO_DATE, TimingEntry.Kind.CONTINUOUS);
    assertThat(comparisons).containsExactlyInAnyOrder(Metric.Comparison.values());
    assertThat(linkKinds).containsExactlyInAnyOrder(SdgLink.Kind.values());
    assertThat(seen).contains(
        "facilitator", "no facilitator", "glossary", "introduction", "mandate references", "one action line", "four action lines",
        "line source", "notes", "footnote marker",
        "label A", "label B1", "label 1", "label a",
        "sub-items i", "sub-items a", "sub-items A", "sub-items 1", "sub-items D1", "no sub-items", "statement only in sub-items",
        "several timing entries", "resolution without body", "revised resolution", "strategic target",
        "goal and target links", "SDG note with links",
        "evidence", "no evidence", "references", "no references", "COVID-19 response", "empty COVID-19 response", "no COVID-19 response",
        "achievement metric with year", "achievement metric without year", "achievement without metric", "target by year",
        "target metric", "outcome source", "no outcome source", "long text");
    assertThat(Pattern.compile("\\p{IsArabic}").matcher(text).find()).as("Arabic").isTrue();
    assertThat(Pattern.compile("\\p{IsHan}").matcher(text).find()).as("Chinese").isTrue();
    assertThat(Pattern.compile("\\p{IsCyrillic}").matcher(text).find()).as("Russian").isTrue();
    assertThat(text).as("French, Spanish, English").contains("coopération", "niño", "infrastructure");
  }

  private void visit(Roadmap roadmap) {
    see(roadmap.getFacilitator().isPresent(), "facilitator", "no facilitator");
    see(!roadmap.getGlossary().isEmpty(), "glossary", null);
    see(!roadmap.getIntroduction().isEmpty(), "introduction", null);
    see(!roadmap.getMandateReferences().isEmpty(), "mandate references", null);
    see(roadmap.getActionLines().size() == 1, "one action line", null);
    see(roadmap.getActionLines().size() == 4, "four action lines", null);
    roadmap.getMandateReferences().forEach(this::reference);
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      see(line.getSource().isPresent(), "line source", null);
      see(!line.getNotes().isEmpty(), "notes", null);
      for (Outcome outcome : line.getOutcomes()) {
        outcome(outcome);
      }
    }
  }

  private void outcome(Outcome o) {
    seen.add("label " + o.getLabel());
    see(o.getStatement().matches(".*[\u00B9\u00B2\u00B3].*"), "footnote marker", null);
    see(o.getSubItems().isEmpty(), "no sub-items", null);
    see(o.getStatement().isEmpty(), "statement only in sub-items", null);
    if (!o.getSubItems().isEmpty()) {
      seen.add("sub-items " + o.getSubItems().get(0).getLabel().replaceAll("^[B-Z]1$", "D1"));
      for (SubItem item : o.getSubItems()) {
        see(item.getText().length() > 1000, "long text", null);
      }
    }
    o.getTiming().ifPresent(t -> {
      t.getEntries().forEach(e -> timingKinds.add(e.getKind()));
      see(t.getEntries().size() > 1, "several timing entries", null);
    });
    o.getReferences().forEach(this::reference);
    see(!o.getReferences().isEmpty(), "references", "no references");
    o.getSdgLinks().forEach(l -> linkKinds.add(l.getKind()));
    see(o.getSdgLinks().stream().map(SdgLink::getKind).distinct().count() == 2, "goal and target links", null);
    see(!o.getSdgLinks().isEmpty() && o.getSdgNote().isPresent(), "SDG note with links", null);
    see(!o.getEvidence().isEmpty(), "evidence", "no evidence");
    see(o.getCovidResponse().isEmpty(), "no COVID-19 response", null);
    o.getCovidResponse().ifPresent(c -> see(c.getDocuments().isEmpty() && c.getInitiatives().isEmpty() && c.getText().isEmpty(),
        "empty COVID-19 response", "COVID-19 response"));
    for (Achievement a : o.getResults().getAchievements()) {
      see(a.getMetric().isPresent(), a.getMetric().map(m -> m.getAsOfYear().isPresent()).orElse(false)
          ? "achievement metric with year" : "achievement metric without year", "achievement without metric");
      a.getMetric().ifPresent(m -> comparisons.add(m.getComparator()));
    }
    for (ResultTarget t : o.getResults().getTargets()) {
      see(t.getByYear().isPresent(), "target by year", null);
      see(t.getMetric().isPresent(), "target metric", null);
      t.getMetric().ifPresent(m -> comparisons.add(m.getComparator()));
    }
    see(o.getSource().isPresent(), "outcome source", "no outcome source");
    see(o.getStatement().length() > 1000 || o.getEvidence().stream().anyMatch(e -> e.length() > 1000), "long text", null);
  }

  private void reference(Reference reference) {
    referenceKinds.add(reference.getKind());
    if (reference instanceof ResolutionRef) {
      ResolutionRef ref = (ResolutionRef) reference;
      ref.getBody().ifPresent(bodies::add);
      see(ref.getBody().isEmpty(), "resolution without body", null);
      see(ref.isRevised(), "revised resolution", null);
    }
    if (reference instanceof org.wsis.roadmap.StrategicGoalRef) {
      see(((org.wsis.roadmap.StrategicGoalRef) reference).getTarget().isPresent(), "strategic target", null);
    }
  }

  private void see(boolean condition, String ifTrue, String ifFalse) {
    if (condition) {
      seen.add(ifTrue);
    } else if (ifFalse != null) {
      seen.add(ifFalse);
    }
  }
}
