/**
 * The model of the WSIS Action Lines Roadmaps: immutable value types, typed ids, enums, the query
 * tools and the bundled reference catalogues (SDG goals, targets and indicators; WSIS action lines).
 *
 * <p>Exports {@code org.wsis.roadmap}, {@code org.wsis.roadmap.query} and {@code org.wsis.roadmap.markup}
 * (the markup tokenizer shared by the cell readers and the importer); {@code
 * org.wsis.roadmap.internal} is not exported. The model package is open, for deep reflection only,
 * to the two frameworks that read it: Jackson databind (the model's Jackson annotations and the
 * generated JSON helpers) and Hibernate Validator (the constraints on the getters of the generated
 * implementations). The module needs no Jackson at run time.
 */
// Hibernate Validator is not on this module's compile path (core needs none of it): "module not
// found" for the qualified opens is expected.
@SuppressWarnings("module")
module org.wsis.roadmap.core {
  // The constraint annotations on every getter are part of the model's contract: an application's
  // own Validator reads them.
  requires transitive jakarta.validation;
  // Compile-time only: the model carries its Jackson mapping as annotations, and Immutables'
  // annotations are not retained for run time.
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  // Nullness annotations on the API, readable by every module that reads this one when present.
  requires static transitive org.jspecify;

  exports org.wsis.roadmap;
  exports org.wsis.roadmap.query;
  exports org.wsis.roadmap.markup;

  opens org.wsis.roadmap to com.fasterxml.jackson.databind, org.hibernate.validator;
}
