package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.SdgCell;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.TargetLink;

/**
 * The SDG family ({@code WSIS-SDG-001} to {@code WSIS-SDG-005}): the goals and targets of each outcome.
 */
final class SdgChecks implements RuleCheck {
  private static final int MAX_CACHED_CELLS = 4096;

  /** Unread fragments by SDG cell text, for one run. */
  private final Map<String, List<String>> sdgCells = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public List<Rule> rules() {
    return List.of(Rule.SDG_001, Rule.SDG_002, Rule.SDG_003, Rule.SDG_004, Rule.SDG_005);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    String base = context.getPointer();
    sdg(sink, outcome, base);
  }

  private void sdg(FindingSink sink, Outcome outcome, String base) {
    List<SdgLink> links = outcome.getSdgLinks();
    Set<SdgGoal> goals = java.util.EnumSet.noneOf(SdgGoal.class);
    for (SdgLink link : links) {
      if (link.getKind() == SdgLink.Kind.GOAL) {
        goals.add(link.getGoal());
      }
    }
    Set<String> codes = new HashSet<>();
    for (int k = 0; k < links.size(); k++) {
      SdgLink link = links.get(k);
      String pointer = base + "/sdgLinks/" + k;
      if (!codes.add(link.getCode())) {
        sink.report(Rule.SDG_003, pointer, outcome, "SDG links must not repeat in one outcome, but was: '" + link.getCode() + "'");
      }
      if (link instanceof TargetLink target) {
        if (!target.getTarget().isKnown()) {
          sink.report(Rule.SDG_001, pointer, outcome,
              "an SDG target must be one of the 169 targets of the UN catalogue, but was: '" + link.getCode() + "'");
        }
        if (!goals.isEmpty() && !goals.contains(target.getGoal())) {
          sink.report(Rule.SDG_002, pointer, outcome,
              "an SDG target must belong to a goal the outcome lists (" + goalList(goals) + "), but was: '" + link.getCode() + "'");
        }
      }
    }
    if (links.isEmpty()) {
      sink.report(Rule.SDG_004, base + "/sdgLinks", outcome, outcome.getSdgRaw().isEmpty()
          ? "outcome must be linked with SDG goals or targets, but the SDG cell is empty"
          : "outcome must be linked with SDG goals or targets, but none was read from: '" + clip(outcome.getSdgRaw().get()) + "'");
    }
    if (outcome.getSdgRaw().isPresent() && sink.isEnabled(Rule.SDG_005)) {
      for (String fragment : unreadSdgText(outcome.getSdgRaw().get())) {
        sink.report(Rule.SDG_005, base + "/sdgRaw", outcome,
            "SDG cell text must read as goals, targets or prose, but this fragment was not: '" + clip(fragment) + "'");
      }
    }
  }

  private static String goalList(Set<SdgGoal> goals) {
    StringBuilder sb = new StringBuilder();
    for (SdgGoal goal : goals) {
      sb.append(sb.length() == 0 ? "" : ", ").append("SDG ").append(goal.getNumber());
    }
    return sb.toString();
  }

  /** The unread fragments of an SDG cell; cells repeat across outcomes, so each text is read once per run (up to a bounded number of texts). */
  private List<String> unreadSdgText(String raw) {
    List<String> unread = sdgCells.get(raw);
    if (unread == null) {
      unread = Texts.isCodeList(raw) ? List.of() : SdgCell.read(raw).getUnread();
      if (sdgCells.size() < MAX_CACHED_CELLS) {
        sdgCells.put(raw, unread);
      }
    }
    return unread;
  }
}
