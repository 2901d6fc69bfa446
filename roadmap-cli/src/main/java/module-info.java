/**
 * The {@code roadmap} command line. An application, not a library: it exports nothing, and opens
 * its package to picocli alone, which reads the commands' annotated fields and creates the
 * commands, converters and version provider by reflection.
 */
module org.wsis.roadmap.cli {
  requires org.wsis.roadmap.core;
  requires org.wsis.roadmap.io;
  requires org.wsis.roadmap.validation;
  requires org.wsis.roadmap.report;
  requires info.picocli;
  // Quietens Hibernate Validator's start-up banner through java.util.logging.
  requires java.logging;

  opens org.wsis.roadmap.cli to info.picocli;
}
