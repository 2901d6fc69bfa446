package org.wsis.roadmap;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wsis.roadmap.internal.Tsv;

/** The bundled WSIS action line catalogue, read on first use (lazy holder idiom); package-private. */
final class WsisCatalogue {
  private WsisCatalogue() {}

  /** Titles and facilitators of one action line or C7 sub-line. */
  static final class Facts {
    final String title;
    final String genevaPlanTitle;
    final List<String> lead;
    final List<String> coFacilitators;
    final List<String> partners;
    final Optional<String> note;

    Facts(String title, String genevaPlanTitle, List<String> lead, List<String> coFacilitators,
        List<String> partners, String note) {
      this.title = title;
      this.genevaPlanTitle = genevaPlanTitle;
      this.lead = lead;
      this.coFacilitators = coFacilitators;
      this.partners = partners;
      this.note = note.isEmpty() ? Optional.empty() : Optional.of(note);
    }
  }

  static Facts of(ActionLine line) {
    return Data.INSTANCE.lines.get(line);
  }

  static Facts of(C7SubLine subLine) {
    return Data.INSTANCE.subLines.get(subLine);
  }

  private static final class Data {
    static final Data INSTANCE = new Data();

    final Map<ActionLine, Facts> lines;
    final Map<C7SubLine, Facts> subLines;

    private Data() {
      Map<ActionLine, Facts> byLine = new EnumMap<>(ActionLine.class);
      for (List<String> row : Tsv.read("wsis-action-lines.tsv", 7)) {
        byLine.put(ActionLine.parse(row.get(0)), new Facts(Tsv.text(row.get(1)), Tsv.text(row.get(2)),
            Tsv.list(row.get(3)), Tsv.list(row.get(4)), Tsv.list(row.get(5)), Tsv.text(row.get(6))));
      }
      Map<C7SubLine, Facts> bySubLine = new EnumMap<>(C7SubLine.class);
      for (List<String> row : Tsv.read("wsis-c7-sub-lines.tsv", 5)) {
        String title = Tsv.text(row.get(1));
        bySubLine.put(C7SubLine.parse(row.get(0)), new Facts(title, title,
            Tsv.list(row.get(2)), Tsv.list(row.get(3)), List.of(), Tsv.text(row.get(4))));
      }
      if (byLine.size() != ActionLine.values().length || bySubLine.size() != C7SubLine.values().length) {
        throw new RoadmapException("Bundled WSIS action line catalogue must list C1 to C11 and the eight C7 sub-lines, but had "
            + byLine.keySet() + " and " + bySubLine.keySet());
      }
      lines = Collections.unmodifiableMap(byLine);
      subLines = Collections.unmodifiableMap(bySubLine);
    }
  }
}
