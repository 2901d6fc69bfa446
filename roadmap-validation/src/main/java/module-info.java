/**
 * Validation of roadmaps: Bean Validation of the model's shape, the consistency rules, reports,
 * profiles and waivers.
 *
 * <p>Exports {@code org.wsis.roadmap.validation}; uses {@code RuleCheck} services (an application's own rules); opens nothing (Hibernate Validator reflects on
 * the model, which {@code org.wsis.roadmap.core} opens to it). Hibernate Validator runs without the
 * Expression Language: see the package documentation.
 */
module org.wsis.roadmap.validation {
  requires transitive org.wsis.roadmap.core;
  // RoadmapValidator.constraintValidator() returns a jakarta.validation.Validator.
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.wsis.roadmap.validation;

  // Rules of an application's own: RoadmapValidator.Builder.discoverRules(ClassLoader).
  uses org.wsis.roadmap.validation.RuleCheck;
}
