package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;
import static org.wsis.roadmap.validation.Texts.normalise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.StrategicGoalRef;

/**
 * The references family ({@code WSIS-REF-001} to {@code WSIS-REF-006}): the citations of each outcome and of the roadmap's mandate. The forms of document symbols are checked by {@link CovidChecks}.
 */
final class ReferenceChecks implements RuleCheck {
  private static final Map<ResolutionBody, Integer> FIRST_CONFERENCE = new EnumMap<>(ResolutionBody.class);

  static {
    FIRST_CONFERENCE.put(ResolutionBody.PP, 1865);
    FIRST_CONFERENCE.put(ResolutionBody.UNGA, 1946);
    FIRST_CONFERENCE.put(ResolutionBody.COUNCIL, 1947);
    FIRST_CONFERENCE.put(ResolutionBody.WTSA, 1993);
    FIRST_CONFERENCE.put(ResolutionBody.WRC, 1993);
    FIRST_CONFERENCE.put(ResolutionBody.RA, 1993);
    FIRST_CONFERENCE.put(ResolutionBody.WTDC, 1994);
  }

  private static final Pattern RESOLUTION_NUMBER = Pattern.compile("[0-9]+(/[0-9]+)?");
  private static final Pattern UN_NUMBER = Pattern.compile("[0-9]+/[0-9]+");

  @Override
  public List<Rule> rules() {
    return List.of(Rule.REF_001, Rule.REF_002, Rule.REF_003, Rule.REF_004, Rule.REF_005, Rule.REF_006);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    String base = context.getPointer();
    for (int r = 0; r < outcome.getReferences().size(); r++) {
      reference(sink, outcome.getReferences().get(r), base + "/references/" + r, outcome);
    }
    repeatedReferences(sink, outcome, base);
  }

  @Override
  public void checkRoadmap(Roadmap roadmap, FindingSink sink) {
    for (int r = 0; r < roadmap.getMandateReferences().size(); r++) {
      reference(sink, roadmap.getMandateReferences().get(r), "/mandateReferences/" + r, null);
    }
  }

  private static void reference(FindingSink sink, Reference reference, String pointer, @Nullable Outcome outcome) {
    if (reference instanceof ResolutionRef resolution) {
      resolution(sink, resolution, pointer, outcome);
    } else if (reference instanceof StrategicGoalRef goal) {
      if (goal.getTarget().isPresent() && !goal.getTarget().get().startsWith(goal.getGoal() + ".")
          && !goal.getTarget().get().equals(String.valueOf(goal.getGoal()))) {
        sink.report(Rule.REF_001, pointer, outcome,
            "a strategic target must belong to the cited strategic goal " + goal.getGoal() + ", but was: '" + reference.getRaw() + "'");
      }
    } else if (reference instanceof InstrumentRef instrument) {
      if (instrument.getYear().isPresent() && instrument.getYear().get() > sink.getEditionYear()) {
        sink.report(Rule.REF_004, pointer, outcome,
            "a cited instrument must not be dated after the edition's year " + sink.getEditionYear() + ", but was: '" + reference.getRaw() + "'");
      }
    } else if (reference instanceof DocumentRef document) {
      if (document.getSymbols().isEmpty()) {
        sink.report(Rule.REF_001, pointer, outcome, "a document citation must name a document symbol, but was: '" + reference.getRaw() + "'");
      }
    } else {
      sink.report(Rule.REF_006, pointer, outcome,
          "citation text must name a strategic goal, resolution, instrument or document, but was: '" + clip(reference.getRaw()) + "'");
    }
  }

  private static void resolution(FindingSink sink, ResolutionRef ref, String pointer, @Nullable Outcome outcome) {
    if (ref.getNumbers().isEmpty()) {
      sink.report(Rule.REF_001, pointer, outcome, "a resolution citation must name a resolution number, but was: '" + ref.getRaw() + "'");
    }
    for (String number : ref.getNumbers()) {
      if (!RESOLUTION_NUMBER.matcher(number).matches()) {
        sink.report(Rule.REF_001, pointer, outcome,
            "a resolution number must look like '71' or '70/1', but was: '" + number + "' in '" + clip(ref.getRaw()) + "'");
      }
    }
    if (ref.isRevised() && ref.getYear().isEmpty()) {
      sink.report(Rule.REF_001, pointer, outcome, "a revised resolution must name the year of its revision, but was: '" + ref.getRaw() + "'");
    }
    if (ref.getBody().isEmpty() && !ref.getNumbers().isEmpty()
        && !ref.getNumbers().stream().allMatch(n -> UN_NUMBER.matcher(n).matches())) {
      sink.report(Rule.REF_002, pointer, outcome, "a resolution citation must name the body that adopted it, but was: '" + ref.getRaw() + "'");
    }
    if (ref.getBody().isPresent() && ref.getYear().isPresent()) {
      int first = FIRST_CONFERENCE.get(ref.getBody().get());
      if (ref.getYear().get() < first) {
        sink.report(Rule.REF_003, pointer, outcome,
            "a " + ref.getBody().get() + " resolution cannot be dated before the body's first conference in " + first
                + ", but was: '" + ref.getRaw() + "'");
      }
    }
    if (ref.getYear().isPresent() && ref.getYear().get() > sink.getEditionYear()) {
      sink.report(Rule.REF_004, pointer, outcome,
          "a cited resolution must not be dated after the edition's year " + sink.getEditionYear() + ", but was: '" + ref.getRaw() + "'");
    }
  }

  private static void repeatedReferences(FindingSink sink, Outcome outcome, String base) {
    Set<String> keys = new HashSet<>();
    for (int r = 0; r < outcome.getReferences().size(); r++) {
      Reference reference = outcome.getReferences().get(r);
      List<String> referenceKeys = new ArrayList<>();
      if (reference instanceof ResolutionRef ref) {
        for (String number : ref.getNumbers()) {
          referenceKeys.add("resolution:" + ref.getBody().map(Enum::name).orElse("?") + ":" + number);
        }
      } else {
        referenceKeys.add(reference.getKind() + ":" + normalise(reference.getRaw()));
      }
      for (String key : referenceKeys) {
        if (!keys.add(key)) {
          sink.report(Rule.REF_005, base + "/references/" + r, outcome,
              "citations must not repeat in one outcome, but was: '" + clip(reference.getRaw()) + "'");
          break;
        }
      }
    }
  }
}
