package org.wsis.roadmap.io;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.Timing;

/**
 * One row of the flat CSV form ({@link RoadmapCsv}): the main fields of an outcome, as a
 * spreadsheet shows them.
 *
 * <pre>{@code
 * List<OutcomeRow> rows = OutcomeRow.allOf(roadmap);
 * RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(roadmap)).equals(rows); // true
 * }</pre>
 *
 * <p>The round trip is exact for every text (see {@link RoadmapCsv}), except that a reference's
 * text holding a line break reads back as two references: the cell holds one reference per line.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeRow {
  OutcomeRow() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutcomeRow} instances; obtain one with {@link OutcomeRow#builder()}. */
  public static final class Builder extends ImmutableOutcomeRow.Builder {
    Builder() {}
  }

  /**
   * Returns the row of an outcome.
   *
   * @param line the action line whose table holds the outcome
   * @param outcome the outcome
   * @return the row
   */
  public static OutcomeRow of(ActionLineRoadmap line, Outcome outcome) {
    Results results = outcome.getResults();
    return builder()
        .id(outcome.getId())
        .actionLine(line.getActionLine())
        .section(outcome.getSection())
        .label(outcome.getLabel())
        .statement(outcome.getStatement())
        .timing(outcome.getTiming().map(Timing::getRaw))
        .sdgLinks(outcome.getSdgLinks())
        .sdgRaw(outcome.getSdgRaw())
        .gdcLinks(outcome.getGdcLinks())
        .references(outcome.getReferences().stream().map(Reference::getRaw).collect(Collectors.toList()))
        .evidenceCount(outcome.getEvidence().size())
        .expectedCount(results.getExpected().size())
        .activitiesCount(results.getActivities().size())
        .achievementsCount(results.getAchievements().size())
        .targetsCount(results.getTargets().size())
        .build();
  }

  /**
   * Returns the rows of every outcome of a roadmap, in document order.
   *
   * @param roadmap the roadmap
   * @return the rows
   */
  public static List<OutcomeRow> allOf(Roadmap roadmap) {
    return roadmap.getActionLines().stream()
        .flatMap(line -> line.getOutcomes().stream().map(outcome -> of(line, outcome)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the outcome id.
   *
   * @return such as {@code C5.GT.B3}
   */
  public abstract OutcomeId getId();

  /**
   * Returns the action line whose table holds the outcome.
   *
   * @return the action line
   */
  public abstract ActionLine getActionLine();

  /**
   * Returns the section.
   *
   * @return the section
   */
  public abstract OutcomeSection getSection();

  /**
   * Returns the label.
   *
   * @return such as {@code "B3"}
   */
  public abstract String getLabel();

  /**
   * Returns the statement.
   *
   * @return the statement, possibly empty
   */
  public abstract String getStatement();

  /**
   * Returns the timing cell as printed.
   *
   * @return the raw timing, or empty when the outcome has no timing
   */
  public abstract Optional<String> getTiming();

  /**
   * Returns the SDG goals and targets.
   *
   * @return the links in document order
   */
  public abstract List<SdgLink> getSdgLinks();

  /**
   * Returns the SDG cell as printed.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> getSdgRaw();

  /**
   * Returns the raw text of each reference.
   *
   * @return the texts in document order
   */
  public abstract List<String> getReferences();

  /**
   * Returns the number of evidence items.
   *
   * @return the count
   */
  public abstract int getEvidenceCount();

  /**
   * Returns the number of expected results.
   *
   * @return the count
   */
  public abstract int getExpectedCount();

  /**
   * Returns the number of ITU activities.
   *
   * @return the count
   */
  public abstract int getActivitiesCount();

  /**
   * Returns the number of achievements.
   *
   * @return the count
   */
  public abstract int getAchievementsCount();

  /**
   * Returns the number of targets to be achieved.
   *
   * @return the count
   */
  public abstract int getTargetsCount();

  /**
   * Returns the objectives of the Global Digital Compact the outcome serves.
   *
   * @return the objectives, in document order; empty when none (then the table has no {@code gdcLinks} column)
   */
  public abstract List<GdcObjective> getGdcLinks();
}
