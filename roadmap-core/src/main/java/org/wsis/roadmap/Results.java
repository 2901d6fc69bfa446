package org.wsis.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The cell {@code Expected and Achieved results and targets to be achieved}: expected results, ITU activities, achievements and targets, each an ordered list of items.
 *
 * <pre>{@code
 * Results results = Results.builder()
 *     .addExpected("Develop a harmonized approach to spectrum management")
 *     .addActivity("Workshops on ICT standards awareness")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResults.class)
@JsonDeserialize(as = ImmutableResults.class)
@JsonPropertyOrder({"expected", "activities", "achievements", "targets", "text"})
public abstract class Results implements WithResults {
  Results() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Results} instances; obtain one with {@link Results#builder()}. */
  public static final class Builder extends ImmutableResults.Builder {
    Builder() {}
  }

  /**
   * Returns the items under an {@code Expected Result(s)} heading.
   *
   * @return the items in document order
   */
  public abstract List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getExpected();

  /**
   * Returns the items under an {@code ITU Activities} heading.
   *
   * @return the items in document order
   */
  public abstract List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getActivities();

  /**
   * Returns the achieved results.
   *
   * @return the achievements in document order
   */
  public abstract List<@Valid @NotNull Achievement> getAchievements();

  /**
   * Returns the targets to be achieved.
   *
   * @return the targets in document order
   */
  public abstract List<@Valid @NotNull ResultTarget> getTargets();

  /**
   * Returns the items of the cell that stand under no heading.
   *
   * @return the items in document order
   */
  public abstract List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getText();

  /**
   * Tells whether the cell holds nothing.
   *
   * @return true when every list is empty
   */
  @JsonIgnore
  public boolean isEmpty() {
    return getExpected().isEmpty()
        && getActivities().isEmpty()
        && getAchievements().isEmpty()
        && getTargets().isEmpty()
        && getText().isEmpty();
  }
}
