package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Metrics in result text as the 2024 roadmaps print them. */
final class MetricTest {

  private static void assertMetric(Metric m, String raw, Metric.Comparison comparison, String value, String unit, Integer year) {
    assertThat(m.getRaw()).isEqualTo(raw);
    assertThat(m.getComparator()).isEqualTo(comparison);
    assertThat(m.getValue()).isEqualTo(new BigDecimal(value));
    assertThat(m.getUnit()).isEqualTo(unit);
    assertThat(m.getAsOfYear()).isEqualTo(java.util.Optional.ofNullable(year));
  }

  @Test
  void find_moreThan_withThousandsSeparator() {
    assertMetric(Metric.find("More than 250,000 course participants from underserved communities (covering 13 countries "
        + "and four regions) have been trained").orElseThrow(),
        "More than 250,000 course participants", Metric.Comparison.MORE_THAN, "250000", "course participants", null);
  }

  @Test
  void find_overWithYear_afterAStartingPoint() {
    assertMetric(Metric.find("bringing the total of the platform's learners from 10,000 to over 40,000 (2023).").orElseThrow(),
        "over 40,000 (2023)", Metric.Comparison.MORE_THAN, "40000", "", 2023);
  }

  @Test
  void find_around_skipsYears() {
    assertMetric(Metric.find("was held in 2016 and 2018, attracting around 400 participants for each event.").orElseThrow(),
        "around 400 participants", Metric.Comparison.AROUND, "400", "participants", null);
  }

  @Test
  void find_million_withAsOfYearEarlierInTheSentence() {
    assertMetric(Metric.find("As of 2023, the Campaign commitments have reached 23 million young people across the world.")
        .orElseThrow(), "23 million young people", Metric.Comparison.EXACT, "23000000", "young people", 2023);
  }

  @Test
  void find_unitWithAnd() {
    assertMetric(Metric.find("brings together more than 100 global public and private sector actors to ensure women")
        .orElseThrow(), "more than 100 global public and private sector actors", Metric.Comparison.MORE_THAN, "100",
        "global public and private sector actors", null);
  }

  @Test
  void find_otherForms() {
    assertMetric(Metric.find("75% of schools").orElseThrow(), "75%", Metric.Comparison.EXACT, "75", "%", null);
    assertMetric(Metric.find("up to 1.5 million users").orElseThrow(), "up to 1.5 million users", Metric.Comparison.UP_TO,
        "1500000", "users", null);
    assertMetric(Metric.find("less than 20 countries in 2022").orElseThrow(), "less than 20 countries in 2022",
        Metric.Comparison.LESS_THAN, "20", "countries", 2022);
    assertMetric(Metric.find("at least 5 regions").orElseThrow(), "at least 5 regions", Metric.Comparison.AT_LEAST, "5", "regions", null);
  }

  @Test
  void find_codesAndYearsOnly_findsNothing() {
    assertThat(Metric.find("SDG 9.c, Council Documents C15/18, since 2019, COVID-19")).isEmpty();
    assertThat(Metric.find("")).isEmpty();
  }

  @Test
  void findAll_findsEveryMetricInOrder() {
    assertThat(Metric.findAll("over 750 participants from over 100 countries")).extracting(Metric::getRaw)
        .containsExactly("over 750 participants", "over 100 countries");
  }

  @Test
  void parse_exactlyOneMetric_readsIt() {
    assertThat(Metric.parse("More than 250,000 course participants.")).isEqualTo(
        Metric.find("More than 250,000 course participants").orElseThrow());
    Metric m = Metric.find("over 40,000 (2023)").orElseThrow();
    assertThat(Metric.parse(m.getRaw())).isEqualTo(m);
  }

  @Test
  void parse_notOneMetric_throwsWithIndex() {
    assertThatThrownBy(() -> Metric.parse("many participants"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getMessage()).endsWith("but was: 'many participants'");
          assertThat(e.getErrorIndex()).isZero();
        });
    assertThatThrownBy(() -> Metric.parse("400 participants from 23 countries"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(17));
    assertThatThrownBy(() -> Metric.parse(null)).isInstanceOf(RoadmapParseException.class);
    assertThatThrownBy(() -> Metric.find(null)).isInstanceOf(RoadmapParseException.class);
  }
}
