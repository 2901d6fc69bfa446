/**
 * An application on the module path: it requires the library's modules as any application would,
 * and nothing else. Launched by {@code ModulePathLaunchTest} with {@code java --module-path ... -m}.
 */
module org.wsis.roadmap.modulepath {
  requires org.wsis.roadmap.io;
  requires org.wsis.roadmap.validation;
  requires org.wsis.roadmap.testkit;
  requires org.wsis.roadmap.report;
  requires org.wsis.roadmap.office;
  requires org.wsis.roadmap.rdf;

  // To find RoadmapModule through ServiceLoader as Jackson's findAndRegisterModules() does.
  uses com.fasterxml.jackson.databind.Module;
}
