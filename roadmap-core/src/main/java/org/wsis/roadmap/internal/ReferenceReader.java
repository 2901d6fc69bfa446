package org.wsis.roadmap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapParseException;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.TextRef;

/**
 * Reads the {@code ITU Strategic Goals and Relevant Resolutions} cell; the implementation of {@link
 * Reference#readAll} and {@link Reference#parse}. A hand-written scanner with bounded look-ahead, so
 * it runs in time linear in the input.
 *
 * <pre>{@code
 * List<Reference> refs = ReferenceReader.readAll("Council Resolution 1306 WTDC Res. 73");
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class ReferenceReader {
  private static final int MAX_PLACE = 40;

  /** Body names as they appear before "Resolution" or after "of (the)", longest first. */
  private static final String[][] BODY_TITLES = {
    {"world telecommunication standardization assembly", "WTSA"},
    {"world telecommunication standardisation assembly", "WTSA"},
    {"world telecommunication development conference", "WTDC"},
    {"world radiocommunication conference", "WRC"},
    {"united nations general assembly", "UNGA"},
    {"radiocommunication assembly", "RA"},
    {"plenipotentiary conference", "PP"},
    {"un general assembly", "UNGA"},
    {"general assembly", "UNGA"},
    {"itu council", "COUNCIL"},
    {"council", "COUNCIL"},
  };

  /** Body abbreviations that may prefix a citation, optionally with a conference label: PP-14. */
  private static final String[][] BODY_PREFIXES = {
    {"unga", "UNGA"}, {"wtdc", "WTDC"}, {"wtsa", "WTSA"}, {"wrc", "WRC"}, {"pp", "PP"}, {"ra", "RA"},
  };

  private static final String[] INSTRUMENTS = {
    "International Telecommunication Regulations", "ITU Constitution and Convention", "Radio Regulations",
    "ITU Constitution", "ITU Convention", "ITRs", "ITR",
  };

  private static final String[] CONTEXT_KEYWORDS = {
    "pp", "plenipotentiary", "wtdc", "development conference", "wtsa", "standardization assembly",
    "council", "wrc", "radiocommunication conference", "radiocommunication assembly", "general assembly", "unga",
  };

  private static final List<String> VENUES = List.copyOf(Conferences.venues());

  private ReferenceReader() {}

  /**
   * Reads every citation of a cell.
   *
   * @param input the cell, possibly with HTML
   * @return the references in document order; text that is no citation becomes {@link TextRef}s
   * @throws RoadmapParseException when the input is null
   */
  public static List<Reference> readAll(CharSequence input) {
    RoadmapParseException.requireText(input, "References cell");
    return new Scan(CellText.of(input)).run().refs;
  }

  /**
   * Reads exactly one citation.
   *
   * @param input the citation
   * @return the reference, never a {@link TextRef}
   * @throws RoadmapParseException when the input is null, blank, not a citation, or more than one
   */
  public static Reference parse(CharSequence input) {
    String cell = RoadmapParseException.requireParsable(input, "Citation");
    CellText text = CellText.of(cell);
    Scan scan = new Scan(text).run();
    for (int k = 0; k < scan.refs.size(); k++) {
      if (scan.refs.get(k).getKind() == Reference.Kind.TEXT) {
        throw new RoadmapParseException("Citation must be an ITU strategic goal, a resolution, an instrument or a document, "
            + "such as 'Resolution 174 (Rev. Dubai, 2018)', but " + (scan.refs.get(k).getRaw().equals(cell)
                ? "was: " + RoadmapException.quote(cell)
                : "could not read " + RoadmapException.quote(scan.refs.get(k).getRaw()) + " in: "
                    + RoadmapException.quote(cell)), cell, text.inputIndex(scan.starts.get(k)));
      }
    }
    if (scan.refs.size() != 1) {
      throw new RoadmapParseException("Citation must be exactly one citation (read a whole cell with Reference.readAll), but "
          + (scan.refs.isEmpty() ? "was blank" : "held " + scan.refs.size()) + ": " + RoadmapException.quote(cell), cell,
          scan.refs.isEmpty() ? 0 : text.inputIndex(scan.starts.get(1)));
    }
    Reference only = scan.refs.get(0);
    if (only instanceof ResolutionRef resolution && resolution.getNumbers().isEmpty()) {
      throw new RoadmapParseException("Citation of a resolution must give its number, such as "
          + "'Resolution 174 (Rev. Dubai, 2018)', but was: " + RoadmapException.quote(cell), cell,
          text.inputIndex(scan.starts.get(0)));
    }
    return only;
  }

  /** One pass over a cell. */
  private static final class Scan {
    final String t;
    final List<Reference> refs = new ArrayList<>();
    final List<Integer> starts = new ArrayList<>();
    ResolutionBody context;
    int textStart = -1;

    Scan(CellText text) {
      this.t = text.text();
    }

    Scan run() {
      int i = 0;
      while (i < t.length()) {
        int j = textStart < 0 ? skipSeparators(i) : i;
        if (j >= t.length()) {
          break;
        }
        int mark = refs.size();
        // every citation starts a word with a letter
        boolean wordStart = Character.isLetter(t.charAt(j)) && (j == 0 || !Character.isLetterOrDigit(t.charAt(j - 1)));
        int end = wordStart ? citation(j) : -1;
        if (end > j) {
          if (textStart >= 0) {
            // flush the text before the citation first (it may name the body), then read the citation again
            refs.subList(mark, refs.size()).clear();
            starts.subList(mark, starts.size()).clear();
            flushText(j);
            end = citation(j);
          }
          i = end;
        } else {
          if (textStart < 0) {
            textStart = j;
          }
          i = j + 1;
        }
      }
      if (textStart >= 0) {
        flushText(t.length());
      }
      return this;
    }

    private int skipSeparators(int at) {
      int i = at;
      while (i < t.length()) {
        char c = t.charAt(i);
        if (c == ' ' || c == ',' || c == ';' || c == ':') {
          i++;
        } else {
          int and = Text.word(t, i, "and");
          if (and > 0 && and < t.length() && t.charAt(and) == ' ') {
            i = and;
          } else {
            break;
          }
        }
      }
      return i;
    }

    private void flushText(int end) {
      int a = textStart;
      int b = end;
      textStart = -1;
      while (a < b && (" ,;:)".indexOf(t.charAt(a)) >= 0)) {
        a++;
      }
      while (b > a && (" ,;:(".indexOf(t.charAt(b - 1)) >= 0)) {
        b--;
      }
      boolean meaningful = false;
      for (int k = a; k < b && !meaningful; k++) {
        meaningful = " ,;:.()[]".indexOf(t.charAt(k)) < 0;
      }
      if (!meaningful) {
        return;
      }
      String raw = t.substring(a, b);
      updateContext(raw);
      refs.add(TextRef.builder().raw(raw).build());
      starts.add(a);
    }

    /** Remembers the last body a prose text names, until the sentence ends. */
    private void updateContext(String raw) {
      int best = -1;
      ResolutionBody body = null;
      String lower = Text.lower(raw);
      for (String keyword : CONTEXT_KEYWORDS) {
        int at = lastWord(lower, keyword);
        if (at > best) {
          best = at;
          body = contextBody(keyword);
        }
      }
      int sentenceEnd = Math.max(raw.lastIndexOf(". "), raw.endsWith(".") ? raw.length() - 1 : -1);
      if (best >= 0) {
        context = sentenceEnd > best ? null : body;
      } else if (sentenceEnd >= 0) {
        context = null;
      }
    }

    private int lastWord(String lower, String keyword) {
      int from = lower.length();
      while (true) {
        int at = lower.lastIndexOf(keyword, from);
        if (at < 0) {
          return -1;
        }
        if (Text.word(lower, at, keyword) > 0) {
          return at;
        }
        from = at - 1;
        if (from < 0) {
          return -1;
        }
      }
    }

    private ResolutionBody contextBody(String keyword) {
      return switch (keyword) {
        case "pp", "plenipotentiary" -> ResolutionBody.PP;
        case "wtdc", "development conference" -> ResolutionBody.WTDC;
        case "wtsa", "standardization assembly" -> ResolutionBody.WTSA;
        case "council" -> ResolutionBody.COUNCIL;
        case "wrc", "radiocommunication conference" -> ResolutionBody.WRC;
        case "radiocommunication assembly" -> ResolutionBody.RA;
        default -> ResolutionBody.UNGA;
      };
    }

    /** Reads one citation at {@code at}, adding its reference(s); returns its end, or -1. */
    private int citation(int at) {
      int end = strategicGoal(at);
      if (end < 0) {
        end = resolution(at);
      }
      if (end < 0) {
        end = instrument(at);
      }
      if (end < 0) {
        end = document(at);
      }
      return end;
    }

    private void add(Reference ref, int start) {
      refs.add(ref);
      starts.add(start);
    }

    // ---- ITU Strategic Goal 1 (Target 1.6)

    private int strategicGoal(int at) {
      int i = at;
      int itu = Text.word(t, i, "itu");
      if (itu > 0) {
        i = Text.space(t, itu);
      }
      int head = Text.anyWord(t, i, "strategic goal");
      if (head < 0) {
        return -1;
      }
      int n = Text.space(t, head);
      int nEnd = Text.digits(t, n);
      if (nEnd == n || nEnd - n > 2 || (nEnd < t.length() && Character.isLetter(t.charAt(nEnd)))) {
        return -1;
      }
      StrategicGoalRef.Builder b = StrategicGoalRef.builder().goal(Integer.parseInt(t.substring(n, nEnd)));
      int end = nEnd;
      int p = Text.space(t, nEnd);
      if (p < t.length() && t.charAt(p) == '(') {
        int target = Text.word(t, p + 1, "target");
        if (target > 0) {
          int c = Text.space(t, target);
          int cEnd = code(c);
          if (cEnd > c && cEnd < t.length() && t.charAt(cEnd) == ')') {
            b.target(t.substring(c, cEnd));
            end = cEnd + 1;
          }
        }
      }
      add(b.raw(t.substring(at, end)).build(), at);
      return end;
    }

    /** A dotted code such as 1.6 or 2.2; returns its end or -1. */
    private int code(int at) {
      int a = Text.digits(t, at);
      if (a == at || a >= t.length() || t.charAt(a) != '.') {
        return -1;
      }
      int b = Text.digits(t, a + 1);
      return b > a + 1 ? b : -1;
    }

    // ---- resolutions

    private int resolution(int at) {
      int i = at;
      ResolutionBody prefixBody = null;
      Integer prefixYear = null;
      String venue = null;
      int una = Text.word(t, i, "a/res/");
      if (una > 0) {
        int numEnd = number(una);
        if (numEnd > una && t.substring(una, numEnd).contains("/")) {
          // "A/RES/80/173*": the UN mark a reissued document with an asterisk; it stays in the raw text
          int end = numEnd < t.length() && t.charAt(numEnd) == '*' ? numEnd + 1 : numEnd;
          ResolutionRef.Builder b = ResolutionRef.builder().body(ResolutionBody.UNGA).addNumbers(t.substring(una, numEnd));
          // "A/RES/80/173 (2025)": the year of adoption
          Paren paren = paren(Text.space(t, end));
          if (paren != null && paren.body == null && !paren.revised && paren.place == null) {
            b.year(Optional.ofNullable(paren.year));
            end = paren.end;
          }
          add(b.raw(t.substring(at, end)).build(), at);
          return end;
        }
        return -1;
      }
      // optional prefix: a body, a body title, or a venue
      for (String[] prefix : BODY_PREFIXES) {
        int e = Text.word(t, i, prefix[0]); // also matches "PP-14": the dash ends the word
        if (e > 0) {
          prefixBody = ResolutionBody.valueOf(prefix[1]);
          if (e < t.length() && Text.isDash(t.charAt(e))) {
            int d = Text.digits(t, e + 1);
            if (d - (e + 1) == 2 || d - (e + 1) == 4) {
              prefixYear = Conferences.yearOf(prefixBody, t.substring(e + 1, d)).orElse(null);
              e = d;
            } else {
              e = e + 1;
            }
          }
          i = Text.space(t, e);
          break;
        }
      }
      if (prefixBody == null) {
        for (String[] title : BODY_TITLES) {
          int e = Text.word(t, i, title[0]);
          if (e > 0) {
            prefixBody = ResolutionBody.valueOf(title[1]);
            i = Text.space(t, e);
            break;
          }
        }
      }
      if (prefixBody == null) {
        for (String place : VENUES) {
          int e = Text.word(t, i, place);
          if (e > 0) {
            venue = t.substring(i, e);
            i = Text.space(t, e);
            break;
          }
        }
      }
      int head = Text.anyWord(t, i, "resolutions", "resolution", "res.");
      if (head < 0) {
        int res = Text.word(t, i, "res");
        if (res > 0 && res + 1 < t.length() && t.charAt(res) == ' ' && Character.isDigit(t.charAt(res + 1))) {
          head = res;
        }
      }
      if (head < 0) {
        return -1;
      }
      int n = Text.space(t, head);
      // Radiocommunication Assembly: Resolution ITU-R 1-5
      int itur = Text.word(t, n, "itu-r");
      if (itur > 0) {
        int num = Text.space(t, itur);
        int numEnd = number(num);
        if (numEnd > num) {
          add(ResolutionRef.builder().raw(t.substring(at, numEnd)).body(ResolutionBody.RA)
              .addNumbers(t.substring(num, numEnd)).build(), at);
          return numEnd;
        }
        return -1;
      }
      List<Group> groups = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      int groupStart = at;
      int end = -1;
      int k = n;
      while (true) {
        int numEnd = number(k);
        if (numEnd <= k) {
          break;
        }
        pending.add(t.substring(k, numEnd).startsWith("A/RES/") ? t.substring(k + 6, numEnd) : t.substring(k, numEnd));
        end = numEnd;
        int p = Text.space(t, numEnd);
        Paren paren = paren(p);
        if (paren != null) {
          groups.add(new Group(groupStart, paren.end, pending, paren));
          pending = new ArrayList<>();
          end = paren.end;
        }
        int sep = listSeparator(end);
        if (sep < 0 || number(sep) <= sep) {
          break;
        }
        if (pending.isEmpty()) {
          groupStart = sep;
        }
        k = sep;
      }
      if (end < 0) {
        // no number: "Kigali Resolution (2022)" or "Resolution (Rev. Kigali, 2022)"
        Paren paren = paren(Text.space(t, head));
        if (paren == null || (venue == null && paren.place == null && prefixBody == null)) {
          return -1;
        }
        groups.add(new Group(at, paren.end, List.of(), paren));
        end = paren.end;
      } else if (!pending.isEmpty()) {
        groups.add(new Group(groupStart, end, pending, null));
      }
      // suffix: "of the Plenipotentiary Conference"
      ResolutionBody suffixBody = null;
      int of = Text.word(t, Text.space(t, end), "of");
      if (of > 0) {
        int s = Text.space(t, of);
        int the = Text.word(t, s, "the");
        if (the > 0) {
          s = Text.space(t, the);
        }
        for (String[] title : BODY_TITLES) {
          int e = Text.word(t, s, title[0]);
          if (e > 0) {
            suffixBody = ResolutionBody.valueOf(title[1]);
            end = e;
            break;
          }
        }
      }
      for (int g = 0; g < groups.size(); g++) {
        Group group = groups.get(g);
        int from = g == 0 ? at : group.start();
        int to = g == groups.size() - 1 ? end : group.end();
        ResolutionRef.Builder b = ResolutionRef.builder().raw(t.substring(from, to)).numbers(group.numbers());
        String place = group.paren() != null && group.paren().place != null ? group.paren().place : venue;
        Integer year = group.paren() != null && group.paren().year != null ? group.paren().year : prefixYear;
        boolean revised = group.paren() != null && group.paren().revised;
        ResolutionBody body = prefixBody != null ? prefixBody : suffixBody;
        if (body == null && group.paren() != null && group.paren().body != null) {
          body = group.paren().body;
        }
        if (body == null && place != null && year != null) {
          body = Conferences.bodyOf(place, year).orElse(null);
        }
        if (body == null) {
          body = bodyFromNumbers(group.numbers());
        }
        if (body == null) {
          body = context;
        }
        b.body(Optional.ofNullable(body)).revised(revised).place(Optional.ofNullable(place)).year(Optional.ofNullable(year));
        add(b.build(), from);
      }
      return end;
    }

    private ResolutionBody bodyFromNumbers(List<String> numbers) {
      if (numbers.isEmpty()) {
        return null;
      }
      boolean allSlash = true;
      boolean allCouncil = true;
      for (String number : numbers) {
        allSlash &= number.indexOf('/') > 0;
        allCouncil &= number.length() == 4 && number.chars().allMatch(Character::isDigit) && number.charAt(0) != '0';
      }
      return allSlash ? ResolutionBody.UNGA : allCouncil ? ResolutionBody.COUNCIL : null;
    }

    /** A resolution number: 123, 70/1, 1-5, A/RES/70/1; returns its end or -1. */
    private int number(int at) {
      if (at >= t.length()) {
        return -1;
      }
      int i = at;
      if (t.regionMatches(true, at, "A/RES/", 0, 6)) {
        i = at + 6;
      }
      int d = Text.digits(t, i);
      if (d == i || d - i > 5) {
        return -1;
      }
      if (d + 1 < t.length() && (t.charAt(d) == '/' || t.charAt(d) == '-') && Character.isDigit(t.charAt(d + 1))) {
        int e = Text.digits(t, d + 1);
        if (e - (d + 1) <= 5) {
          d = e;
        }
      }
      if (d < t.length() && (Character.isLetterOrDigit(t.charAt(d)) || t.charAt(d) == '/')) {
        return -1;
      }
      return d;
    }

    /** ", " or " and " or "," between list items; returns the index after it, or -1. */
    private int listSeparator(int at) {
      int i = at;
      if (i < t.length() && t.charAt(i) == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ',') {
        i++;
      }
      if (i < t.length() && t.charAt(i) == ',') {
        i = Text.space(t, i + 1);
        int and = Text.word(t, i, "and");
        return and > 0 ? Text.space(t, and) : i;
      }
      int and = Text.word(t, Text.space(t, i), "and");
      if (and > 0 && i < t.length() && t.charAt(i) == ' ') {
        return Text.space(t, and);
      }
      return -1;
    }

    /** The parenthesised revision after a resolution number or an instrument. */
    private final class Paren {
      final int end;
      final boolean revised;
      final String place;
      final Integer year;
      final ResolutionBody body;

      Paren(int end, boolean revised, String place, Integer year, ResolutionBody body) {
        this.end = end;
        this.revised = revised;
        this.place = place;
        this.year = year;
        this.body = body;
      }
    }

    /** (Rev. Dubai, 2018) (Guadalajara, 2010) (2022) (Rev.WRC-23) (Modified 2013); null if none. */
    private Paren paren(int at) {
      if (at >= t.length() || t.charAt(at) != '(') {
        return null;
      }
      int i = at + 1;
      boolean revised = false;
      int rev = Text.anyWord(t, i, "rev.", "modified", "mod.", "revised");
      if (rev > 0) {
        revised = true;
        i = Text.space(t, rev);
      }
      int wrc = Text.word(t, i, "wrc");
      if (wrc > 0 && wrc < t.length() && t.charAt(wrc) == '-') {
        int d = Text.digits(t, wrc + 1);
        if ((d - wrc - 1 == 2 || d - wrc - 1 == 4) && d < t.length() && t.charAt(d) == ')') {
          return new Paren(d + 1, revised, null,
              Conferences.yearOf(ResolutionBody.WRC, t.substring(wrc + 1, d)).orElse(null), ResolutionBody.WRC);
        }
        return null;
      }
      int y = Text.year(t, i);
      if (y > 0 && y < t.length() && t.charAt(y) == ')') {
        return new Paren(y + 1, revised, null, Integer.parseInt(t.substring(i, y)), null);
      }
      int limit = Math.min(t.length(), i + MAX_PLACE);
      int p = i;
      while (p < limit && isPlaceChar(t.charAt(p))) {
        p++;
      }
      if (p == i || !Character.isLetter(t.charAt(i)) || p >= t.length() || t.charAt(p) != ',') {
        return null;
      }
      String place = t.substring(i, p).strip();
      int ys = Text.space(t, p + 1);
      int ye = Text.year(t, ys);
      if (ye < 0 || ye >= t.length() || t.charAt(ye) != ')') {
        return null;
      }
      return new Paren(ye + 1, revised, place, Integer.parseInt(t.substring(ys, ye)), null);
    }

    private boolean isPlaceChar(char c) {
      return Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '.';
    }

    // ---- instruments

    private int instrument(int at) {
      for (String name : INSTRUMENTS) {
        int e = Text.word(t, at, Text.lower(name));
        if (e > 0) {
          InstrumentRef.Builder b = InstrumentRef.builder().name(t.substring(at, e));
          int end = e;
          Paren paren = paren(Text.space(t, e));
          if (paren != null && paren.body == null) {
            b.place(Optional.ofNullable(paren.place)).year(Optional.ofNullable(paren.year));
            end = paren.end;
          }
          add(b.raw(t.substring(at, end)).build(), at);
          return end;
        }
      }
      return -1;
    }

    // ---- documents

    private int document(int at) {
      if (at > 0 && Character.isLetterOrDigit(t.charAt(at - 1))) {
        return -1;
      }
      int i = at;
      String issuer = null;
      int head = Text.anyWord(t, i, "documents", "document", "docs.", "doc.");
      if (head < 0) {
        int w = i;
        while (w < t.length() && w - i < 30 && (Character.isLetter(t.charAt(w)) || t.charAt(w) == '-')) {
          w++;
        }
        if (w > i && Character.isUpperCase(t.charAt(i)) && w < t.length() && t.charAt(w) == ' ') {
          head = Text.anyWord(t, w + 1, "documents", "document", "docs.", "doc.");
          if (head > 0) {
            issuer = t.substring(i, w);
          }
        }
      }
      List<String> symbols = new ArrayList<>();
      int k;
      if (head > 0) {
        k = Text.space(t, head);
      } else if (DocumentSymbols.councilSymbol(t, at) > at) {
        k = at;
      } else {
        return -1;
      }
      int end = -1;
      while (true) {
        int s = head > 0 ? DocumentSymbols.symbol(t, k) : DocumentSymbols.councilSymbol(t, k);
        if (s <= k) {
          break;
        }
        symbols.add(t.substring(k, s));
        end = s;
        int sep = listSeparator(s);
        if (sep < 0) {
          break;
        }
        k = sep;
      }
      if (symbols.isEmpty()) {
        return -1;
      }
      add(DocumentRef.builder().raw(t.substring(at, end)).issuer(Optional.ofNullable(issuer)).symbols(symbols).build(), at);
      return end;
    }
  }

  /** The numbers of a resolution citation between {@code start} and {@code end}, and its parenthesis. */
  private record Group(int start, int end, List<String> numbers, Scan.Paren paren) {
    Group {
      numbers = List.copyOf(numbers);
    }
  }
}
