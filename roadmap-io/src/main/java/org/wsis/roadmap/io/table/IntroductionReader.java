package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.C7SubLine;
import org.wsis.roadmap.Reference;

/**
 * Reads the mandate citations and the facilitator from the prose of a roadmap's introduction.
 *
 * <ul>
 *   <li>Mandate references: every citation {@link Reference#readAll} recognises in a sentence of the
 *       introduction ({@code upon its Resolution 1282}, {@code ITU PP- Resolution 140 (2022)}), in
 *       document order, each once; prose is no citation and is left out.
 *   <li>Facilitator: an organisation of the WSIS facilitator catalogue ({@link
 *       ActionLine#getLeadFacilitators()}, co-facilitators and partners, C7 sub-lines included)
 *       that a sentence names before a role phrase ending in the singular word {@code facilitator}: {@code the ITU
 *       continues ... as the WSIS Action Lines Sole Facilitator}, {@code whereby ITU is the lead
 *       facilitator}. The organisation named last before the role phrase is the one the phrase is
 *       about. When the sentences name different organisations, none is taken.
 * </ul>
 *
 * <p>Each reading is logged as {@link ImportIssue.Kind#INTRODUCTION_READ}.
 */
final class IntroductionReader {
  /** Words before a period that do not end a sentence: {@code Rev. Dubai}, {@code Res. 76}. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "rev", "res", "no", "nr", "art", "doc", "docs", "vol", "para", "e.g", "i.e", "etc", "cf", "vs", "mr", "ms", "dr", "st");

  /** The most words between the connector ({@code as}, {@code is}) and {@code facilitator}. */
  private static final int MAX_ROLE_WORDS = 8;

  private static final List<String> ORGANISATIONS = organisations();

  private final IssueLog log;
  private final List<Reference> references = new ArrayList<>();
  private String facilitator;

  IntroductionReader(IssueLog log) {
    this.log = log;
  }

  /**
   * Reads the paragraphs of an introduction.
   *
   * @param paragraphs the paragraphs, white space normalised
   * @param lines the line of each paragraph
   */
  void read(List<String> paragraphs, List<Integer> lines) {
    log.at(null, null);
    Set<Reference> seen = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    List<Integer> nameLines = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int line = lines.get(p);
      for (String sentence : sentences(paragraphs.get(p))) {
        for (Reference reference : Reference.readAll(sentence)) {
          if (reference.getKind() != Reference.Kind.TEXT && seen.add(reference)) {
            references.add(reference);
            log.add(line, ImportIssue.Kind.INTRODUCTION_READ, reference.getRaw(),
                "read as a mandate reference of the roadmap from the introduction");
          }
        }
        String name = facilitatorOf(sentence);
        if (name != null) {
          names.add(name);
          nameLines.add(line);
        }
      }
    }
    Set<String> facilitators = new TreeSet<>(names);
    if (facilitators.size() == 1) {
      facilitator = names.get(0);
      log.add(nameLines.get(0), ImportIssue.Kind.INTRODUCTION_READ, facilitator,
          "read as the facilitator of the roadmap from the introduction (named as facilitator in " + names.size()
              + (names.size() == 1 ? " sentence)" : " sentences)"));
    } else if (facilitators.size() > 1) {
      log.add(nameLines.get(0), ImportIssue.Kind.INTRODUCTION_READ, String.join(", ", facilitators),
          "the introduction names several organisations as facilitator; no facilitator was taken");
    }
  }

  /** Returns the citations read, in document order. */
  List<Reference> references() {
    return references;
  }

  /** Returns the facilitator read, or null. */
  String facilitator() {
    return facilitator;
  }

  /**
   * Splits a paragraph into sentences: after {@code .}, {@code !} or {@code ?} followed by a space
   * and a capital letter, digit or quote, outside brackets and not after an abbreviation.
   */
  static List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if ((c == '.' || c == '!' || c == '?') && depth == 0 && i + 2 < paragraph.length()
          && paragraph.charAt(i + 1) == ' ' && opensSentence(paragraph.charAt(i + 2))
          && !(c == '.' && abbreviation(paragraph, i))) {
        out.add(paragraph.substring(start, i + 1));
        start = i + 2;
      }
    }
    if (start < paragraph.length()) {
      out.add(paragraph.substring(start));
    }
    return out;
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\'' || c == '\u2018';
  }

  /** Tells whether the period at an index ends an abbreviation or a single letter. */
  private static boolean abbreviation(String s, int period) {
    int b = period;
    while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.') && period - b < 8) {
      b--;
    }
    String word = s.substring(b, period).toLowerCase(Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word);
  }

  /**
   * Returns the catalogue organisation a sentence names as facilitator, or null: the last one
   * before the connector {@code as} or {@code is} that opens a role phrase ending in
   * {@code facilitator}, at most {@link #MAX_ROLE_WORDS} words and no punctuation apart.
   */
  static String facilitatorOf(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int f = lower.indexOf("facilitator", from);
      if (f < 0) {
        return null;
      }
      from = f + 1;
      int e = f + "facilitator".length();
      if ((f > 0 && Character.isLetterOrDigit(lower.charAt(f - 1))) || (e < lower.length() && Character.isLetterOrDigit(lower.charAt(e)))) {
        continue;
      }
      int connector = connectorBefore(lower, f);
      if (connector < 0) {
        continue;
      }
      String name = lastOrganisation(sentence, connector);
      if (name != null) {
        return name;
      }
    }
  }

  /** Returns the index of {@code as} or {@code is} that opens the role phrase ending at {@code end}, or -1. */
  private static int connectorBefore(String lower, int end) {
    int e = end;
    for (int words = 0; words <= MAX_ROLE_WORDS; words++) {
      if (e == 0 || lower.charAt(e - 1) != ' ') {
        return -1;
      }
      int b = e - 1;
      while (b > 0 && lower.charAt(b - 1) != ' ') {
        b--;
      }
      String word = lower.substring(b, e - 1);
      if (word.equals("as") || word.equals("is")) {
        return b;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '\u2019') {
          return -1;
        }
      }
      e = b;
    }
    return -1;
  }

  /** Returns the catalogue organisation named last before an index, as a whole word, case-sensitive. */
  private static String lastOrganisation(String sentence, int before) {
    String found = null;
    int at = -1;
    for (String name : ORGANISATIONS) {
      int i = sentence.lastIndexOf(name, before - name.length());
      while (i >= 0 && !wholeWord(sentence, i, name.length())) {
        i = i == 0 ? -1 : sentence.lastIndexOf(name, i - 1);
      }
      if (i > at) {
        at = i;
        found = name;
      }
    }
    return found;
  }

  private static boolean wholeWord(String s, int at, int length) {
    int end = at + length;
    return (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)));
  }

  private static List<String> organisations() {
    Set<String> names = new TreeSet<>();
    for (ActionLine line : ActionLine.values()) {
      names.addAll(line.getLeadFacilitators());
      names.addAll(line.getCoFacilitators());
      names.addAll(line.getPartners());
    }
    for (C7SubLine line : C7SubLine.values()) {
      names.addAll(line.getLeadFacilitators());
      names.addAll(line.getCoFacilitators());
    }
    return List.copyOf(names);
  }
}
