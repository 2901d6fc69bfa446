package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.wsis.roadmap.internal.TimingReader;

/**
 * The cell {@code Proposed Timing}: the raw text and the entries read from it.
 *
 * <pre>{@code
 * Timing read = Timing.read("2020-2025");   // one SPAN entry from 2020 to 2025
 * Timing timing = Timing.builder()
 *     .raw("2020-2025")
 *     .addEntry(TimingEntry.builder().raw("2020-2025").kind(TimingEntry.Kind.SPAN).from(2020).to(2025).build())
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTiming.class)
@JsonDeserialize(as = ImmutableTiming.class)
@JsonPropertyOrder({"raw", "entries"})
public abstract class Timing implements WithTiming {
  Timing() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Timing} instances; obtain one with {@link Timing#builder()}. */
  public static final class Builder extends ImmutableTiming.Builder {
    Builder() {}
  }

  /**
   * Reads a {@code Proposed Timing} cell leniently: text that is no timing becomes an entry of kind
   * {@link TimingEntry.Kind#UNREAD}, so nothing is lost.
   *
   * <p>Forms read (case-insensitive; several per cell, separated by commas, semicolons, slashes,
   * {@code and} or just spaces): spans {@code 2020-2025}, {@code 2016 - 2030}, {@code 2000 – 2022}
   * (any dash), {@code 2017 to 2030}, {@code 2020-25}, {@code from 2017 to 2030}; single years {@code
   * 2025}; open starts {@code Since 2016}, {@code Since 2019 (continuous)}, {@code 2019 onwards}, {@code
   * from 2019}; {@code 2012 to date}, {@code 2012 to present}; {@code Continuous}, {@code Ongoing}.
   * HTML markup is removed and white space collapsed first; {@link #getRaw()} is that text. Runs in
   * time linear in the input length.
   *
   * <pre>{@code
   * Timing timing = Timing.read("<p>Since 2019 (continuous)</p>");
   * timing.getRaw();                          // "Since 2019 (continuous)"
   * timing.getEntries().get(0).getKind();     // SINCE
   * timing.getEntries().get(0).getFrom();     // Optional[2019]
   * Timing.read("2020-2025 TBD").getEntries(); // SPAN 2020-2025, UNREAD "TBD"
   * }</pre>
   *
   * @param cell the cell text, possibly with HTML
   * @return the timing, never null; an empty cell gives no entries
   * @throws RoadmapParseException when the cell is null
   */
  public static Timing read(CharSequence cell) {
    return TimingReader.read(cell, false);
  }

  /**
   * Reads a timing strictly: every part of the text must be a timing value.
   *
   * <pre>{@code
   * Timing.parse("2016 - 2030, Continuous"); // SPAN 2016-2030, CONTINUOUS
   * Timing.parse("soon");                    // throws RoadmapParseException
   * }</pre>
   *
   * @param text the text, such as {@code "2020-2025"}
   * @return the timing, with no {@link TimingEntry.Kind#UNREAD} entry
   * @throws RoadmapParseException when the text is null or blank, or has a part that is no timing
   *     value; the exception quotes that part and gives its index in the input
   */
  public static Timing parse(CharSequence text) {
    return TimingReader.read(text, true);
  }

  /**
   * Returns the timing as text that {@link #read} and {@link #parse} read back to an equal timing,
   * when the timing was read from text: {@link #getRaw()}.
   *
   * @return the raw text
   */
  @Override
  public String toString() {
    return getRaw();
  }

  /**
   * Returns the cell text as printed: HTML markup removed, white space collapsed.
   *
   * @return such as {@code "2020-2025"}
   */
  public abstract @NotBlank(message = "{org.wsis.roadmap.constraints.text}") String getRaw();

  /**
   * Returns the values read from the cell, in document order; text that could not be read is an
   * entry of kind {@link TimingEntry.Kind#UNREAD}.
   *
   * @return the entries
   */
  public abstract List<@Valid @NotNull TimingEntry> getEntries();
}
