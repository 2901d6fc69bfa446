/**
 * Validation of roadmaps: Bean Validation of the model's shape, the catalogue of consistency rules
 * ({@link org.wsis.roadmap.validation.Rule}), findings, reports (text, JSON, SARIF 2.1.0), profiles
 * and waivers.
 *
 * <pre>{@code
 * ValidationReport report = RoadmapValidator.create().validate(roadmap);
 * if (!report.isValid()) {
 *   System.out.println(report.toText());
 * }
 * }</pre>
 *
 * <p>{@link org.wsis.roadmap.validation.RoadmapValidator#validate} never throws on bad data: every
 * defect of a roadmap is a {@link org.wsis.roadmap.validation.Finding}. Rule ids such as {@code
 * WSIS-TEXT-001} are stable: a rule is never renumbered and a retired id is never reused.
 */
@Value.Style(
    throwForInvalidImmutableState = org.wsis.roadmap.IncompleteValueException.class,
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
package org.wsis.roadmap.validation;

import org.immutables.value.Value;
