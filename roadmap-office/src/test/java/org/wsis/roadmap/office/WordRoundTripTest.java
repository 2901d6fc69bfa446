package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.Errata;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapTableImporter;

final class WordRoundTripTest {
  @Test
  void dump() throws Exception {
    Roadmap original = WsisRoadmaps.edition2024();
    Errata errata;
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_ERRATA_RESOURCE)) {
      errata = Errata.read(in);
    }
    ImportResult result = RoadmapWordDocument.importDocument(new ByteArrayInputStream(RoadmapWordDocument.toBytes(original)),
        "x.docx", RoadmapTableImporter.create());
    Roadmap back = result.getRoadmap();
    List<String> diffs = new ArrayList<>();
    List<Outcome> a = original.outcomes();
    List<Outcome> b = back.outcomes();
    int equal = 0;
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Outcome x = a.get(i).withSource(java.util.Optional.empty());
      Outcome y = b.get(i).withSource(java.util.Optional.empty());
      if (x.equals(y)) {
        equal++;
      } else {
        StringBuilder d = new StringBuilder(x.getId().toString());
        java.util.Map<String, java.util.function.Function<Outcome, Object>> fields = new java.util.LinkedHashMap<>();
        fields.put("statement", Outcome::getStatement);
        fields.put("subItems", Outcome::getSubItems);
        fields.put("timing", Outcome::getTiming);
        fields.put("references", Outcome::getReferences);
        fields.put("sdgLinks", Outcome::getSdgLinks);
        fields.put("sdgRaw", Outcome::getSdgRaw);
        fields.put("sdgNote", Outcome::getSdgNote);
        fields.put("evidence", Outcome::getEvidence);
        fields.put("results", Outcome::getResults);
        fields.put("covid", Outcome::getCovidResponse);
        fields.put("label", Outcome::getLabel);
        fields.forEach((k, f) -> {
          if (!f.apply(x).equals(f.apply(y))) {
            d.append("\n  ").append(k).append(":\n    ").append(f.apply(x)).append("\n    ").append(f.apply(y));
          }
        });
        diffs.add(d.toString());
      }
    }
    System.out.println("EQUAL " + equal + " of " + a.size() + " / " + b.size());
    diffs.stream().limit(30).forEach(d -> System.out.println("DIFF\n" + d));
    Roadmap x = strip(original);
    Roadmap y = strip(back);
    System.out.println("ROADMAP EQUAL " + x.equals(y));
    System.out.println(x.withActionLines(List.of()).equals(y.withActionLines(List.of())));
  }

  static Roadmap strip(Roadmap r) {
    List<ActionLineRoadmap> lines = new ArrayList<>();
    for (ActionLineRoadmap line : r.getActionLines()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome o : line.getOutcomes()) {
        outcomes.add(o.withSource(java.util.Optional.empty()));
      }
      lines.add(line.withSource(java.util.Optional.empty()).withOutcomes(outcomes));
    }
    return r.withActionLines(lines);
  }
}
