/**
 * For other projects' tests: AssertJ assertions on roadmaps and validation reports, and seeded
 * generators of valid roadmaps and of roadmaps with one named defect.
 *
 * <p>Exports {@code org.wsis.roadmap.testkit}; opens nothing.
 */
module org.wsis.roadmap.testkit {
  requires transitive org.wsis.roadmap.core;
  requires transitive org.wsis.roadmap.validation;
  // The assertions extend AssertJ's AbstractAssert.
  requires transitive org.assertj.core;
  requires static transitive org.jspecify;

  exports org.wsis.roadmap.testkit;
}
