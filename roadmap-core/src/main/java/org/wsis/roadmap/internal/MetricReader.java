package org.wsis.roadmap.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapParseException;

/**
 * Finds numbers with their comparator, unit and year in result text; the implementation of {@link
 * Metric#find}, {@link Metric#findAll} and {@link Metric#parse}.
 *
 * <pre>{@code
 * Optional<Metric> metric = MetricReader.find("around 400 participants for each event");
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class MetricReader {
  private static final int MAX_UNIT_WORDS = 6;

  /** A phrase that puts a comparison before a number: {@code more than 300}. */
  private record Comparator(String phrase, Metric.Comparison comparison) {}

  /** A word that multiplies the number before it: {@code 3 million}. */
  private record Multiplier(String word, BigDecimal factor) {}

  private static final List<Comparator> COMPARATORS = List.of(
      new Comparator("more than", Metric.Comparison.MORE_THAN),
      new Comparator("in excess of", Metric.Comparison.MORE_THAN),
      new Comparator("over", Metric.Comparison.MORE_THAN),
      new Comparator("above", Metric.Comparison.MORE_THAN),
      new Comparator("at least", Metric.Comparison.AT_LEAST),
      new Comparator("a minimum of", Metric.Comparison.AT_LEAST),
      new Comparator("no fewer than", Metric.Comparison.AT_LEAST),
      new Comparator("no less than", Metric.Comparison.AT_LEAST),
      new Comparator("approximately", Metric.Comparison.AROUND),
      new Comparator("around", Metric.Comparison.AROUND),
      new Comparator("about", Metric.Comparison.AROUND),
      new Comparator("nearly", Metric.Comparison.AROUND),
      new Comparator("almost", Metric.Comparison.AROUND),
      new Comparator("roughly", Metric.Comparison.AROUND),
      new Comparator("some", Metric.Comparison.AROUND),
      new Comparator("close to", Metric.Comparison.AROUND),
      new Comparator("up to", Metric.Comparison.UP_TO),
      new Comparator("at most", Metric.Comparison.UP_TO),
      new Comparator("a maximum of", Metric.Comparison.UP_TO),
      new Comparator("less than", Metric.Comparison.LESS_THAN),
      new Comparator("fewer than", Metric.Comparison.LESS_THAN),
      new Comparator("under", Metric.Comparison.LESS_THAN),
      new Comparator("below", Metric.Comparison.LESS_THAN));

  private static final List<Multiplier> MULTIPLIERS = List.of(
      new Multiplier("thousand", new BigDecimal("1000")),
      new Multiplier("million", new BigDecimal("1000000")),
      new Multiplier("billion", new BigDecimal("1000000000")),
      new Multiplier("trillion", new BigDecimal("1000000000000")));

  private static final Set<String> STOP_WORDS = Set.of(
      "from", "in", "have", "has", "had", "were", "was", "are", "is", "will", "would", "be", "been", "by",
      "across", "since", "for", "to", "at", "on", "who", "that", "which", "with", "per", "each", "between",
      "over", "under", "as", "during", "within", "through", "around", "about", "into", "of", "than", "while",
      "where", "when", "so", "but", "this", "these", "those", "its", "their", "more", "less", "up");

  /** Nouns that put a number in a name or a citation: {@code Study Group 3}, {@code Resolution 44}, {@code Res. 76}. */
  private static final Set<String> DESIGNATORS = Set.of(
      "resolution", "res", "decision", "recommendation", "rec", "group", "question", "article", "art", "annex",
      "appendix", "section", "sec", "chapter", "ch", "paragraph", "para", "clause", "goal", "target", "indicator",
      "sdg", "document", "doc", "no", "nr", "number", "version", "ver", "rev", "phase", "volume", "vol", "part",
      "page", "item", "line", "step", "stage", "tier", "level", "module", "table", "figure", "fig", "box");

  /** Capitalised words that may stand before a quantity at the start of a sentence: {@code With 300 participants}. */
  private static final Set<String> LEAD_WORDS = Set.of(
      "the", "a", "an", "and", "or", "nor", "but", "all", "both", "only", "just", "another", "additionally", "overall",
      "altogether", "together", "currently", "today", "now", "then", "thus", "also", "further", "furthermore",
      "moreover", "already", "including", "included", "reaching", "with", "from", "in", "by", "for", "to", "at", "on",
      "of", "since", "during", "within", "through", "across", "after", "before", "among", "between", "into", "until",
      "per", "each", "every", "its", "their", "these", "those", "this", "our", "some", "about", "around", "over", "under");

  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** The longest word looked at before a number; longer words are no designator. */
  private static final int MAX_WORD = 40;

  /** The most day numbers read in a date range such as {@code 5, 6 and 8 June}. */
  private static final int MAX_DAYS = 4;

  private MetricReader() {}

  /**
   * Finds the first metric in a text.
   *
   * @param input any text, possibly with HTML
   * @return the metric, or empty when the text holds none
   * @throws RoadmapParseException when the input is null
   */
  public static Optional<Metric> find(CharSequence input) {
    List<Metric> all = scan(text(input), true, null);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Finds every metric in a text.
   *
   * @param input any text, possibly with HTML
   * @return the metrics in text order
   * @throws RoadmapParseException when the input is null
   */
  public static List<Metric> findAll(CharSequence input) {
    return List.copyOf(scan(text(input), false, null));
  }

  /**
   * Reads a text that is exactly one metric.
   *
   * @param input such as {@code "More than 250,000 course participants"}
   * @return the metric
   * @throws RoadmapParseException when the input is null, or is not one metric and nothing else
   */
  public static Metric parse(CharSequence input) {
    String raw = RoadmapParseException.requireParsable(input, "Metric");
    CellText text = CellText.of(raw);
    String t = text.text();
    int[] end = new int[1];
    List<Metric> found = scan(t, true, end);
    int[] rest = Text.trimSeparators(t, end[0], t.length());
    if (found.isEmpty() || !t.startsWith(found.get(0).getRaw()) || rest[0] < rest[1]) {
      int at = found.isEmpty() ? 0 : t.startsWith(found.get(0).getRaw()) ? rest[0] : 0;
      throw new RoadmapParseException("Metric must be a number with an optional comparator, unit and year, such as "
          + "'More than 250,000 course participants' or 'over 40,000 (2023)', but was: " + RoadmapException.quote(raw),
          raw, text.inputIndex(at));
    }
    return found.get(0);
  }

  /** Reads the text of a cell once; {@link org.wsis.roadmap.markup.PlainText} as it is. */
  private static String text(CharSequence input) {
    RoadmapParseException.requireText(input, "Metric text");
    return CellText.of(input).text();
  }

  private static List<Metric> scan(String t, boolean first, int[] endOut) {
    List<Metric> out = new ArrayList<>();
    Integer asOf = null;
    int i = 0;
    while (i < t.length()) {
      if (i + 1 < t.length() && t.charAt(i) == '.' && t.charAt(i + 1) == ' ') {
        asOf = null; // the sentence ends, and with it an earlier "As of 2023"
      }
      if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
        i++;
        continue;
      }
      int asOfEnd = Text.word(t, i, "as of");
      if (asOfEnd > 0) {
        int y = Text.space(t, asOfEnd);
        int ye = Text.year(t, y);
        if (ye > 0) {
          asOf = Integer.parseInt(t.substring(y, ye));
          i = ye;
          continue;
        }
      }
      int[] end = {-1};
      Metric metric = metric(t, i, asOf, end);
      if (metric != null) {
        out.add(metric);
        if (endOut != null) {
          endOut[0] = end[0];
        }
        if (first) {
          return out;
        }
        i = end[0];
      } else {
        i = Math.max(i + 1, end[0]);
      }
    }
    return out;
  }

  private static Metric metric(String t, int at, Integer asOf, int[] endOut) {
    Metric.Comparison comparison = Metric.Comparison.EXACT;
    int n = at;
    for (Comparator c : COMPARATORS) {
      int e = Text.word(t, at, c.phrase());
      if (e > 0 && e < t.length() && t.charAt(e) == ' ') {
        comparison = c.comparison();
        n = e + 1;
        break;
      }
    }
    int numberEnd = number(t, n);
    if (numberEnd < 0) {
      return null;
    }
    if (comparison == Metric.Comparison.EXACT) {
      if (designated(t, n)) {
        endOut[0] = numberListEnd(t, numberEnd); // "Resolutions 71, 130 and 140": every number is a designator
        return null;
      }
      if (listMarker(t, n, numberEnd)) {
        return null;
      }
    }
    int dayEnd = dayRangeEnd(t, n, numberEnd);
    if (dayEnd > 0) {
      endOut[0] = dayEnd; // "26 September", "5-8 June 2023": a date, not a quantity
      return null;
    }
    String digits = t.substring(n, numberEnd).replace(",", "");
    boolean yearLike = digits.length() == 4 && Text.year(t, n) == numberEnd;
    if (comparison == Metric.Comparison.EXACT && yearLike) {
      return null; // a year, not a quantity
    }
    BigDecimal value = new BigDecimal(digits);
    int end = numberEnd;
    if (end < t.length() && t.charAt(end) == '+') {
      end++;
    }
    StringBuilder unit = new StringBuilder();
    if (end < t.length() && t.charAt(end) == '%') {
      unit.append('%');
      end++;
    } else {
      int s = Text.space(t, end);
      for (Multiplier m : MULTIPLIERS) {
        int e = Text.word(t, s, m.word());
        if (e > 0) {
          value = value.multiply(m.factor());
          end = e;
          break;
        }
      }
      int pc = Text.anyWord(t, Text.space(t, end), "per cent", "percent");
      if (pc > 0) {
        unit.append('%');
        end = pc;
      } else {
        int words = 0;
        int unitBefore = 0;
        int endBefore = end;
        int w = Text.space(t, end);
        while (words < MAX_UNIT_WORDS && w < t.length() && w > end) {
          int we = w;
          while (we < t.length() && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '-' || t.charAt(we) == '\''
              || t.charAt(we) == '\u2019')) {
            we++;
          }
          if (we == w || (we < t.length() && Character.isDigit(t.charAt(we)))) {
            break;
          }
          String word = t.substring(w, we);
          if (STOP_WORDS.contains(Text.lower(word))) {
            break;
          }
          if (unit.length() > 0) {
            unit.append(' ');
          }
          unitBefore = unit.length() == 0 ? 0 : unit.length() - 1;
          endBefore = end;
          unit.append(word);
          end = we;
          words++;
          w = Text.space(t, we);
        }
        String lastWord = unit.substring(unitBefore == 0 ? 0 : unitBefore + 1);
        if (words > 0 && (lastWord.equalsIgnoreCase("and") || lastWord.equalsIgnoreCase("or"))) {
          unit.setLength(unitBefore); // "212 participants registered and 102 received": no unit ends in a conjunction
          end = endBefore;
        }
      }
    }
    if (unit.length() == 0 && yearLike && end == numberEnd) {
      return null; // "up to 2015": a year, not a quantity
    }
    // "from 10,000 to over 40,000": the first number is a starting point, not the metric
    if (Text.word(t, Text.space(t, end), "to") > 0 && unit.length() == 0) {
      return null;
    }
    Integer year = null;
    int p = Text.space(t, end);
    if (p < t.length() && t.charAt(p) == '(') {
      int ye = Text.year(t, p + 1);
      if (ye > 0 && ye < t.length() && t.charAt(ye) == ')') {
        year = Integer.parseInt(t.substring(p + 1, ye));
        end = ye + 1;
      }
    } else {
      int in = Text.anyWord(t, p, "as of", "in");
      if (in > 0) {
        int y = Text.space(t, in);
        int ye = Text.year(t, y);
        if (ye > 0) {
          year = Integer.parseInt(t.substring(y, ye));
          end = ye;
        }
      }
    }
    if (year == null) {
      year = asOf;
    }
    BigDecimal normalised = value.stripTrailingZeros();
    if (normalised.scale() < 0) {
      normalised = normalised.setScale(0);
    }
    endOut[0] = end;
    return Metric.builder()
        .raw(t.substring(at, end))
        .comparator(comparison)
        .value(normalised)
        .unit(unit.toString())
        .asOfYear(Optional.ofNullable(year))
        .build();
  }

  /**
   * Tells whether the number at an index is part of a name or a citation: the word before it is a
   * designator noun ({@code Resolution 44}, {@code Res. 76}, {@code question 4}) or a capitalised
   * word that is no sentence lead ({@code Study Group 3}, {@code UAS 2.0}, {@code September 2024}).
   */
  private static boolean designated(String t, int n) {
    int e = n;
    if (e == 0 || t.charAt(e - 1) != ' ') {
      return false;
    }
    e--;
    boolean period = e > 0 && t.charAt(e - 1) == '.';
    if (period) {
      e--;
    }
    int b = e;
    while (b > 0 && e - b < MAX_WORD && (Character.isLetter(t.charAt(b - 1)) || t.charAt(b - 1) == '-')) {
      b--;
    }
    if (b == e || e - b >= MAX_WORD || (b > 0 && Character.isLetterOrDigit(t.charAt(b - 1)))
        || !Character.isLetter(t.charAt(b))) {
      return false;
    }
    String word = Text.lower(t.substring(b, e));
    if (DESIGNATORS.contains(word) || (word.endsWith("s") && DESIGNATORS.contains(word.substring(0, word.length() - 1)))) {
      return true;
    }
    return !period && Character.isUpperCase(t.charAt(b)) && !LEAD_WORDS.contains(word) && !STOP_WORDS.contains(word);
  }

  /** Returns the end of a list of numbers that continues at an index: ", 130, 140 and 179". */
  private static int numberListEnd(String t, int at) {
    int end = at;
    while (true) {
      int c = end;
      if (c < t.length() && t.charAt(c) == ',') {
        c++;
      }
      c = Text.space(t, c);
      int and = Text.anyWord(t, c, "and", "or");
      if (and > 0) {
        c = Text.space(t, and);
      }
      if (c == end || c >= t.length() || !Character.isDigit(t.charAt(c))) {
        return end;
      }
      int d = Text.digits(t, c);
      if (d < t.length() && Character.isLetter(t.charAt(d))) {
        return end;
      }
      end = d;
    }
  }

  /** Tells whether a small number is a list marker: {@code (1)} anywhere, {@code 1)} or {@code 1.} opening the text. */
  private static boolean listMarker(String t, int n, int end) {
    if (end - n > 2 || end >= t.length()) {
      return false;
    }
    char after = t.charAt(end);
    if (n > 0 && t.charAt(n - 1) == '(') {
      return after == ')';
    }
    return n == 0 && (after == ')' || after == '.') && (end + 1 == t.length() || t.charAt(end + 1) == ' ');
  }

  /**
   * Returns the end of a day or a range of days followed by a month, such as {@code 26 September}
   * or {@code 5 to 8 June}, that starts at a number; -1 when the number is no day.
   */
  private static int dayRangeEnd(String t, int n, int numberEnd) {
    if (numberEnd - n > 2) {
      return -1;
    }
    int end = numberEnd;
    for (int days = 0; days < MAX_DAYS; days++) {
      int m = monthEnd(t, Text.space(t, end));
      if (m > 0 && end < t.length() && t.charAt(end) == ' ') {
        return m;
      }
      int c = end;
      if (c < t.length() && t.charAt(c) == ',') {
        c++;
      }
      int s = Text.space(t, c);
      if (s < t.length() && Text.isDash(t.charAt(s))) {
        c = Text.space(t, s + 1);
      } else {
        int w = Text.anyWord(t, s, "to", "and");
        c = w > 0 ? Text.space(t, w) : s;
      }
      if (c == end) {
        return -1;
      }
      int d = Text.digits(t, c);
      if (d == c || d - c > 2) {
        return -1;
      }
      end = d;
    }
    return -1;
  }

  /** Returns the end of a capitalised month name (or its abbreviation) at an index, or -1. */
  private static int monthEnd(String t, int at) {
    if (at >= t.length() || !Character.isUpperCase(t.charAt(at))) {
      return -1;
    }
    int e = at;
    while (e < t.length() && e - at < 10 && Character.isLetter(t.charAt(e))) {
      e++;
    }
    if (e < t.length() && Character.isLetterOrDigit(t.charAt(e))) {
      return -1;
    }
    return MONTHS.contains(Text.lower(t.substring(at, e))) ? (e < t.length() && t.charAt(e) == '.' ? e + 1 : e) : -1;
  }

  /** 250,000 / 1.5 / 400; not part of a code (9.c, C15/18, 2.2.1) or a time (10:30); returns the end or -1. */
  private static int number(String t, int at) {
    if (at >= t.length() || t.charAt(at) < '0' || t.charAt(at) > '9') {
      return -1;
    }
    if (at > 0) {
      char before = t.charAt(at - 1);
      if (Character.isLetterOrDigit(before) || before == '.' || before == '/' || before == '-' || before == ','
          || (before == ':' && at > 1 && Character.isDigit(t.charAt(at - 2)))) {
        return -1;
      }
    }
    int i = Text.digits(t, at);
    if (i - at <= 3) {
      while (i < t.length() && t.charAt(i) == ',' && Text.digits(t, i + 1) == i + 4) {
        i += 4;
      }
    }
    if (i + 1 < t.length() && t.charAt(i) == '.' && Character.isDigit(t.charAt(i + 1))) {
      int d = Text.digits(t, i + 1);
      if (d < t.length() && (t.charAt(d) == '.' && d + 1 < t.length() && Character.isLetterOrDigit(t.charAt(d + 1)))) {
        return -1;
      }
      i = d;
    }
    if (i < t.length()) {
      char after = t.charAt(i);
      if (Character.isLetter(after) || after == '/' || (after == ':' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) || (after == '.' && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1)))) {
        return -1;
      }
    }
    return i;
  }
}
