/**
 * Readers and writers of the roadmap model (JSON, YAML, CSV, JSON Lines), the Jackson module, the
 * importer of the ITU roadmap table text and the bundled roadmap editions.
 *
 * <p>Exports {@code org.wsis.roadmap.io} and {@code org.wsis.roadmap.io.table}; {@code
 * org.wsis.roadmap.io.internal} is not exported. Nothing is opened: the readers and writers use
 * Jackson's streaming API, not reflection. {@link org.wsis.roadmap.io.RoadmapModule} is provided as
 * a {@code com.fasterxml.jackson.databind.Module} service, so {@code
 * ObjectMapper.findAndRegisterModules()} finds it on the module path too.
 */
module org.wsis.roadmap.io {
  requires transitive org.wsis.roadmap.core;
  // RoadmapModule extends Jackson's SimpleModule.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.yaml.snakeyaml;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.wsis.roadmap.io;
  exports org.wsis.roadmap.io.table;

  // Formats that other modules add (a workbook, linked data) are found as services: see RoadmapFormat.
  uses org.wsis.roadmap.io.RoadmapFormat;

  provides com.fasterxml.jackson.databind.Module with org.wsis.roadmap.io.RoadmapModule;
}
