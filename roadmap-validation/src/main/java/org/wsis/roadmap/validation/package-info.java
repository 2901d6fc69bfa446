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
 *
 * <p><b>Bean Validation without the Expression Language.</b> The library's own validator ({@link
 * org.wsis.roadmap.validation.RoadmapValidator#constraintValidator()}, and the shape rule {@code
 * WSIS-STR-001}) is Hibernate Validator with its {@code ParameterMessageInterpolator}: it needs no
 * Jakarta Expression Language implementation, so it starts on the class path and on the module path
 * with no extra dependency or flag, and no message is ever evaluated as an expression. Messages come
 * from roadmap-core's bundle {@code ContributorValidationMessages.properties} (read from roadmap-core's
 * module; a file outside any package needs no {@code opens}) and Hibernate Validator's own, with
 * the constraint's attributes as parameters ({@code {min}}, {@code {max}}, {@code {regexp}}). What
 * this gives up is the {@code ${...}} form: {@code ${validatedValue}}, {@code ${formatter.format(...)}}
 * and conditional text are left as written. None of the model's constraints needs them; of Hibernate
 * Validator's built-in messages, those of {@code @DecimalMin}, {@code @DecimalMax}, {@code @DurationMin},
 * {@code @DurationMax}, {@code @LuhnCheck}, {@code @Mod10Check} and {@code @Mod11Check} do. An
 * application that validates the model with its own {@code Validator} keeps its own choice: Hibernate
 * Validator's default interpolator needs an EL implementation (such as {@code
 * org.glassfish.expressly:expressly}), which then also has to be required on the module path.
 */
@NullMarked
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
import org.jspecify.annotations.NullMarked;
