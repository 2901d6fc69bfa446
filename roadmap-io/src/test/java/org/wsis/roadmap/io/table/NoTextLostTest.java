package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SubItem;

/**
 * The importer drops no word: every word printed in the table rows of the 2024 document is found,
 * as often as it is printed, in the outcomes read from them; only the words of the headings of the
 * results cell ("Expected Results", "ITU Activities (Aligned with SDGs)") become structure.
 */
final class NoTextLostTest {
  @Test
  void import2024_keepsEveryWordOfEveryTableRow() throws IOException {
    String text = DocumentParserTest.Documents.text2024();
    Map<String, Integer> printed = new TreeMap<>();
    Map<String, Integer> headings = new TreeMap<>();
    for (String line : text.split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      if (cells.length != 7) {
        continue;
      }
      if (cells[0].startsWith("WSIS Outcomes") || line.replace("\t", "").startsWith("Geneva Plan of Action")
          || line.replace("\t", "").startsWith("WSIS+10 Outcome Documents")) {
        continue;
      }
      for (String cell : cells) {
        count(cell.replaceAll("<[^>]*>", " "), printed);
      }
      for (CellParagraph item : CellMarkup.split(cells[5], 0, (tag, at) -> { })) {
        if (ResultsHeading.of(item.text()) != null) {
          count(item.text(), headings);
        }
      }
    }
    Map<String, Integer> imported = new TreeMap<>();
    Roadmap roadmap = RoadmapTableImporter.create().importText(text).getRoadmap();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      for (Outcome o : line.getOutcomes()) {
        for (String part : texts(o)) {
          count(part, imported);
        }
      }
    }
    // the headings of the results cell become the parts of Results; their words are the only ones not kept as text
    for (Map.Entry<String, Integer> heading : headings.entrySet()) {
      printed.merge(heading.getKey(), -heading.getValue(), Integer::sum);
    }
    printed.values().removeIf(n -> n == 0);
    assertThat(headings.keySet()).containsOnly(
        "Expected", "Result", "Results", "ITU", "Activities", "Aligned", "with", "SDGs", "of", "activities", "in", "this", "area", "include");
    assertThat(imported).isEqualTo(printed);
  }

  private static List<String> texts(Outcome o) {
    List<String> out = new ArrayList<>();
    out.add(o.getLabel());
    out.add(o.getStatement());
    for (SubItem s : o.getSubItems()) {
      out.add(s.getLabel());
      out.add(s.getText());
    }
    o.getTiming().ifPresent(t -> out.add(t.getRaw()));
    o.getSdgRaw().ifPresent(out::add);
    for (Reference r : o.getReferences()) {
      out.add(r.getRaw());
    }
    out.addAll(o.getEvidence());
    out.addAll(o.getResults().getExpected());
    out.addAll(o.getResults().getActivities());
    o.getResults().getAchievements().stream().map(Achievement::getText).forEach(out::add);
    o.getResults().getTargets().stream().map(ResultTarget::getText).forEach(out::add);
    out.addAll(o.getResults().getText());
    o.getCovidResponse().ifPresent(c -> {
      out.addAll(c.getDocuments());
      out.addAll(c.getInitiatives());
      out.addAll(c.getText());
    });
    return out;
  }

  /** Counts the words: runs of letters and digits. */
  private static void count(String text, Map<String, Integer> counts) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        counts.merge(text.substring(start, i), 1, Integer::sum);
        start = -1;
      }
    }
  }
}
