package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;
import static org.wsis.roadmap.validation.Texts.normalise;

import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * The text family ({@code WSIS-TEXT-001} to {@code WSIS-TEXT-007}): statements, prose and lists. The state keeps the key of every statement seen (exactly, or as two 64-bit hashes when validating a stream) and, per table, the rows with an empty evidence, references or COVID-19 cell.
 */
final class TextChecks implements CrossOutcomeCheck<String> {
  private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");

  @Override
  public List<Rule> rules() {
    return List.of(Rule.TEXT_001, Rule.TEXT_002, Rule.TEXT_003, Rule.TEXT_004, Rule.TEXT_005, Rule.TEXT_006, Rule.TEXT_007);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    String base = context.getPointer();
    text(sink, context.footnotes(), outcome, base);
  }

  /** The comparison key of the outcome's statement, computed with the outcome's other checks, on any thread. */
  @Override
  public @Nullable String prepare(OutcomeContext outcome) {
    String key = normalise(outcome.getOutcome().getStatement());
    return key.isEmpty() ? null : key;
  }

  @Override
  public State<String> newState(boolean stream) {
    return new TextState(stream);
  }

  /** The first outcome of each statement key over the run, and the empty cells of the current table. */
  private static final class TextState implements State<String> {
    private final @Nullable Map<String, String> firstStatement;
    private final Fingerprints.@Nullable Keys statements;
    private final EmptyCells cells;

    TextState(boolean stream) {
      this.firstStatement = stream ? null : new HashMap<>();
      this.statements = stream ? new Fingerprints.Keys() : null;
      this.cells = new EmptyCells(stream);
    }

    @Override
    public void startActionLine(int index, ActionLineRoadmap actionLine, FindingSink sink) {
      cells.clear();
    }

    @Override
    public void accept(OutcomeContext context, @Nullable String key, FindingSink sink) {
      Outcome outcome = context.getOutcome();
      if (key != null) {
        String id = outcome.getId().toString();
        String first = statements != null ? statements.firstValue(key, id) : firstStatement.putIfAbsent(key, id);
        if (first != null) {
          sink.report(Rule.TEXT_002, context.getPointer() + "/statement", outcome,
              "statements must not repeat, but this one repeats the statement of " + first + ": '" + clip(outcome.getStatement()) + "'");
        }
      }
      cells.add(context.getOutcomeIndex(), outcome);
    }

    @Override
    public void endActionLine(int index, ActionLineRoadmap actionLine, int outcomes, FindingSink sink) {
      cells.report(index, outcomes, sink);
    }
  }

  /** The rows of one table with an empty evidence, references or COVID-19 cell, and how many rows fill each. */
  private static final class EmptyCells {
    private static final int EVIDENCE = 1;
    private static final int REFERENCES = 2;
    private static final int COVID = 4;

    private final boolean stream;
    private final List<OutcomeId> ids = new ArrayList<>();
    private Fingerprints.TextArena idTexts = new Fingerprints.TextArena();
    private int[] rows = new int[16];
    private int[] lines = new int[16];
    private byte[] flags = new byte[16];
    private int size;
    private int evidence;
    private int references;
    private int covid;

    EmptyCells(boolean stream) {
      this.stream = stream;
    }

    void clear() {
      ids.clear();
      idTexts = new Fingerprints.TextArena();
      size = 0;
      evidence = 0;
      references = 0;
      covid = 0;
    }

    void add(int row, Outcome outcome) {
      int empty = (outcome.getEvidence().isEmpty() ? EVIDENCE : 0) | (outcome.getReferences().isEmpty() ? REFERENCES : 0)
          | (hasCovid(outcome) ? 0 : COVID);
      evidence += (empty & EVIDENCE) == 0 ? 1 : 0;
      references += (empty & REFERENCES) == 0 ? 1 : 0;
      covid += (empty & COVID) == 0 ? 1 : 0;
      if (empty == 0) {
        return;
      }
      if (size == rows.length) {
        rows = java.util.Arrays.copyOf(rows, size * 2);
        lines = java.util.Arrays.copyOf(lines, size * 2);
        flags = java.util.Arrays.copyOf(flags, size * 2);
      }
      rows[size] = row;
      lines[size] = outcome.getSource().map(s -> s.getFromLine()).orElse(-1);
      flags[size] = (byte) empty;
      if (stream) {
        idTexts.add(outcome.getId().toString());
      } else {
        ids.add(outcome.getId());
      }
      size++;
    }

    void report(int table, int n, FindingSink sink) {
      if (n < 3) {
        return;
      }
      int others = n - 1;
      for (int i = 0; i < size; i++) {
        String base = "/actionLines/" + table + "/outcomes/" + rows[i];
        Optional<OutcomeId> id = Optional.of(stream ? OutcomeId.parse(idTexts.get(i)) : ids.get(i));
        Optional<Integer> line = lines[i] < 0 ? Optional.empty() : Optional.of(lines[i]);
        if ((flags[i] & EVIDENCE) != 0 && evidence * 3 >= others * 2) {
          sink.report(Rule.TEXT_003, base + "/evidence", id, line,
              "the evidence cell must be filled like the rest of the action line, but it is empty while " + evidence + " of " + others + " other outcomes fill it");
        }
        if ((flags[i] & REFERENCES) != 0 && references * 3 >= others * 2) {
          sink.report(Rule.TEXT_003, base + "/references", id, line,
              "the references cell must be filled like the rest of the action line, but it is empty while " + references + " of " + others + " other outcomes fill it");
        }
        if ((flags[i] & COVID) != 0 && covid * 3 >= others * 2) {
          sink.report(Rule.TEXT_003, base + "/covidResponse", id, line,
              "the COVID-19 response cell must be filled like the rest of the action line, but it is empty while " + covid + " of " + others + " other outcomes fill it");
        }
      }
    }
  }

  private static void text(FindingSink sink, Set<String> footnotes, Outcome outcome, String base) {
    if (outcome.getStatement().isBlank() && outcome.getSubItems().isEmpty()) {
      sink.report(Rule.TEXT_001, base + "/statement", outcome, "outcome must have a statement or sub-items, but the statement is empty");
    }
    prose(sink, footnotes, outcome, base, "/statement", -1, outcome.getStatement());
    for (int i = 0; i < outcome.getSubItems().size(); i++) {
      prose(sink, footnotes, outcome, base, "/subItems/" + i + "/text", -1, outcome.getSubItems().get(i).getText());
    }
    list(sink, footnotes, outcome, base, "/evidence/", outcome.getEvidence());
    list(sink, footnotes, outcome, base, "/results/expected/", outcome.getResults().getExpected());
    list(sink, footnotes, outcome, base, "/results/activities/", outcome.getResults().getActivities());
    list(sink, footnotes, outcome, base, "/results/text/", outcome.getResults().getText());
    for (int i = 0; i < outcome.getResults().getAchievements().size(); i++) {
      prose(sink, footnotes, outcome, base, "/results/achievements/", i, outcome.getResults().getAchievements().get(i).getText());
    }
    for (int i = 0; i < outcome.getResults().getTargets().size(); i++) {
      prose(sink, footnotes, outcome, base, "/results/targets/", i, outcome.getResults().getTargets().get(i).getText());
    }
    if (outcome.getCovidResponse().isPresent()) {
      list(sink, footnotes, outcome, base, "/covidResponse/text/", outcome.getCovidResponse().get().getText());
    }
    for (int r = 0; r < outcome.getReferences().size(); r++) {
      prose(sink, footnotes, outcome, base, "/references/", r, outcome.getReferences().get(r).getRaw());
    }
    if (outcome.getTiming().isPresent()) {
      prose(sink, footnotes, outcome, base, "/timing/raw", -1, outcome.getTiming().get().getRaw());
    }
    if (outcome.getSdgRaw().isPresent()) {
      prose(sink, footnotes, outcome, base, "/sdgRaw", -1, outcome.getSdgRaw().get());
    }
  }

  /** Builds a pointer only when a finding needs it: {@code base + field}, then {@code index} (and {@code /raw} or {@code /text}). */
  private static String at(String base, String field, int index) {
    if (index < 0) {
      return base + field;
    }
    if (field.equals("/references/")) {
      return base + field + index + "/raw";
    }
    if (field.equals("/results/achievements/") || field.equals("/results/targets/")) {
      return base + field + index + "/text";
    }
    return base + field + index;
  }

  /** Footnote markers, brackets and markup of one text, each checked only when one scan saw its characters. */
  private static void prose(FindingSink sink, Set<String> footnotes, Outcome outcome, String base, String field, int index, String value) {
    int seen = Texts.scan(value);
    if ((seen & Texts.SUPERSCRIPT) != 0) {
      footnoteMarkers(sink, footnotes, outcome, base, field, index, value);
    }
    if ((seen & Texts.BRACKET) != 0) {
      brackets(sink, footnotes, outcome, base, field, index, value);
    }
    if ((seen & Texts.MARKUP_START) != 0) {
      markup(sink, footnotes, outcome, base, field, index, value);
    }
  }

  private static void list(FindingSink sink, Set<String> footnotes, Outcome outcome, String base, String field, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      prose(sink, footnotes, outcome, base, field, i, items.get(i));
    }
    if (items.size() > 1) {
      for (int i : Texts.repeatedItems(items)) {
        sink.report(Rule.TEXT_007, at(base, field, i), outcome, "list items must not repeat in one cell, but was: '" + clip(items.get(i)) + "'");
      }
    }
  }

  private static void footnoteMarkers(FindingSink sink, Set<String> footnotes, Outcome outcome, String base, String field, int index, String value) {
    String pointer = at(base, field, index);
    Matcher m = SUPERSCRIPTS.matcher(value);
    while (m.find()) {
      String number = Texts.toDigits(m.group());
      if (!footnotes.contains(number)) {
        sink.report(Rule.TEXT_004, pointer, outcome,
            "a footnote marker must have a note of its number, but marker " + m.group() + " (" + number + ") has none in: '" + clip(value) + "'");
        return;
      }
    }
  }

  private static void brackets(FindingSink sink, Set<String> footnotes, Outcome outcome, String base, String field, int index, String value) {
    StringBuilder open = new StringBuilder(); // the open brackets, innermost last
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(' || c == '[') {
        open.append(c);
      } else if (c == ')' && (open.length() == 0 || open.charAt(open.length() - 1) != '(') && isListMarker(value, i)) {
        continue; // a list marker such as 'a)' or 'iv)', unless a '(' is open for it to close
      } else if (c == ')' || c == ']') {
        char expected = c == ')' ? '(' : '[';
        if (open.length() == 0 || open.charAt(open.length() - 1) != expected) {
          sink.report(Rule.TEXT_005, at(base, field, index), outcome, "brackets must be balanced, but '" + c + "' closes nothing in: '" + clip(value) + "'");
          return;
        }
        open.setLength(open.length() - 1);
      }
    }
    if (open.length() > 0) {
      sink.report(Rule.TEXT_005, at(base, field, index), outcome,
          "brackets must be balanced, but '" + open.charAt(open.length() - 1) + "' is never closed in: '" + clip(value) + "'");
    }
  }

  /**
   * Tells whether the ')' at {@code close} ends a list marker such as {@code a)}, {@code iv)} or
   * {@code 2)} standing at the start of the text or after white space or {@code ;:,}.
   */
  private static boolean isListMarker(String text, int close) {
    int start = close;
    while (start > 0 && close - start < 4 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    if (start == close || (start > 0 && " \t\n;:,".indexOf(text.charAt(start - 1)) < 0)) {
      return false;
    }
    int length = close - start;
    if (length == 1) {
      return true;
    }
    boolean digits = length <= 2;
    boolean roman = true;
    for (int i = start; i < close; i++) {
      char ch = text.charAt(i);
      digits &= Character.isDigit(ch);
      roman &= "ivxIVX".indexOf(ch) >= 0;
    }
    return digits || roman;
  }

  private static void markup(FindingSink sink, Set<String> footnotes, Outcome outcome, String base, String field, int index, String value) {
    Matcher m = Texts.MARKUP.matcher(value);
    if (m.find()) {
      sink.report(Rule.TEXT_006, at(base, field, index), outcome, "text must carry no markup, but has '" + m.group() + "' in: '" + clip(value) + "'");
    }
  }

  private static boolean hasCovid(Outcome outcome) {
    return outcome.getCovidResponse()
        .map(c -> !c.getDocuments().isEmpty() || !c.getInitiatives().isEmpty() || !c.getText().isEmpty())
        .orElse(false);
  }
}
