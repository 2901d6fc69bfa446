package org.wsis.roadmap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.ValidationReport;

final class HtmlReportTest {
  private static final Roadmap EDITION_2024 = WsisRoadmaps.edition2024();
  private static final String PAGE_2024 = Fixtures.report(EDITION_2024).toHtml();

  @Test
  void render_sameInput_sameBytes() {
    assertThat(Fixtures.report(EDITION_2024).toBytes()).isEqualTo(Fixtures.report(EDITION_2024).toBytes());
  }

  @Test
  void render_toWriter_writesTheSamePageAsToHtml() {
    HtmlReport report = Fixtures.report(Fixtures.clean());
    StringWriter out = new StringWriter();

    report.render(out);

    assertThat(out).hasToString(report.toHtml());
  }

  @Test
  void render_failingWriter_throwsRoadmapIoException() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> Fixtures.report(Fixtures.clean()).render(broken))
        .isInstanceOf(RoadmapIoException.class).hasMessageContaining("disk full");
  }

  @Test
  void builder_withoutValidationReport_throws() {
    assertThatThrownBy(() -> HtmlReport.builder().roadmap(Fixtures.clean()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the validation report was not set");
  }

  @Test
  void render_textWithMarkup_isEscaped() {
    String html = Fixtures.report(Fixtures.clean()).toHtml();

    assertThat(html).contains("Strengthen &lt;child&gt; online protection &amp; &quot;safety&quot;.")
        .doesNotContain("<child>");
  }

  @Test
  void render_controlCharactersAndQuotesInAttributes_areReplacedOrEscaped() {
    Roadmap clean = Fixtures.clean();
    Outcome bell = Outcome.builder().from(clean.outcomes().get(0)).statement("Ring\u0007 the 'bell'").build();
    Roadmap roadmap = Roadmap.builder().from(clean).title("Title \"quoted\" <b>")
        .actionLines(List.of(ActionLineRoadmap.builder().from(clean.getActionLines().get(0))
            .outcomes(List.of(bell, clean.outcomes().get(1))).build()))
        .build();

    String html = Fixtures.report(roadmap).toHtml();

    assertThat(html).contains("<p>Ring\uFFFD the &#39;bell&#39;</p>", "<title>Title &quot;quoted&quot; &lt;b&gt; \u2013 report</title>")
        .doesNotContain("\u0007", "<b>\"");
  }

  @Test
  void render_page_isSelfContainedAndAccessible() {
    assertThat(PAGE_2024).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<meta charset=\"utf-8\">", "<h1>", "<h2 ",
        "<caption>", "<th scope=\"col\"", "<th scope=\"row\"", "<nav aria-label=\"Contents\">", "<style>\n:root{");
    assertThat(PAGE_2024).doesNotContain("<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "http://", "https://");
    assertThat(PAGE_2024).doesNotContain("\r");
  }

  @Test
  void render_findingsOfOutcomes_linkBothWays() {
    Roadmap roadmap = Fixtures.withError();
    ValidationReport report = Fixtures.validate(roadmap);

    String html = HtmlReport.builder().roadmap(roadmap).validation(report).build().toHtml();

    List<Finding> findings = report.getFindings();
    assertThat(findings).extracting(Finding::getRuleId).contains("WSIS-TIME-001");
    int number = findings.indexOf(report.findingsOf("WSIS-TIME-001").get(0)) + 1;
    assertThat(html).contains("<tr id=\"finding-" + number + "\"", "<a href=\"#outcome-C2.GT.A\">C2.GT.A",
        "<a href=\"#finding-" + number + "\">", "<tr id=\"outcome-C2.GT.A\" class=\"flagged\">");
  }

  @Test
  void render_outcomeWithoutFindings_isNotFlagged() {
    Roadmap roadmap = Fixtures.clean();
    ValidationReport none = ValidationReport.builder().from(Fixtures.validate(roadmap)).findings(List.of()).build();

    String html = HtmlReport.builder().roadmap(roadmap).validation(none).build().toHtml();

    assertThat(html).contains("<tr id=\"outcome-C2.GT.B\">\n").doesNotContain("class=\"flagged\"");
  }

  @Test
  void render_everyInternalLink_hasItsTarget() {
    List<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""), PAGE_2024);
    List<String> links = all(Pattern.compile(" href=\"#([^\"]+)\""), PAGE_2024);

    assertThat(links).isNotEmpty();
    assertThat(ids).doesNotHaveDuplicates().containsAll(links);
  }

  @Test
  void render_repeatedOutcomeId_keepsHtmlIdsUnique() {
    Roadmap clean = Fixtures.clean();
    ActionLineRoadmap line = ActionLineRoadmap.builder().from(clean.getActionLines().get(0))
        .outcomes(List.of(clean.outcomes().get(0), clean.outcomes().get(0))).build();
    Roadmap repeated = Roadmap.builder().from(clean).actionLines(List.of(line)).build();
    ValidationReport report = Fixtures.validate(repeated);

    String html = HtmlReport.builder().roadmap(repeated).validation(report).build().toHtml();

    assertThat(report.findingsOf("WSIS-ID-001")).isNotEmpty();
    assertThat(all(Pattern.compile(" id=\"([^\"]+)\""), html)).doesNotHaveDuplicates()
        .contains("outcome-C2.GT.A", "outcome-C2.GT.A-2");
  }

  @Test
  void render_heatMap_hasOneRowPerActionLineAndSeventeenGoalColumns() {
    String heatmap = PAGE_2024.substring(PAGE_2024.indexOf("<table class=\"heatmap\">"),
        PAGE_2024.indexOf("</table>", PAGE_2024.indexOf("<table class=\"heatmap\">")));

    assertThat(all(Pattern.compile("(<th scope=\"col\" class=\"goal\")"), heatmap)).hasSize(17);
    assertThat(all(Pattern.compile("<tr><th scope=\"row\">(C\\d+)</th>"), heatmap)).hasSize(EDITION_2024.getActionLines().size());
    assertThat(heatmap).contains("style=\"background:#E5243B;");
  }

  @Test
  void render_heatMap_framesAndMarksTheMatrixCells_withALegend() {
    assertThat(matrixGoals(PAGE_2024, "C4")).containsExactly(1, 2, 3, 4, 5, 6, 12, 13, 14, 16, 17);
    assertThat(matrixGoals(PAGE_2024, "C5")).containsExactly(1, 4, 5, 7, 8, 9, 11, 16, 17);
    String c4 = row(PAGE_2024, "C4");
    assertThat(c4).contains("<td class=\"heat empty matrix\">0<span class=\"mark\" aria-hidden=\"true\">\u25C6</span>"
        + "<span class=\"vh\">, in the WSIS\u2013SDG Matrix</span></td>");
    assertThat(cells(c4).get(9)).startsWith("<td class=\"heat\" style=").doesNotContain("matrix", "\u25C6");
    assertThat(PAGE_2024).contains("<p class=\"matrix-legend\">", "A framed cell marked \u25C6 is one the WSIS\u2013SDG Matrix maps",
        "table.heatmap td.matrix,.heat-sample.matrix{outline:3px double currentColor;");
  }

  @Test
  void render_noFindings_saysSo() {
    Roadmap roadmap = Fixtures.clean();
    ValidationReport report = Fixtures.validate(roadmap);
    ValidationReport none = ValidationReport.builder().from(report).findings(List.of()).build();

    String html = HtmlReport.builder().roadmap(roadmap).validation(none).build().toHtml();

    assertThat(html).contains("<h2 id=\"findings-h\">Validation findings</h2>\n<p>No findings.</p>\n</section>\n")
        .doesNotContain("<table class=\"findings\">");
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

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
