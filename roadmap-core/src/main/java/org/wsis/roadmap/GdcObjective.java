package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.internal.Tsv;

/**
 * An objective of the Global Digital Compact (UN General Assembly resolution A/RES/79/1, annex I,
 * paragraph 7), named by its number: the Compact has five. An outcome records the objectives it
 * serves in {@link Outcome#getGdcLinks()}.
 *
 * <pre>{@code
 * GdcObjective three = GdcObjective.parse("3");
 * three.getTitle(); // Optional["Foster an inclusive, open, safe and secure digital space that respects, ..."]
 * GdcObjective.catalogue().size(); // 5
 * GdcObjective.of(6).isKnown();    // false: read, and reported by validation
 * }</pre>
 *
 * <p>{@link #parse} is strict (1 to 5); {@link #of(int)} takes any number from 1 to 99, so that a
 * draft naming an objective the Compact lacks still loads and validation can report it ({@link
 * #isKnown()} tells). The titles are bundled with the library (see {@code
 * org/wsis/roadmap/catalogue/PROVENANCE.md}).
 *
 * <p>This is a value-based class; instances are immutable and thread-safe. {@code
 * of(o.getNumber()).equals(o)} holds for every instance.
 */
public final class GdcObjective implements Comparable<GdcObjective> {
  /** The highest number {@link #of(int)} takes. */
  public static final int MAX_NUMBER = 99;

  private final int number;

  private GdcObjective(int number) {
    this.number = number;
  }

  /**
   * Returns the objective with a number, checking the range 1 to {@value #MAX_NUMBER} only.
   *
   * @param number the objective's number
   * @return the objective; {@link #isKnown()} is false above 5
   * @throws RoadmapParseException when the number is outside 1 to {@value #MAX_NUMBER}
   */
  @JsonCreator
  public static GdcObjective of(int number) {
    if (number < 1 || number > MAX_NUMBER) {
      throw new RoadmapParseException("Global Digital Compact objective must be a number from 1 to " + MAX_NUMBER
          + " (the Compact has objectives 1 to 5), but was: " + number, Integer.toString(number), 0);
    }
    return new GdcObjective(number);
  }

  /**
   * Reads an objective strictly: its number, optionally written {@code GDC 3} or {@code Objective 3}.
   *
   * @param text such as {@code "3"}; surrounding white space is ignored
   * @return one of the five objectives
   * @throws RoadmapParseException when the text is null, too long, or not a number from 1 to 5
   */
  public static GdcObjective parse(CharSequence text) {
    String value = RoadmapParseException.requireParsable(text, "Global Digital Compact objective").strip();
    String digits = value.replaceFirst("(?i)^(GDC|Objective)\\s*", "");
    if (digits.matches("[1-5]")) {
      return new GdcObjective(Integer.parseInt(digits));
    }
    throw new RoadmapParseException("Global Digital Compact objective must be a number from 1 to 5 (optionally "
        + "'GDC 3'), but was: " + RoadmapException.quote(text), text, 0);
  }

  /**
   * Returns the five objectives of the Compact.
   *
   * @return objectives 1 to 5, in order
   */
  public static List<GdcObjective> catalogue() {
    return Data.INSTANCE.objectives;
  }

  /**
   * Returns where the objectives are defined.
   *
   * @return the citation of resolution A/RES/79/1, annex I, paragraph 7
   */
  public static String source() {
    return Data.INSTANCE.source;
  }

  /**
   * Returns the objective's number.
   *
   * @return 1 or more
   */
  @JsonValue
  public int getNumber() {
    return number;
  }

  /**
   * Tells whether the Compact has this objective.
   *
   * @return true for 1 to 5
   */
  public boolean isKnown() {
    return number <= Data.INSTANCE.titles.size();
  }

  /**
   * Returns the objective's title as printed in resolution A/RES/79/1 (English).
   *
   * @return the title, or empty when the Compact has no such objective
   */
  public Optional<String> getTitle() {
    return isKnown() ? Optional.of(Data.INSTANCE.titles.get(number - 1)) : Optional.empty();
  }

  @Override
  public int compareTo(GdcObjective other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GdcObjective other && other.number == number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /**
   * Returns the objective as people write it.
   *
   * @return such as {@code "GDC 3"}
   */
  @Override
  public String toString() {
    return "GDC " + number;
  }

  /** The bundled titles, read on first use. */
  private static final class Data {
    static final Data INSTANCE = new Data();

    final List<String> titles;
    final List<GdcObjective> objectives;
    final String source;

    private Data() {
      List<String> read = new ArrayList<>();
      List<GdcObjective> all = new ArrayList<>();
      String from = "";
      for (List<String> row : Tsv.read("gdc-objectives.tsv", 3)) {
        if (!row.get(0).equals(Integer.toString(read.size() + 1))) {
          throw new RoadmapException("Bundled GDC objectives must be numbered from 1 in order, but found: '" + row.get(0) + "'");
        }
        read.add(Tsv.text(row.get(1)));
        all.add(new GdcObjective(read.size()));
        from = Tsv.text(row.get(2));
      }
      titles = List.copyOf(read);
      objectives = List.copyOf(all);
      source = from;
    }
  }
}
