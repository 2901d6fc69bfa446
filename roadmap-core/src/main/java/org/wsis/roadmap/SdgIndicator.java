package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.internal.SdgIris;

/**
 * The code of an SDG global indicator, such as {@code 9.c.1}.
 *
 * <pre>{@code
 * SdgIndicator indicator = SdgIndicator.parse("9.c.1");
 * indicator.getTarget(); // 9.c
 * indicator.getIri();    // Optional[http://metadata.un.org/sdg/C090c01]
 * SdgIndicator.parse("https://metadata.un.org/sdg/C090c01"); // 9.c.1
 * }</pre>
 *
 * <p>The UN identify an indicator by a permanent code; an indicator repeated under several targets
 * ({@code 1.5.1}, {@code 11.5.1}, {@code 13.1.1}) has one IRI ({@code .../C200303}), which reads as
 * its first code in UN order. Nine indicators of the 2022 framework are missing from the UN
 * vocabulary and have no IRI (see {@link SdgCatalogue#indicatorsWithoutIri()}).
 *
 * <p>This is a value-based class; instances are immutable and thread-safe. {@code
 * parse(i.toString()).equals(i)} holds for every instance.
 */
public final class SdgIndicator implements Comparable<SdgIndicator> {
  private static final Pattern FORM = Pattern.compile("([0-9]{1,2}\\.(?:[1-9][0-9]?|[a-z]))\\.([1-9][0-9]?)");

  private final SdgTarget target;
  private final int number;

  private SdgIndicator(SdgTarget target, int number) {
    this.target = target;
    this.number = number;
  }

  /**
   * Reads an indicator code, or the indicator's UN IRI (its permanent code after {@code
   * http://metadata.un.org/sdg/} or {@code https://metadata.un.org/sdg/}).
   *
   * @param code such as {@code "9.c.1"} or {@code "http://metadata.un.org/sdg/C090c01"}; surrounding
   *     white space is ignored
   * @return the indicator; for the IRI of a repeated indicator, its first code in UN order
   * @throws RoadmapParseException when the code is not a target code followed by a dot and a number,
   *     or it starts like an IRI (a scheme and a colon) but is not the UN IRI of an indicator
   */
  @JsonCreator
  public static SdgIndicator parse(CharSequence code) {
    String stripped = RoadmapParseException.requireParsable(code, "SDG indicator").strip();
    String iriCode = SdgIris.code(stripped, SdgIris.Kind.INDICATOR);
    String text = iriCode != null ? iriCode : stripped;
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new RoadmapParseException(
          "SDG indicator must look like '9.c.1' or '17.8.1', but was: " + RoadmapException.quote(code), code, 0);
    }
    return new SdgIndicator(SdgTarget.read(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the target this indicator measures.
   *
   * @return the target
   */
  public SdgTarget getTarget() {
    return target;
  }

  /**
   * Returns the indicator's number within its target.
   *
   * @return 1 or more
   */
  public int getNumber() {
    return number;
  }

  /**
   * Returns the indicator's persistent identifier in the UN SDG vocabulary.
   *
   * @return such as {@code http://metadata.un.org/sdg/C090c01}; empty for the indicators the
   *     vocabulary lacks
   */
  public Optional<URI> getIri() {
    return SdgIris.iri(SdgIris.Kind.INDICATOR, toString());
  }

  /**
   * Returns the indicator's permanent code in the UN SDG vocabulary.
   *
   * @return such as {@code "C090c01"}; {@code "C200303"} for each of 1.5.1, 11.5.1 and 13.1.1; empty
   *     for the indicators the vocabulary lacks
   */
  public Optional<String> getPermanentCode() {
    return SdgIris.permanentCode(toString());
  }

  /**
   * Returns the indicator's term in UNEP's SDG Interface Ontology (SDGIO), as the UN vocabulary matches it.
   *
   * @return such as {@code http://purl.unep.org/sdg/SDGIO_00020006}; empty where the vocabulary gives none
   */
  public Optional<URI> getSdgioIri() {
    return SdgIris.sdgio(SdgIris.Kind.INDICATOR, toString());
  }

  /** Orders indicators by target, then by number. */
  @Override
  public int compareTo(SdgIndicator other) {
    int byTarget = target.compareTo(other.target);
    return byTarget != 0 ? byTarget : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SdgIndicator other && other.target.equals(target) && other.number == number;
  }

  @Override
  public int hashCode() {
    return target.hashCode() * 31 + number;
  }

  /**
   * Returns the code.
   *
   * @return such as {@code "9.c.1"}
   */
  @JsonValue
  @Override
  public String toString() {
    return target + "." + number;
  }
}
