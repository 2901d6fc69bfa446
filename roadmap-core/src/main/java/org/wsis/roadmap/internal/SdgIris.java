package org.wsis.roadmap.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapParseException;

/**
 * The UN persistent identifiers (IRIs) of SDG goals, targets and indicators, read from the bundled
 * {@code sdg-iris.tsv}, and the reading of such an IRI where a code is accepted.
 *
 * <p>An accepted IRI is exactly {@code http://metadata.un.org/sdg/} or {@code https://metadata.un.org/sdg/}
 * (in lower case, as the UN write them: one spelling per identifier) followed by the code: a goal number ({@code 9}), a
 * target code ({@code 9.c}) or an indicator's permanent code ({@code C090c01}). Anything else that
 * starts like an IRI (a scheme followed by a colon) is refused with the position of the first wrong
 * part: another scheme or host, a user, a port, a query, a fragment, a percent sign, a trailing slash.
 *
 * <pre>{@code
 * SdgIris.code("https://metadata.un.org/sdg/9.c", SdgIris.Kind.TARGET); // "9.c"
 * SdgIris.code("9.c", SdgIris.Kind.TARGET);                              // null: not an IRI
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class is thread-safe.
 */
public final class SdgIris {
  /** The namespace of the UN SDG identifiers, as the UN publish them. */
  public static final String NAMESPACE = "http://metadata.un.org/sdg/";

  /** The three kinds of coded SDG concept. */
  public enum Kind {
    /** A goal: {@code http://metadata.un.org/sdg/9}. */
    GOAL("SDG goal", "http://metadata.un.org/sdg/9"),
    /** A target: {@code http://metadata.un.org/sdg/9.c}. */
    TARGET("SDG target", "http://metadata.un.org/sdg/9.c"),
    /** An indicator, by its permanent code: {@code http://metadata.un.org/sdg/C090c01}. */
    INDICATOR("SDG indicator", "http://metadata.un.org/sdg/C090c01");

    final String what;
    final String example;

    Kind(String what, String example) {
      this.what = what;
      this.example = example;
    }
  }

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,30}:.*", Pattern.DOTALL);
  private static final Pattern GOAL = Pattern.compile("[1-9][0-9]?");
  private static final Pattern TARGET = Pattern.compile("[1-9][0-9]?\\.(?:[1-9][0-9]?|[a-z])");
  private static final Pattern PERMANENT = Pattern.compile("C[0-9]{2}[0-9a-z]{2}[0-9]{2}");

  private SdgIris() {}

  /**
   * Tells whether a text starts like an IRI: a scheme followed by a colon.
   *
   * @param text any text
   * @return true for {@code "http://x"} or {@code "urn:x"}, false for {@code "9.c"} or {@code "SDG 9"}
   */
  public static boolean looksLikeIri(CharSequence text) {
    return SCHEME.matcher(text).matches();
  }

  /**
   * Reads the code out of a UN SDG IRI.
   *
   * @param input the text, stripped of surrounding white space
   * @param kind what the IRI must name
   * @return the code as the UN write it ({@code "9"}, {@code "9.c"}, or for an indicator its first
   *     compact code in UN order, such as {@code "9.c.1"}); null when the text is no IRI at all
   * @throws RoadmapParseException when the text starts like an IRI but is not a UN SDG IRI of the kind
   */
  public static @Nullable String code(String input, Kind kind) {
    if (!looksLikeIri(input)) {
      return null;
    }
    int colon = input.indexOf(':');
    String scheme = input.substring(0, colon);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw fail(kind, input, 0, "must use the scheme http or https (lower case)");
    }
    int percent = input.indexOf('%');
    if (percent >= 0) {
      throw fail(kind, input, percent, "must not be percent-encoded");
    }
    int hostStart = colon + 3;
    if (!input.startsWith("//", colon + 1)) {
      throw fail(kind, input, colon + 1, "must have the host metadata.un.org");
    }
    int slash = input.indexOf('/', hostStart);
    int hostEnd = slash < 0 ? input.length() : slash;
    String host = input.substring(hostStart, hostEnd);
    if (!host.equals("metadata.un.org")) {
      throw fail(kind, input, hostStart, "must have the host metadata.un.org (lower case, no user or port)");
    }
    if (!input.startsWith("/sdg/", hostEnd)) {
      throw fail(kind, input, hostEnd, "must have the path /sdg/ followed by the code");
    }
    int codeStart = hostEnd + "/sdg/".length();
    String code = input.substring(codeStart);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '?' || c == '#' || c == '/') {
        throw fail(kind, input, codeStart + i, "must end with the code (no query, fragment or further path)");
      }
    }
    switch (kind) {
      case GOAL:
        if (GOAL.matcher(code).matches() && Integer.parseInt(code) <= 17) {
          return code;
        }
        break;
      case TARGET:
        if (TARGET.matcher(code).matches()) {
          return code;
        }
        break;
      default:
        if (PERMANENT.matcher(code).matches()) {
          List<String> codes = Data.INSTANCE.codesByPermanent.get(code);
          if (codes != null) {
            return codes.get(0);
          }
          throw fail(kind, input, codeStart, "must name a permanent code of the UN vocabulary");
        }
        break;
    }
    throw fail(kind, input, codeStart, "must end with " + (kind == Kind.GOAL ? "a goal number from 1 to 17"
        : kind == Kind.TARGET ? "a target code such as '9.c'" : "an indicator's permanent code such as 'C090c01'"));
  }

  private static RoadmapParseException fail(Kind kind, String input, int index, String rule) {
    return new RoadmapParseException(kind.what + " IRI must look like '" + kind.example + "' (http or https): it "
        + rule + ", but was: " + RoadmapException.quote(input), input, index);
  }

  /**
   * Returns the IRI of a coded concept.
   *
   * @param kind goal, target or indicator
   * @param code the compact code such as {@code "9.c"}
   * @return the UN IRI, or empty when the vocabulary has no such code
   */
  public static Optional<URI> iri(Kind kind, String code) {
    Row row = Data.INSTANCE.rows.get(kind.name() + ' ' + code);
    return row == null ? Optional.empty() : Optional.of(row.iri);
  }

  /**
   * Returns the UNEP SDG Interface Ontology term of a coded concept.
   *
   * @param kind goal, target or indicator
   * @param code the compact code such as {@code "9.c"}
   * @return the SDGIO IRI, or empty when the vocabulary gives none
   */
  public static Optional<URI> sdgio(Kind kind, String code) {
    Row row = Data.INSTANCE.rows.get(kind.name() + ' ' + code);
    return row == null ? Optional.empty() : Optional.ofNullable(row.sdgio);
  }

  /**
   * Returns the permanent code of an indicator.
   *
   * @param code the compact code such as {@code "9.c.1"}
   * @return such as {@code "C090c01"}, or empty when the vocabulary has no such indicator
   */
  public static Optional<String> permanentCode(String code) {
    Row row = Data.INSTANCE.rows.get(Kind.INDICATOR.name() + ' ' + code);
    return row == null ? Optional.empty() : Optional.of(row.permanent);
  }

  /**
   * Returns the compact codes the vocabulary lists for one indicator IRI.
   *
   * @param permanentCode such as {@code "C200303"}
   * @return such as {@code [1.5.1, 11.5.1, 13.1.1]}; empty when unknown
   */
  public static List<String> codesOfPermanent(String permanentCode) {
    return Data.INSTANCE.codesByPermanent.getOrDefault(permanentCode, List.of());
  }

  private static final class Row {
    final URI iri;
    final String permanent;
    final @Nullable URI sdgio;

    Row(URI iri, String permanent, @Nullable URI sdgio) {
      this.iri = iri;
      this.permanent = permanent;
      this.sdgio = sdgio;
    }
  }

  /** The table, read on first use. */
  private static final class Data {
    static final Data INSTANCE = new Data();

    final Map<String, Row> rows;
    final Map<String, List<String>> codesByPermanent;

    private Data() {
      Map<String, Row> byKey = new HashMap<>();
      Map<String, List<String>> byPermanent = new LinkedHashMap<>();
      for (List<String> cells : Tsv.read("sdg-iris.tsv", 5)) {
        Kind kind = Kind.valueOf(cells.get(0).toUpperCase(Locale.ROOT));
        String code = cells.get(1);
        URI iri = URI.create(cells.get(2));
        if (!cells.get(2).startsWith(NAMESPACE)) {
          throw new RoadmapException("Bundled SDG IRIs hold an IRI outside " + NAMESPACE + ": '" + iri + "'");
        }
        byKey.put(kind.name() + ' ' + code,
            new Row(iri, cells.get(3), cells.get(4).isEmpty() ? null : URI.create(cells.get(4))));
        if (kind == Kind.INDICATOR) {
          byPermanent.computeIfAbsent(cells.get(3), p -> new ArrayList<>()).add(code);
        }
      }
      rows = Collections.unmodifiableMap(byKey);
      Map<String, List<String>> frozen = new HashMap<>();
      byPermanent.forEach((permanent, codes) -> frozen.put(permanent, List.copyOf(codes)));
      codesByPermanent = Collections.unmodifiableMap(frozen);
    }
  }
}
