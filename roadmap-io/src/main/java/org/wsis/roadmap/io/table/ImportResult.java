package org.wsis.roadmap.io.table;

import org.immutables.value.Value;
import org.wsis.roadmap.Roadmap;

/**
 * The result of importing a roadmap document: the roadmap and the report of the import.
 *
 * <pre>{@code
 * ImportResult result = RoadmapTableImporter.create().importText(text);
 * Roadmap roadmap = result.getRoadmap();
 * ImportReport report = result.getReport();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportResult {
  ImportResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportResult} instances; obtain one with {@link ImportResult#builder()}. */
  public static final class Builder extends ImmutableImportResult.Builder {
    Builder() {}
  }

  /**
   * Returns the roadmap as read.
   *
   * @return the roadmap
   */
  public abstract Roadmap getRoadmap();

  /**
   * Returns the report of the import.
   *
   * @return the report
   */
  public abstract ImportReport getReport();
}
