package org.wsis.roadmap.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;

/**
 * The identity family ({@code WSIS-ID-001} to {@code WSIS-ID-004}): outcome ids, labels and
 * sub-item labels. The state keeps the id of every outcome seen (exactly, or as a fingerprint when
 * validating a stream) and, per table, the label before in each section and the labels seen.
 */
final class IdentityChecks implements CrossOutcomeCheck<Void> {
  private static final Pattern OUTCOME_LABEL = Pattern.compile("([A-Za-z]?)([0-9]*)");
  private static final Pattern LETTER_NUMBER = Pattern.compile("([A-Za-z])([0-9]+)");
  private static final String[] ROMAN = new String[RuleFacts.MAX_ROMAN + 1];

  static {
    for (int i = 0; i < ROMAN.length; i++) {
      ROMAN[i] = RuleFacts.roman(i);
    }
  }

  @Override
  public List<Rule> rules() {
    return List.of(Rule.ID_001, Rule.ID_002, Rule.ID_003, Rule.ID_004);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    identity(sink, context.getActionLine(), context.getOutcome(), context.getPointer());
    subItems(sink, context.getOutcome(), context.getPointer());
  }

  @Override
  public @Nullable Void prepare(OutcomeContext outcome) {
    return null;
  }

  @Override
  public State<Void> newState(boolean stream) {
    return new IdState(stream);
  }

  /** Unique ids across the run; label sequences per table. */
  private static final class IdState implements State<Void> {
    private final @Nullable Map<OutcomeId, String> firstIdPointer;
    private final Fingerprints.@Nullable Ids ids;
    private final Map<OutcomeSection, String> previous = new EnumMap<>(OutcomeSection.class);
    private final Set<String> seen = new HashSet<>();
    private final Fingerprints.LongSet seenHashes = new Fingerprints.LongSet();
    private final boolean stream;

    IdState(boolean stream) {
      this.stream = stream;
      this.firstIdPointer = stream ? null : new HashMap<>();
      this.ids = stream ? new Fingerprints.Ids() : null;
    }

    @Override
    public void startActionLine(int index, ActionLineRoadmap actionLine, FindingSink sink) {
      previous.clear();
      seen.clear();
      seenHashes.clear();
    }

    @Override
    public void accept(OutcomeContext context, @Nullable Void prepared, FindingSink sink) {
      Outcome outcome = context.getOutcome();
      String first = ids != null ? ids.firstPointer(outcome.getId().toString(), context.getActionLineIndex(), context.getOutcomeIndex())
          : firstIdPointer.putIfAbsent(outcome.getId(), context.getPointer());
      if (first != null) {
        sink.report(Rule.ID_001, context.getPointer() + "/id", outcome, "outcome id must be unique, but '" + outcome.getId() + "' is also the id of " + first);
      }
      labelSequence(sink, context, outcome);
    }

    private boolean firstLabel(Outcome outcome) {
      String key = outcome.getSection() + ":" + outcome.getLabel();
      return stream ? seenHashes.add(Fingerprints.hash(key)) : seen.add(key);
    }

    private void labelSequence(FindingSink sink, OutcomeContext context, Outcome outcome) {
      String label = outcome.getLabel();
      if (!firstLabel(outcome)) {
        // A repeated label repeats an id: WSIS-ID-001 reports it, and the sequence goes on from the label before.
        return;
      }
      String before = previous.put(outcome.getSection(), label);
      String pointer = context.getPointer() + "/label";
      Matcher m = OUTCOME_LABEL.matcher(label);
      if (!m.matches() || label.isEmpty()) {
        sink.report(Rule.ID_003, pointer, outcome,
            "outcome label must be a letter, a letter and a number, or a number, but was: '" + label + "'");
        return;
      }
      if (before == null) {
        if (!startsSequence(m)) {
          sink.report(Rule.ID_003, pointer, outcome,
              "the first label of a section must be 'A', 'a', 'A1', 'a1' or '1', but was: '" + label + "'");
        }
      } else {
        Matcher p = OUTCOME_LABEL.matcher(before);
        if (p.matches() && !before.isEmpty() && !follows(p, m)) {
          sink.report(Rule.ID_003, pointer, outcome,
              "outcome labels must run in sequence within a section, but '" + label + "' follows '" + before + "'");
        }
      }
    }
  }

  private static void identity(FindingSink sink, ActionLineRoadmap line, Outcome outcome, String base) {
    if (outcome.getId().getActionLine() != line.getActionLine()) {
      sink.report(Rule.ID_002, base + "/id", outcome,
          "outcome id must name the action line of its table (" + line.getActionLine().getCode() + "), but was: '" + outcome.getId() + "'");
    }
    if (outcome.getId().getSection() != outcome.getSection()) {
      sink.report(Rule.ID_002, base + "/id", outcome,
          "outcome id must name the outcome's section (" + outcome.getSection().getCode() + "), but was: '" + outcome.getId() + "'");
    }
    if (!outcome.getId().getLabel().equals(outcome.getLabel())) {
      sink.report(Rule.ID_002, base + "/id", outcome,
          "outcome id must end with the outcome's label ('" + outcome.getLabel() + "'), but was: '" + outcome.getId() + "'");
    }
  }

  private static void subItems(FindingSink sink, Outcome outcome, String base) {
    for (int i = 1; i < outcome.getSubItems().size(); i++) {
      String before = outcome.getSubItems().get(i - 1).getLabel();
      String label = outcome.getSubItems().get(i).getLabel();
      String first = outcome.getSubItems().get(0).getLabel();
      Optional<String> expected = successor(first, before);
      if (expected.isPresent() && !expected.get().equals(label)) {
        sink.report(Rule.ID_004, base + "/subItems/" + i + "/label", outcome,
            "sub-item labels must run in sequence ('" + expected.get() + "' after '" + before + "'), but was: '" + label + "'");
      }
    }
    if (!outcome.getSubItems().isEmpty()) {
      String first = outcome.getSubItems().get(0).getLabel();
      if (!isSequenceStart(first)) {
        sink.report(Rule.ID_004, base + "/subItems/0/label", outcome,
            "the first sub-item label must be 'i', 'a', 'A', '1' or a letter followed by 1 such as 'D1', but was: '" + first + "'");
      }
    }
  }

  private static boolean startsSequence(Matcher m) {
    String letter = m.group(1);
    int number = m.group(2).isEmpty() ? 0 : parseSmall(m.group(2));
    if (letter.isEmpty()) {
      return number == 1;
    }
    return (letter.equals("A") || letter.equals("a")) && (number == 0 || number == 1);
  }

  private static boolean follows(Matcher previous, Matcher current) {
    String pl = previous.group(1);
    String cl = current.group(1);
    int pn = previous.group(2).isEmpty() ? 0 : parseSmall(previous.group(2));
    int cn = current.group(2).isEmpty() ? 0 : parseSmall(current.group(2));
    if (pl.isEmpty() || cl.isEmpty()) {
      return pl.isEmpty() && cl.isEmpty() && cn == pn + 1;
    }
    char p = pl.charAt(0);
    char c = cl.charAt(0);
    if (Character.isUpperCase(p) != Character.isUpperCase(c)) {
      return false;
    }
    if (p == c) {
      return pn >= 1 && cn == pn + 1;
    }
    return c == p + 1 && (cn == 0 || cn == 1);
  }

  private static int parseSmall(String digits) {
    return digits.length() > 6 ? Integer.MAX_VALUE - 1 : Integer.parseInt(digits);
  }

  private static boolean isSequenceStart(String label) {
    return label.equals("i") || label.equals("a") || label.equals("A") || label.equals("1")
        || (LETTER_NUMBER.matcher(label).matches() && label.substring(1).equals("1"));
  }

  /** Returns the label that should follow {@code previous} in a sequence that began with {@code first}. */
  private static Optional<String> successor(String first, String previous) {
    if (first.equals("i")) {
      int value = romanValue(previous);
      return value > 0 && value + 1 < ROMAN.length ? Optional.of(ROMAN[value + 1]) : Optional.empty();
    }
    Matcher m = LETTER_NUMBER.matcher(previous);
    if (LETTER_NUMBER.matcher(first).matches() && m.matches()) {
      return Optional.of(m.group(1) + (parseSmall(m.group(2)) + 1));
    }
    if (first.length() == 1 && Character.isLetter(first.charAt(0)) && previous.length() == 1 && Character.isLetter(previous.charAt(0))) {
      return Optional.of(String.valueOf((char) (previous.charAt(0) + 1)));
    }
    if (first.chars().allMatch(Character::isDigit) && !previous.isEmpty() && previous.chars().allMatch(Character::isDigit)) {
      return Optional.of(String.valueOf(parseSmall(previous) + 1));
    }
    return Optional.empty();
  }

  private static int romanValue(String label) {
    for (int i = 1; i < ROMAN.length; i++) {
      if (ROMAN[i].equals(label)) {
        return i;
      }
    }
    return 0;
  }
}
