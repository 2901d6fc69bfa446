package org.wsis.roadmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.ValidationReport;

/** The Global Digital Compact in the HTML report: shown only for a roadmap with GDC links. */
final class HtmlReportGdcTest {
  private static final Roadmap WITH_GDC = Fixtures.withGdcLinks();
  private static final String PAGE = Fixtures.report(WITH_GDC).toHtml();

  @Test
  void render_outcomeWithGdcLinks_showsEachObjectiveLinkedToItsDescription() {
    String cell = cellOf(PAGE, "C2.GT.A");

    assertThat(cell).isEqualTo("<td class=\"gdc\"><ul>"
        + "<li><a href=\"#gdc-1\">GDC 1</a> " + GdcObjective.of(1).getTitle().orElseThrow() + "</li>"
        + "<li><a href=\"#gdc-3\">GDC 3</a> Foster an inclusive, open, safe and secure digital space that respects,"
        + " protects and promotes human rights</li></ul></td>");
    assertThat(PAGE).contains("<th scope=\"col\">SDG links</th><th scope=\"col\">Global Digital Compact</th>"
        + "<th scope=\"col\">Evidence and results</th>");
  }

  @Test
  void render_linkToAnObjectiveTheCompactLacks_isShownWithoutALinkAndFlagged() {
    ValidationReport report = Fixtures.validate(WITH_GDC);

    assertThat(report.findingsOf("WSIS-GDC-001")).hasSize(1);
    assertThat(cellOf(PAGE, "C2.GT.B")).isEqualTo("<td class=\"gdc\"><ul><li>GDC 6 "
        + "<span class=\"none\">(the Compact has no such objective)</span></li></ul></td>");
    assertThat(PAGE).contains("<tr id=\"outcome-C2.GT.B\" class=\"flagged\">").doesNotContain("href=\"#gdc-6\"");
  }

  @Test
  void render_gdcSection_countsOutcomesPerActionLineAndObjective_andDescribesTheFive() {
    String section = PAGE.substring(PAGE.indexOf("<section id=\"gdc\""), PAGE.indexOf("</section>", PAGE.indexOf("<section id=\"gdc\"")));

    assertThat(section).contains("<h2 id=\"gdc-h\">Global Digital Compact</h2>", "(" + GdcObjective.source() + ")",
        "<tr><th scope=\"row\"><a href=\"#al-C2\">C2</a></th><td class=\"num\" title=\"C2.GT.A\">1</td><td class=\"num\">0</td>"
            + "<td class=\"num\" title=\"C2.GT.A\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1/2</td></tr>");
    for (GdcObjective objective : GdcObjective.catalogue()) {
      assertThat(section).contains("<li id=\"gdc-" + objective.getNumber() + "\"><b>GDC " + objective.getNumber() + "</b> "
          + objective.getTitle().orElseThrow() + "</li>");
    }
    assertThat(PAGE).contains("<li><a href=\"#coverage\">SDG coverage</a></li>\n<li><a href=\"#gdc\">Global Digital Compact</a></li>\n");
  }

  @Test
  void render_withGdcLinks_everyInternalLinkHasItsTarget_andIdsStayUnique() {
    List<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""), PAGE);
    List<String> links = all(Pattern.compile(" href=\"#([^\"]+)\""), PAGE);

    assertThat(links).contains("gdc", "gdc-1", "gdc-3");
    assertThat(ids).doesNotHaveDuplicates().containsAll(links);
    assertThat(PAGE).doesNotContain("<child>").contains("Strengthen &lt;child&gt; online protection &amp; &quot;safety&quot;.");
  }

  @Test
  void render_withoutGdcLinks_showsNothingOfTheCompact() {
    String page = Fixtures.report(Fixtures.clean()).toHtml();

    assertThat(page).doesNotContain("Global Digital Compact", "class=\"gdc\"", "id=\"gdc");
  }

  private static String cellOf(String html, String outcomeId) {
    int row = html.indexOf("<tr id=\"outcome-" + outcomeId + "\"");
    int from = html.indexOf("<td class=\"gdc\">", row);
    assertThat(row).isNotNegative();
    assertThat(from).isLessThan(html.indexOf("</tr>", row));
    return html.substring(from, html.indexOf("</td>", from) + "</td>".length());
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
