package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.RoadmapValidator;
import org.wsis.roadmap.validation.ValidationReport;

final class HtmlReportTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-11T00:00:00Z"), ZoneOffset.UTC);

  private static ValidationReport validate(Roadmap roadmap) {
    return RoadmapValidator.builder().clock(CLOCK).build().validate(roadmap);
  }

  @Test
  void render_sameInput_sameBytes() {
    Roadmap roadmap = Dataset.edition2024();
    ValidationReport report = validate(roadmap);

    assertThat(HtmlReport.toBytes(roadmap, report)).isEqualTo(HtmlReport.toBytes(roadmap, validate(roadmap)));
  }

  @Test
  void render_textWithMarkup_isEscaped() {
    Roadmap roadmap = Fixtures.clean();

    String html = HtmlReport.render(roadmap, validate(roadmap));

    assertThat(html).contains("Strengthen &lt;child&gt; online protection &amp; &quot;safety&quot;.")
        .doesNotContain("<child>");
  }

  @Test
  void render_page_isSelfContainedAndAccessible() {
    Roadmap roadmap = Dataset.edition2024();

    String html = HtmlReport.render(roadmap, validate(roadmap));

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<meta charset=\"utf-8\">", "<h1>", "<h2 ",
        "<caption>", "<th scope=\"col\"", "<th scope=\"row\"", "<nav aria-label=\"Contents\">");
    assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "http://", "https://");
    assertThat(html).doesNotContain("\r");
  }

  @Test
  void render_findingsOfOutcomes_linkBothWays() {
    Roadmap roadmap = Fixtures.withError();
    ValidationReport report = validate(roadmap);

    String html = HtmlReport.render(roadmap, report);

    List<Finding> findings = report.getFindings();
    assertThat(findings).extracting(Finding::getRuleId).contains("WSIS-TIME-001");
    int number = findings.indexOf(report.findingsOf("WSIS-TIME-001").get(0)) + 1;
    assertThat(html).contains("<tr id=\"finding-" + number + "\"", "<a href=\"#outcome-C2.GT.A\">C2.GT.A",
        "<a href=\"#finding-" + number + "\">", "<tr id=\"outcome-C2.GT.A\" class=\"flagged\">");
  }

  @Test
  void render_everyInternalLink_hasItsTarget() {
    Roadmap roadmap = Dataset.edition2024();

    String html = HtmlReport.render(roadmap, validate(roadmap));

    List<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""), html);
    List<String> links = all(Pattern.compile(" href=\"#([^\"]+)\""), html);
    assertThat(links).isNotEmpty();
    assertThat(ids).doesNotHaveDuplicates().containsAll(links);
  }

  @Test
  void render_repeatedOutcomeId_keepsHtmlIdsUnique() {
    Roadmap clean = Fixtures.clean();
    ActionLineRoadmap line = ActionLineRoadmap.builder().from(clean.getActionLines().get(0))
        .outcomes(List.of(clean.outcomes().get(0), clean.outcomes().get(0))).build();
    Roadmap repeated = Roadmap.builder().from(clean).actionLines(List.of(line)).build();
    ValidationReport report = validate(repeated);

    String html = HtmlReport.render(repeated, report);

    assertThat(report.findingsOf("WSIS-ID-001")).isNotEmpty();
    assertThat(all(Pattern.compile(" id=\"([^\"]+)\""), html)).doesNotHaveDuplicates()
        .contains("outcome-C2.GT.A", "outcome-C2.GT.A-2");
  }

  @Test
  void render_heatMap_hasOneRowPerActionLineAndSeventeenGoalColumns() {
    Roadmap roadmap = Dataset.edition2024();

    String html = HtmlReport.render(roadmap, validate(roadmap));

    String heatmap = html.substring(html.indexOf("<table class=\"heatmap\">"), html.indexOf("</table>", html.indexOf("<table class=\"heatmap\">")));
    assertThat(all(Pattern.compile("(<th scope=\"col\" class=\"goal\")"), heatmap)).hasSize(17);
    assertThat(all(Pattern.compile("<tr><th scope=\"row\">(C\\d+)</th>"), heatmap)).hasSize(roadmap.getActionLines().size());
    assertThat(heatmap).contains("style=\"background:#E5243B;");
  }

  @Test
  void render_heatMap_framesAndMarksTheMatrixCells_withALegend() {
    Roadmap roadmap = Dataset.edition2024();

    String html = HtmlReport.render(roadmap, validate(roadmap));

    assertThat(matrixGoals(html, "C4")).containsExactly(1, 2, 3, 4, 5, 6, 12, 13, 14, 16, 17);
    assertThat(matrixGoals(html, "C5")).containsExactly(1, 4, 5, 7, 8, 9, 11, 16, 17);
    String c4 = row(html, "C4");
    assertThat(c4).contains("<td class=\"heat empty matrix\">0<span class=\"mark\" aria-hidden=\"true\">\u25C6</span>"
        + "<span class=\"vh\">, in the WSIS\u2013SDG Matrix</span></td>");
    assertThat(cells(c4).get(9)).startsWith("<td class=\"heat\" style=").doesNotContain("matrix", "\u25C6");
    assertThat(html).contains("<p class=\"matrix-legend\">", "A framed cell marked \u25C6 is one the WSIS\u2013SDG Matrix maps",
        "table.heatmap td.matrix,.heat-sample.matrix{outline:3px double currentColor;");
  }

  private static String row(String html, String actionLine) {
    int from = html.indexOf("<tr><th scope=\"row\">" + actionLine + "</th>", html.indexOf("<table class=\"heatmap\">"));
    return html.substring(from, html.indexOf("</tr>", from));
  }

  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    for (String part : row.split("(?=<td )")) {
      if (part.startsWith("<td ")) {
        cells.add(part);
      }
    }
    return cells.subList(0, 17);
  }

  private static List<Integer> matrixGoals(String html, String actionLine) {
    List<Integer> goals = new ArrayList<>();
    List<String> cells = cells(row(html, actionLine));
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).contains(" matrix\"") && cells.get(i).contains("\u25C6")) {
        goals.add(i + 1);
      }
    }
    return goals;
  }

  @Test
  void colours_everyGoalChipAndHeatCell_meetsContrastOfFourAndAHalf() {
    for (SdgGoal goal : SdgGoal.values()) {
      String background = SdgColours.of(goal);
      assertThat(SdgColours.contrast(background, SdgColours.textOn(background))).as("SDG %s", goal.getNumber())
          .isGreaterThanOrEqualTo(4.5);
    }
    for (int step = 0; step <= 20; step++) {
      String background = SdgColours.mix("#EFF3FF", "#08519C", step / 20.0);
      assertThat(SdgColours.contrast(background, SdgColours.textOn(background))).as("heat %s", background)
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void escape_everySpecialCharacter_becomesAReference() {
    assertThat(Html.escape("a<b>&\"c'\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;\uFFFD");
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
