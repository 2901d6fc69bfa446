package org.wsis.roadmap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A resolution of the United Nations General Assembly, named by its document symbol {@code
 * A/RES/<session>/<number>}: {@code A/RES/80/173} is resolution 173 of the eightieth session (the
 * WSIS+20 outcome), {@code A/RES/79/1} the Pact for the Future with the Global Digital Compact.
 *
 * <pre>{@code
 * UngaResolution wsis20 = UngaResolution.parse("A/RES/80/173");
 * wsis20.getSession();  // 80
 * wsis20.getNumber();   // 173
 * wsis20.toString();    // "A/RES/80/173"
 * UngaResolution.parse("80/173").equals(wsis20); // true: "resolution 80/173"
 * }</pre>
 *
 * <p>A citation read by {@link Reference#readAll} names such resolutions as a {@link ResolutionRef} of
 * body {@link ResolutionBody#UNGA}; {@link ResolutionRef#getUngaResolutions()} returns them typed.
 *
 * <p><b>What is typed and what stays text.</b> Typed: the symbols of regular sessions, {@code
 * A/RES/<session>/<number>}, the form the General Assembly has used since its 31st session (1976),
 * such as {@code A/RES/70/125} and {@code A/RES/80/173}. A citation may add the year of adoption in
 * parentheses, {@code A/RES/80/173 (2025)} (read into {@link ResolutionRef#getYear()}), or the
 * asterisk the UN put on a reissued document, {@code A/RES/80/173*} (kept in the raw text, the same
 * resolution). Kept as text ({@link TextRef}, nothing lost): special and emergency special sessions
 * ({@code A/RES/S-27/2}, {@code A/RES/ES-10/21}), the numbering before 1976 ({@code A/RES/2200(XXI)},
 * with the session in roman numerals), addenda and corrigenda ({@code A/RES/80/173/Add.1}) and other
 * document symbols ({@code A/80/L.1}). {@link #parse} reads the typed form only, with {@code A/RES/}
 * in capitals, and throws for the others.
 *
 * <p>This is a value-based class; instances are immutable and thread-safe. {@code
 * parse(r.toString()).equals(r)} holds for every instance.
 */
public final class UngaResolution implements Comparable<UngaResolution> {
  private static final Pattern FORM = Pattern.compile("(?:A/RES/)?([1-9][0-9]{0,2})/([1-9][0-9]{0,4})");

  private final int session;
  private final int number;

  private UngaResolution(int session, int number) {
    this.session = session;
    this.number = number;
  }

  /**
   * Returns the resolution of a session with a number.
   *
   * @param session the session, from 1 to 999
   * @param number the number within the session, from 1 to 99999
   * @return the resolution
   * @throws RoadmapParseException when session or number is outside its range
   */
  public static UngaResolution of(int session, int number) {
    if (session < 1 || session > 999 || number < 1 || number > 99_999) {
      String text = session + "/" + number;
      throw new RoadmapParseException("UN General Assembly resolution must have a session from 1 to 999 and a number "
          + "from 1 to 99999, but was: " + RoadmapException.quote(text), text, 0);
    }
    return new UngaResolution(session, number);
  }

  /**
   * Reads a document symbol {@code A/RES/80/173}, or the short form {@code 80/173}.
   *
   * @param symbol the symbol; surrounding white space is ignored, {@code A/RES/} must be in capitals
   * @return the resolution
   * @throws RoadmapParseException when the text is null, too long, or not of the form {@code
   *     A/RES/<session>/<number>} with a session from 1 to 999 and a number from 1 to 99999
   */
  public static UngaResolution parse(CharSequence symbol) {
    String text = RoadmapParseException.requireParsable(symbol, "UN General Assembly resolution").strip();
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new RoadmapParseException("UN General Assembly resolution must look like 'A/RES/80/173' or '80/173', "
          + "but was: " + RoadmapException.quote(symbol), symbol, 0);
    }
    return new UngaResolution(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the session of the General Assembly that adopted the resolution.
   *
   * @return such as 80
   */
  public int getSession() {
    return session;
  }

  /**
   * Returns the resolution's number within its session.
   *
   * @return such as 173
   */
  public int getNumber() {
    return number;
  }

  /**
   * Returns the short form, as a {@link ResolutionRef} stores it in {@link ResolutionRef#getNumbers()}.
   *
   * @return such as {@code "80/173"}
   */
  public String toShortForm() {
    return session + "/" + number;
  }

  /** Orders resolutions by session, then by number. */
  @Override
  public int compareTo(UngaResolution other) {
    int bySession = Integer.compare(session, other.session);
    return bySession != 0 ? bySession : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UngaResolution r && r.session == session && r.number == number;
  }

  @Override
  public int hashCode() {
    return session * 100_003 + number;
  }

  /**
   * Returns the document symbol.
   *
   * @return such as {@code "A/RES/80/173"}
   */
  @Override
  public String toString() {
    return "A/RES/" + session + "/" + number;
  }
}
