/**
 * Jakarta Bean Validation for reports: {@link io.github.gongkai.validation.jakarta.ValidReport} and the setup
 * that applies it to {@link io.github.gongkai.core.Report}.
 *
 * <h2>Why an XML constraint mapping</h2>
 *
 * <p>The core module has no dependencies, so {@code Report} cannot carry a Bean Validation annotation, and
 * a library should not ship {@code META-INF/validation.xml} (there is one per application). The options
 * were:
 * <ul>
 *   <li>a constraint annotation with a validator found through
 *       {@code META-INF/services/jakarta.validation.ConstraintValidator}: that registers a validator for an
 *       annotation, but still needs the annotation on {@code Report};</li>
 *   <li>Hibernate Validator's programmatic {@code ConstraintMapping}, or a {@code ConstraintMappingContributor}:
 *       tied to Hibernate Validator, and the contributor is not service-loaded, it must be named in a
 *       configuration property;</li>
 *   <li>an XML constraint mapping added with the standard
 *       {@link jakarta.validation.Configuration#addMapping(java.io.InputStream)}.</li>
 * </ul>
 * <p>This package uses the last: the constraint is the annotation {@code @ValidReport}, which works with no
 * setup where the application puts it on its own fields and parameters, and an XML mapping shipped in this
 * jar puts it on the {@code Report} class with one line of standard setup
 * ({@link io.github.gongkai.validation.jakarta.ReportConstraints#configure(jakarta.validation.Configuration)}).
 * Zero-configuration {@code validator.validate(report)} is impossible without making the core module depend
 * on Jakarta Validation.
 *
 * <h2>Violations</h2>
 *
 * <p>Each failed finding of severity {@link io.github.gongkai.validation.Severity#ERROR} is one violation.
 * Its property path ends at the cell: {@code applications[T3/newlyReceived/total]} for a report validated
 * directly, {@code report.applications[T3/newlyReceived/total]} for a field {@code report}; the key of the
 * last node is the {@link io.github.gongkai.core.CellRef}. Its message comes from the
 * {@code ContributorValidationMessages} bundles of this jar (English and {@code zh-CN}), which Hibernate
 * Validator finds by itself. The template holds message keys only; cell values and labels are message
 * parameters, so no value from a report is ever evaluated as an expression. With Hibernate Validator the
 * {@link io.github.gongkai.validation.Finding} is the violation's dynamic payload
 * ({@link io.github.gongkai.validation.jakarta.ReportConstraints#finding(jakarta.validation.ConstraintViolation)}).
 *
 * <p>Jakarta Validation and Hibernate Validator are optional dependencies of this module: add them to the
 * application (with an expression language implementation, as Hibernate Validator requires) to use this
 * package.
 */
package io.github.gongkai.validation.jakarta;
