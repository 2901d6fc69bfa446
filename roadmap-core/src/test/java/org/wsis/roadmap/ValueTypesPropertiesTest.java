package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@code X.builder().from(x).build().equals(x)} for the value types, and copies keep equality. */
final class ValueTypesPropertiesTest {

  private static Gen<String> words() {
    return Generate.pick(List.of("ITU", "broadband", "SDG 9", "", "Capacity building", "Résumé", "\u2013", "2020-2025"));
  }

  private static Gen<Metric> metrics() {
    return Generators.metricTexts().map(Metric::parse);
  }

  private static Gen<Results> results() {
    Gen<Achievement> achievement = words().zip(metrics().toOptionals(50),
        (text, metric) -> Achievement.builder().text(text).metric(metric).build());
    Gen<ResultTarget> target = words().zip(metrics().toOptionals(50), integers().between(2020, 2035).toOptionals(50),
        (text, metric, year) -> ResultTarget.builder().text(text).metric(metric).byYear(year).build());
    return lists().of(words()).ofSizeBetween(0, 3).zip(lists().of(achievement).ofSizeBetween(0, 3),
        lists().of(target).ofSizeBetween(0, 2), (texts, achievements, targets) -> Results.builder()
            .expected(texts).activities(texts).achievements(achievements).targets(targets).text(texts).build());
  }

  private static Gen<Outcome> outcomes() {
    Gen<Outcome> base = Generators.outcomeIds().zip(Generators.timings().toOptionals(70),
        lists().of(Generators.references()).ofSizeBetween(0, 3), lists().of(Generators.links()).ofSizeBetween(0, 4),
        (id, timing, refs, links) -> Outcome.builder().id(id).section(id.getSection()).label(id.getLabel())
            .statement("Governments should take action").timing(timing).references(refs).sdgLinks(links)
            .addSubItem(SubItem.builder().label("i").text("sub-item").build()).build());
    return base.zip(results(), integers().between(1, 500), (outcome, results, line) -> Outcome.builder().from(outcome)
        .results(results).sdgRaw("SDG 8,9").sdgNote("note").addEvidence("evidence")
        .covidResponse(CovidResponse.builder().addDocuments("C20/18").addInitiatives("REG4COVID").addText("text").build())
        .source(SourceRange.of(line, line + 3)).build());
  }

  private static Gen<Roadmap> roadmaps() {
    return lists().of(outcomes()).ofSizeBetween(0, 3).zip(Generators.actionLines(), Generate.enumValues(RoadmapStatus.class),
        (outcomes, line, status) -> Roadmap.builder().id("wsis-roadmaps-2024").title("WSIS Action Lines Roadmaps")
            .status(status).asOf(LocalDate.of(2024, 10, 11)).facilitator("ITU").addIntroduction("intro")
            .addGlossary(GlossaryEntry.builder().term("GCA").meaning("Global Cybersecurity Agenda").build())
            .addActionLine(ActionLineRoadmap.builder().actionLine(line).title(line.getTitle()).addNote("note")
                .outcomes(outcomes).source(SourceRange.of(1, 2)).build())
            .build());
  }

  @Test
  void timing_builderFrom_equals() {
    qt().forAll(Generators.timings()).checkAssert(x -> {
      assertThat(Timing.builder().from(x).build()).isEqualTo(x);
      x.getEntries().forEach(e -> assertThat(TimingEntry.builder().from(e).build()).isEqualTo(e));
    });
  }

  @Test
  void references_builderFrom_equals() {
    qt().forAll(Generators.references()).checkAssert(x -> {
      Reference copy;
      switch (x.getKind()) {
        case STRATEGIC_GOAL:
          copy = StrategicGoalRef.builder().from((StrategicGoalRef) x).build();
          break;
        case RESOLUTION:
          copy = ResolutionRef.builder().from((ResolutionRef) x).build();
          break;
        case INSTRUMENT:
          copy = InstrumentRef.builder().from((InstrumentRef) x).build();
          break;
        case DOCUMENT:
          copy = DocumentRef.builder().from((DocumentRef) x).build();
          break;
        default:
          copy = TextRef.builder().from((TextRef) x).build();
      }
      assertThat(copy).isEqualTo(x);
      TextRef text = TextRef.builder().raw(x.getRaw()).build();
      assertThat(TextRef.builder().from(text).build()).isEqualTo(text);
    });
  }

  @Test
  void links_builderFrom_equals() {
    qt().forAll(Generators.links()).checkAssert(x -> assertThat(x.getKind() == SdgLink.Kind.GOAL
        ? GoalLink.builder().from((GoalLink) x).build()
        : TargetLink.builder().from((TargetLink) x).build()).isEqualTo(x));
  }

  @Test
  void metricAndSdgCell_builderFrom_equals() {
    qt().forAll(metrics()).checkAssert(x -> assertThat(Metric.builder().from(x).build()).isEqualTo(x));
    qt().forAll(Generators.cellLikeText()).checkAssert(text -> {
      SdgCell x = SdgCell.read(text);
      assertThat(SdgCell.builder().from(x).build()).isEqualTo(x);
    });
  }

  @Test
  void roadmap_builderFrom_equalsAtEveryLevel() {
    qt().withExamples(200).forAll(roadmaps()).checkAssert(x -> {
      assertThat(Roadmap.builder().from(x).build()).isEqualTo(x);
      for (ActionLineRoadmap line : x.getActionLines()) {
        assertThat(ActionLineRoadmap.builder().from(line).build()).isEqualTo(line);
        for (Outcome outcome : line.getOutcomes()) {
          assertThat(Outcome.builder().from(outcome).build()).isEqualTo(outcome);
          assertThat(Results.builder().from(outcome.getResults()).build()).isEqualTo(outcome.getResults());
          outcome.getResults().getAchievements().forEach(a -> assertThat(Achievement.builder().from(a).build()).isEqualTo(a));
          outcome.getResults().getTargets().forEach(t -> assertThat(ResultTarget.builder().from(t).build()).isEqualTo(t));
          outcome.getCovidResponse().ifPresent(c -> assertThat(CovidResponse.builder().from(c).build()).isEqualTo(c));
          outcome.getSubItems().forEach(s -> assertThat(SubItem.builder().from(s).build()).isEqualTo(s));
          outcome.getSource().ifPresent(s -> assertThat(SourceRange.builder().from(s).build()).isEqualTo(s));
        }
      }
      x.getGlossary().forEach(g -> assertThat(GlossaryEntry.builder().from(g).build()).isEqualTo(g));
      assertThat(Roadmap.builder().from(x).title("other").build()).isNotEqualTo(x);
    });
  }
}
