package org.wsis.roadmap.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wsis.roadmap.Metric;
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

  private static final Object[][] COMPARATORS = {
    {"more than", Metric.Comparison.MORE_THAN}, {"in excess of", Metric.Comparison.MORE_THAN},
    {"over", Metric.Comparison.MORE_THAN}, {"above", Metric.Comparison.MORE_THAN},
    {"at least", Metric.Comparison.AT_LEAST}, {"a minimum of", Metric.Comparison.AT_LEAST},
    {"no fewer than", Metric.Comparison.AT_LEAST}, {"no less than", Metric.Comparison.AT_LEAST},
    {"approximately", Metric.Comparison.AROUND}, {"around", Metric.Comparison.AROUND},
    {"about", Metric.Comparison.AROUND}, {"nearly", Metric.Comparison.AROUND},
    {"almost", Metric.Comparison.AROUND}, {"roughly", Metric.Comparison.AROUND},
    {"some", Metric.Comparison.AROUND}, {"close to", Metric.Comparison.AROUND},
    {"up to", Metric.Comparison.UP_TO}, {"at most", Metric.Comparison.UP_TO},
    {"a maximum of", Metric.Comparison.UP_TO},
    {"less than", Metric.Comparison.LESS_THAN}, {"fewer than", Metric.Comparison.LESS_THAN},
    {"under", Metric.Comparison.LESS_THAN}, {"below", Metric.Comparison.LESS_THAN},
  };

  private static final Object[][] MULTIPLIERS = {
    {"thousand", new BigDecimal("1000")}, {"million", new BigDecimal("1000000")},
    {"billion", new BigDecimal("1000000000")}, {"trillion", new BigDecimal("1000000000000")},
  };

  private static final Set<String> STOP_WORDS = Set.of(
      "from", "in", "have", "has", "had", "were", "was", "are", "is", "will", "would", "be", "been", "by",
      "across", "since", "for", "to", "at", "on", "who", "that", "which", "with", "per", "each", "between",
      "over", "under", "as", "during", "within", "through", "around", "about", "into", "of", "than", "while",
      "where", "when", "so", "but", "this", "these", "those", "its", "their", "more", "less", "up");

  private MetricReader() {}

  /**
   * Finds the first metric in a text.
   *
   * @param input any text, possibly with HTML
   * @return the metric, or empty when the text holds none
   * @throws RoadmapParseException when the input is null
   */
  public static Optional<Metric> find(CharSequence input) {
    List<Metric> all = scan(CellText.of(RoadmapParseException.requireText(input, "Metric text")).text(), true, null);
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
    return List.copyOf(scan(CellText.of(RoadmapParseException.requireText(input, "Metric text")).text(), false, null));
  }

  /**
   * Reads a text that is exactly one metric.
   *
   * @param input such as {@code "More than 250,000 course participants"}
   * @return the metric
   * @throws RoadmapParseException when the input is null, or is not one metric and nothing else
   */
  public static Metric parse(CharSequence input) {
    String raw = RoadmapParseException.requireText(input, "Metric");
    CellText text = CellText.of(raw);
    String t = text.text();
    int[] end = new int[1];
    List<Metric> found = scan(t, true, end);
    int[] rest = Text.trimSeparators(t, end[0], t.length());
    if (found.isEmpty() || !t.startsWith(found.get(0).getRaw()) || rest[0] < rest[1]) {
      int at = found.isEmpty() ? 0 : t.startsWith(found.get(0).getRaw()) ? rest[0] : 0;
      throw new RoadmapParseException("Metric must be a number with an optional comparator, unit and year, such as "
          + "'More than 250,000 course participants' or 'over 40,000 (2023)', but was: '" + raw + "'",
          raw, text.inputIndex(at));
    }
    return found.get(0);
  }

  private static List<Metric> scan(String t, boolean first, int[] endOut) {
    List<Metric> out = new ArrayList<>();
    Integer asOf = null;
    int i = 0;
    while (i < t.length()) {
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
      if (i + 1 < t.length() && t.charAt(i) == '.' && t.charAt(i + 1) == ' ') {
        asOf = null;
      }
      int[] end = new int[1];
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
        i++;
      }
    }
    return out;
  }

  private static Metric metric(String t, int at, Integer asOf, int[] endOut) {
    Metric.Comparison comparison = Metric.Comparison.EXACT;
    int n = at;
    for (Object[] c : COMPARATORS) {
      int e = Text.word(t, at, (String) c[0]);
      if (e > 0 && e < t.length() && t.charAt(e) == ' ') {
        comparison = (Metric.Comparison) c[1];
        n = e + 1;
        break;
      }
    }
    if (n < t.length() && t.charAt(n) == '$') {
      return null;
    }
    int numberEnd = number(t, n);
    if (numberEnd < 0) {
      return null;
    }
    String digits = t.substring(n, numberEnd).replace(",", "");
    if (comparison == Metric.Comparison.EXACT && digits.length() == 4 && Text.year(t, n) == numberEnd) {
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
      for (Object[] m : MULTIPLIERS) {
        int e = Text.word(t, s, (String) m[0]);
        if (e > 0) {
          value = value.multiply((BigDecimal) m[1]);
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
          unit.append(word);
          end = we;
          words++;
          w = Text.space(t, we);
        }
      }
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

  /** 250,000 / 1.5 / 400; not part of a code (9.c, C15/18, 2.2.1); returns the end or -1. */
  private static int number(String t, int at) {
    if (at >= t.length() || t.charAt(at) < '0' || t.charAt(at) > '9') {
      return -1;
    }
    if (at > 0) {
      char before = t.charAt(at - 1);
      if (Character.isLetterOrDigit(before) || before == '.' || before == '/' || before == '-' || before == ',') {
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
      if (Character.isLetter(after) || after == '/' || (after == '.' && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1)))) {
        return -1;
      }
    }
    return i;
  }
}
