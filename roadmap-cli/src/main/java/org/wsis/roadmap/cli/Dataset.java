package org.wsis.roadmap.cli;

import org.wsis.roadmap.Roadmap;

/** The bundled roadmaps the commands work on when no file is given. */
final class Dataset {
  static final String NAME = "the bundled 2024 roadmaps";

  private Dataset() {}

  static Roadmap edition2024() {
    throw new BadInputException(java.nio.file.Path.of("bundled"), "", "not yet available");
  }
}
