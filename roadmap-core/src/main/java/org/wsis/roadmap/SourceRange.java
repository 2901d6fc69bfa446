package org.wsis.roadmap;

import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The lines of a source document that an item was read from, first and last inclusive, counted from 1.
 *
 * <pre>{@code
 * SourceRange lines = SourceRange.of(120, 134);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceRange.class)
@JsonDeserialize(as = ImmutableSourceRange.class)
@JsonPropertyOrder({"fromLine", "toLine"})
public abstract class SourceRange implements WithSourceRange {
  SourceRange() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SourceRange} instances; obtain one with {@link SourceRange#builder()}. */
  public static final class Builder extends ImmutableSourceRange.Builder {
    Builder() {}
  }

  /**
   * Returns the range of lines {@code fromLine} to {@code toLine}.
   *
   * @param fromLine the first line, from 1
   * @param toLine the last line, not before {@code fromLine}
   * @return the range
   * @throws RoadmapException when the lines are not a range of positive line numbers
   */
  public static SourceRange of(int fromLine, int toLine) {
    return builder().fromLine(fromLine).toLine(toLine).build();
  }

  /**
   * Returns the first line.
   *
   * @return a line number, from 1
   */
  public abstract @Positive(message = "{org.wsis.roadmap.constraints.lineNumber}") int getFromLine();

  /**
   * Returns the last line, inclusive.
   *
   * @return a line number, not before {@link #getFromLine()}
   */
  public abstract @Positive(message = "{org.wsis.roadmap.constraints.lineNumber}") int getToLine();

  @Value.Check
  void check() {
    if (getFromLine() < 1 || getToLine() < getFromLine()) {
      throw new RoadmapException(
          "source range must run from line 1 or later to a line not before it, but was: "
              + getFromLine() + "-" + getToLine());
    }
  }

  @Override
  public String toString() {
    return "lines " + getFromLine() + "-" + getToLine();
  }
}
