package org.wsis.roadmap.io;

import java.io.IOException;
import java.io.InputStream;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;

/**
 * The WSIS Action Lines Roadmaps editions bundled with this library, as typed data.
 *
 * <pre>{@code
 * Roadmap roadmap = WsisRoadmaps.edition2024();
 * Outcome b3 = roadmap.findOutcome(OutcomeId.parse("C5.GT.B3")).orElseThrow();
 * }</pre>
 *
 * <p>The 2024 edition is the ITU document "WSIS Action Lines Roadmaps C2, C4, C5, C6 (Draft as of
 * 11 October 2024)", imported with {@link org.wsis.roadmap.io.table.RoadmapTableImporter}, its
 * errata applied ({@code wsis-action-lines-roadmaps-2024-10-11.errata.json}), and stored as
 * canonical JSON in this jar. Each edition is parsed once, on first use, and then shared: the
 * returned roadmaps are immutable. This class is thread-safe.
 */
public final class WsisRoadmaps {
  /** The class-path resource of the 2024 edition. */
  public static final String EDITION_2024_RESOURCE = "/org/wsis/roadmap/io/wsis-action-lines-roadmaps-2024-10-11.json";
  /** The class-path resource of the errata of the 2024 edition. */
  public static final String EDITION_2024_ERRATA_RESOURCE =
      "/org/wsis/roadmap/io/wsis-action-lines-roadmaps-2024-10-11.errata.json";
  /** The class-path resource of the source document of the 2024 edition, as published. */
  public static final String EDITION_2024_SOURCE_RESOURCE =
      "/org/wsis/roadmap/io/table/wsis-action-lines-roadmaps-2024-10-11.txt";

  private static final Object LOCK = new Object();
  private static volatile Roadmap edition2024;

  private WsisRoadmaps() {}

  /**
   * Returns the 2024 edition (draft as of 11 October 2024), errata applied.
   *
   * @return the roadmap
   * @throws RoadmapException when the bundled resource is missing or damaged (a broken jar)
   */
  public static Roadmap edition2024() {
    Roadmap roadmap = edition2024;
    if (roadmap == null) {
      synchronized (LOCK) {
        roadmap = edition2024;
        if (roadmap == null) {
          roadmap = load(EDITION_2024_RESOURCE);
          edition2024 = roadmap;
        }
      }
    }
    return roadmap;
  }

  /**
   * Returns the newest bundled edition; today the 2024 edition.
   *
   * @return the roadmap
   * @throws RoadmapException when the bundled resource is missing or damaged (a broken jar)
   */
  public static Roadmap latest() {
    return edition2024();
  }

  private static Roadmap load(String resource) {
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RoadmapException("bundled roadmap must be on the class path, but was not found: '" + resource + "'");
      }
      return RoadmapJson.read(in);
    } catch (IOException e) {
      throw new RoadmapException("bundled roadmap could not be read: '" + resource + "'", e);
    }
  }
}
