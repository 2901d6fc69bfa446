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
  @Test
  void find_datesInResultText_areNoMetrics() {
    assertThat(Metric.find("the Regional Economic Dialogue (RED-AMS) was held 25 to 26 September 2023.")).isEmpty();
    assertThat(Metric.find("held in Sharm El-Sheikh, Egypt, from 5 to 8 June 2023 under the theme")).isEmpty();
    assertThat(Metric.find("the dialogue of 26 September")).isEmpty();
    assertThat(Metric.find("held 5-8 June 2023")).isEmpty();
    assertThat(Metric.find("on 5, 6 and 8 Oct. 2022")).isEmpty();
    assertThat(Metric.find("released in September 2024")).isEmpty();
    assertThat(Metric.find("launched on June 5, 2023")).isEmpty();
    assertThat(Metric.find("the session opens at 10:30")).isEmpty();
  }

  @Test
  void find_groupAndBodyNumbers_areNoMetrics() {
    assertThat(Metric.find("ITU-T Study Group 3 is developing economic and policy ITU-T Recommendations")).isEmpty();
    assertThat(Metric.find("and the ITU-T Study Group 3 Regional Group for Latin America and the Caribbean")).isEmpty();
    assertThat(Metric.find("ITU-D Study Group 1 Question 6/1 on Consumer information")).isEmpty();
    assertThat(Metric.find("guidelines on policy development for UAS 2.0.")).isEmpty();
    assertThat(Metric.find("the work of study groups 1 and 2")).isEmpty();
  }

  @Test
  void find_citationNumbers_areNoMetrics() {
    assertThat(Metric.find("activities under WTSA Resolution 44 on bridging the standardization gap")).isEmpty();
    assertThat(Metric.find("(Res. 70, Res. 71, Res. 76)")).isEmpty();
    assertThat(Metric.find("Res 76 on ICTs for young women and men")).isEmpty();
    assertThat(Metric.find("Resolutions 71, 130, 140 and 179 (Rev. Bucharest, 2022)")).isEmpty();
    assertThat(Metric.find("ITU Strategic Goal 1 (Target 1.6), SDG 9")).isEmpty();
  }

  @Test
  void find_listMarkers_areNoMetrics() {
    assertThat(Metric.find("A more effective use of Internet through: (1) the deployment of facilities such as Internet "
        + "Exchange Points (IXPs), (2) building capacity on ccTLDs")).isEmpty();
    assertThat(Metric.find("1. Introduction")).isEmpty();
    assertThat(Metric.find("2) capacity building")).isEmpty();
  }

  @Test
  void find_yearsStandingAlone_areNoMetrics() {
    assertThat(Metric.find("was held in 2016 and 2018")).isEmpty();
    assertThat(Metric.find("the WSIS implementation up to 2015 with special emphasis on Action Lines")).isEmpty();
    assertThat(Metric.find("based on the G5 Benchmark (2023 data to be released online in October)")).isEmpty();
    assertThat(Metric.find("the Universal Model for Connectivity 2030")).isEmpty();
  }

  @Test
  void find_quantitiesNextToRejectedForms_stillRead() {
    assertMetric(Metric.find("ITU-T has 13 Regional Groups to stimulate effective participation").orElseThrow(),
        "13 Regional Groups", Metric.Comparison.EXACT, "13", "Regional Groups", null);
    assertMetric(Metric.find("WTSA Resolution 44 forums drew over 300 participants").orElseThrow(),
        "over 300 participants", Metric.Comparison.MORE_THAN, "300", "participants", null);
    assertMetric(Metric.find("The GSR-23 attracted over 750 participants from 5 to 8 June 2023").orElseThrow(),
        "over 750 participants", Metric.Comparison.MORE_THAN, "750", "participants", null);
    assertMetric(Metric.find("With 300 participants, the forum grew.").orElseThrow(),
        "300 participants", Metric.Comparison.EXACT, "300", "participants", null);
    assertMetric(Metric.find("more than 2000 participants").orElseThrow(),
        "more than 2000 participants", Metric.Comparison.MORE_THAN, "2000", "participants", null);
  }

  @Test
  void findAll_metricsOfThe2024ResultsCells_readWithTheirUnits() {
    assertThat(Metric.findAll("More than 7,000 participants from 23 countries attended online workshops"))
        .extracting(Metric::getValue).containsExactly(new BigDecimal("7000"), new BigDecimal("23"));
    assertThat(Metric.findAll("more than 377,000 girls and young women have taken part in over 11,400 celebrations in 171 "
        + "countries worldwide")).extracting(Metric::getRaw)
        .containsExactly("more than 377,000 girls and young women", "over 11,400 celebrations", "171 countries worldwide");
    assertThat(Metric.findAll("over 300 women have been trained and mentored across 73 countries"))
        .extracting(Metric::getUnit).containsExactly("women", "countries");
    assertThat(Metric.findAll("ITU Academy has more than 20 partner institutions. More than 150 courses are offered"))
        .extracting(Metric::getRaw).containsExactly("more than 20 partner institutions", "More than 150 courses");
    assertThat(Metric.findAll("bringing together 140 participants from universities")).extracting(Metric::getRaw)
        .containsExactly("140 participants");
    assertThat(Metric.findAll("comparing data across 193 countries and economies, 120 individual indicators over 15+ years"))
        .extracting(Metric::getRaw)
        .containsExactly("193 countries and economies", "120 individual indicators", "over 15+ years");
  }

  @Test
  void find_unitEndingInConjunction_dropsIt() {
    assertThat(Metric.findAll("212 participants registered and 102 received a certificate")).extracting(Metric::getRaw)
        .containsExactly("212 participants registered", "102 received a certificate");
  }

  @Test
  void parse_rejectedForms_throw() {
    for (String text : new String[] {"26 September", "September 2024", "Study Group 3", "Resolution 44", "Res. 76", "(1)", "2019"}) {
      assertThatThrownBy(() -> Metric.parse(text)).as(text).isInstanceOf(RoadmapParseException.class);
    }
  }
}
