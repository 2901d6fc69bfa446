/**
 * Renderings of a roadmap for people and programs: the self-contained HTML report, the SDG coverage
 * as CSV and the diff of two editions as JSON.
 *
 * <p>Exports {@code org.wsis.roadmap.report}; {@code org.wsis.roadmap.report.internal} (the compiled
 * templates and their view of the model) is not exported. Nothing is opened: the templates are
 * compiled to Java at build time and called directly, so rendering needs no reflection.
 */
module org.wsis.roadmap.report {
  requires transitive org.wsis.roadmap.core;
  // HtmlReport renders a ValidationReport.
  requires transitive org.wsis.roadmap.validation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  // The runtime of the compiled jte templates (an automatic module: its jar names itself in its manifest).
  requires gg.jte.runtime;
  // The compiled templates carry @javax.annotation.processing.Generated, kept in the source only.
  requires static java.compiler;
  requires static transitive org.jspecify;

  exports org.wsis.roadmap.report;
}
