package org.wsis.roadmap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A labelled sub-item of an outcome statement, such as {@code D1:} or {@code ii.}.
 *
 * <pre>{@code
 * SubItem item = SubItem.builder().label("D1").text("Promote regional cooperation").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubItem.class)
@JsonDeserialize(as = ImmutableSubItem.class)
@JsonPropertyOrder({"label", "text"})
public abstract class SubItem implements WithSubItem {
  SubItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SubItem} instances; obtain one with {@link SubItem#builder()}. */
  public static final class Builder extends ImmutableSubItem.Builder {
    Builder() {}
  }

  /**
   * Returns the label as printed, without trailing punctuation.
   *
   * @return such as {@code "D1"} or {@code "ii"}
   */
  public abstract @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,12}", message = "{org.wsis.roadmap.constraints.label}") String getLabel();

  /**
   * Returns the text of the sub-item.
   *
   * @return the text, white space normalised
   */
  public abstract @NotNull String getText();
}
