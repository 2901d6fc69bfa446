package org.wsis.roadmap.cli;

import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.WsisRoadmaps;

/** The bundled roadmaps the commands work on when no file is given. */
final class Dataset {
  /** How messages name the bundled roadmaps. */
  static final String NAME = "the bundled 2024 roadmaps";

  private Dataset() {}

  /**
   * Returns the bundled 2024 roadmaps.
   *
   * @return the roadmap of the ITU draft of 11 October 2024, errata applied
   */
  static Roadmap edition2024() {
    return WsisRoadmaps.edition2024();
  }
}
