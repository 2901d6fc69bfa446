package org.wsis.roadmap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.wsis.roadmap.internal.SdgCellReader;

/**
 * The reading of a {@code Linkages with SDGs} cell: the goal and target links it names, the prose
 * around them, and the fragments that could not be read.
 *
 * <pre>{@code
 * SdgCell cell = SdgCell.read("<i>SDG 8,9</i>");
 * cell.getLinks();  // [GoalLink 8, GoalLink 9]
 * SdgCell.read("1.4, 7.1, 7.a, 9.c, 17.8.").getLinks(); // five target links
 * SdgCell prose = SdgCell.read("SDG 8 calls for sustainable economic growth.");
 * prose.getLinks(); // [GoalLink 8]
 * prose.getNote();  // Optional["SDG 8 calls for sustainable economic growth."]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSdgCell.class)
@JsonDeserialize(as = ImmutableSdgCell.class)
@JsonPropertyOrder({"raw", "links", "note", "unread"})
public abstract class SdgCell implements WithSdgCell {
  SdgCell() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SdgCell} instances; obtain one with {@link SdgCell#builder()}. */
  public static final class Builder extends ImmutableSdgCell.Builder {
    Builder() {}
  }

  /**
   * Reads a {@code Linkages with SDGs} cell, leniently. Nothing is dropped: every part of the text
   * is a link, part of the note, or an unread fragment.
   *
   * <p>The cell is cut into parts at paragraph breaks (HTML {@code <p>}, {@code <li>}, {@code <br>})
   * and at sentence ends ({@code ". "}, {@code "; "}). In each part the reader finds goals ({@code
   * SDG 8,9}, {@code SDG 1 (No poverty)}, {@code SDG8}, {@code Goals 8 and 9}) and target codes
   * ({@code 1.4, 7.a, 17.8.}). A part with three or more other words is prose: its whole text goes to
   * the note, and in prose a bare number such as {@code 1.25} counts as a target only when the UN
   * catalogue has that target. In a part that is a list of codes, other text (a stray {@code
   * growth)}, {@code SDG 18}) becomes an unread fragment. Links are distinct, in document order.
   * Runs in time linear in the input length.
   *
   * @param cell the cell text, possibly with HTML
   * @return the reading; a blank cell gives no links, no note and no unread fragments
   * @throws RoadmapParseException when the cell is null
   */
  public static SdgCell read(CharSequence cell) {
    return SdgCellReader.read(cell);
  }

  /**
   * Returns the cell text as printed: HTML markup removed, white space collapsed.
   *
   * @return the text
   */
  public abstract String getRaw();

  /**
   * Returns the goals and targets the cell names, distinct, in document order.
   *
   * @return the links
   */
  public abstract List<SdgLink> getLinks();

  /**
   * Returns the prose of the cell: the text of every part that is more than a list of codes.
   *
   * @return the prose, or empty when the cell is only codes
   */
  public abstract Optional<String> getNote();

  /**
   * Returns the fragments of code lists that could not be read, such as {@code "growth)"} or
   * {@code "SDG 18"}.
   *
   * @return the fragments, in document order
   */
  public abstract List<String> getUnread();
}
