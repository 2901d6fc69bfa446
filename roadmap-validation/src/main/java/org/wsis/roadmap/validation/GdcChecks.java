package org.wsis.roadmap.validation;

import java.util.List;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;

/**
 * The Global Digital Compact family ({@code WSIS-GDC-001}): a link names one of the Compact's five
 * objectives.
 */
final class GdcChecks implements RuleCheck {
  @Override
  public List<Rule> rules() {
    return List.of(Rule.GDC_001);
  }

  /** Reports every GDC link of an outcome that names no objective of the Compact. */
  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    List<GdcObjective> links = outcome.getGdcLinks();
    for (int k = 0; k < links.size(); k++) {
      GdcObjective objective = links.get(k);
      if (!objective.isKnown()) {
        sink.report(Rule.GDC_001, context.getPointer() + "/gdcLinks/" + k, outcome, "a GDC link must name one of the "
            + GdcObjective.catalogue().size() + " objectives of the Global Digital Compact (1 to "
            + GdcObjective.catalogue().size() + "), but was: " + objective.getNumber());
      }
    }
  }
}
