package org.wsis.roadmap.validation;

import java.util.List;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;

/**
 * The rules on links to the objectives of the Global Digital Compact: {@link Rule#GDC_001}, a link
 * names one of the Compact's five objectives.
 */
final class GdcChecks {
  /** Receives a finding of one outcome: the rule, the JSON pointer and the message. */
  interface Reporter {
    void report(Rule rule, String pointer, String message);
  }

  private GdcChecks() {}

  /** Reports every GDC link of an outcome that names no objective of the Compact. */
  static void links(Outcome outcome, String base, Reporter reporter) {
    List<GdcObjective> links = outcome.getGdcLinks();
    for (int k = 0; k < links.size(); k++) {
      GdcObjective objective = links.get(k);
      if (!objective.isKnown()) {
        reporter.report(Rule.GDC_001, base + "/gdcLinks/" + k, "a GDC link must name one of the "
            + GdcObjective.catalogue().size() + " objectives of the Global Digital Compact (1 to "
            + GdcObjective.catalogue().size() + "), but was: " + objective.getNumber());
      }
    }
  }
}
