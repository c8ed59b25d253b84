package io.github.gongkai.validation.jakarta;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.gongkai.validation.BlankPolicy;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.gongkai.core.Report} satisfies the rules of the format: every identity and,
 * if {@link #warnings()}, every plausibility rule. {@code null} is valid.
 *
 * <p>Each failed finding becomes one constraint violation whose property path goes down to the cell, such as
 * {@code report.applications[T3/newlyReceived/total]}, whose message is the finding's localized message, and
 * whose dynamic payload is the {@link io.github.gongkai.validation.Finding} itself
 * ({@link ReportConstraints#finding(jakarta.validation.ConstraintViolation)}).
 *
 * <pre>{@code
 * public class Submission {
 *     @ValidReport
 *     private Report report;
 * }
 * }</pre>
 *
 * <p>No setup is needed for the annotation. To validate a {@code Report} directly, or through
 * {@code @Valid}, add the constraint mapping once: see {@link ReportConstraints}.
 */
@Documented
@Constraint(validatedBy = ReportConstraintValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@SuppressWarnings("exports") // Jakarta Validation is optional, so not required transitively
public @interface ValidReport {

    /**
     * Returns the message used only if no finding gives a more precise one.
     *
     * @return the message template
     */
    String message() default "{io.github.gongkai.validation.ValidReport.message}";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Returns how cells without a number are read.
     *
     * @return the blank policy; {@link BlankPolicy#BLANK_IS_ZERO} by default
     */
    BlankPolicy blanks() default BlankPolicy.BLANK_IS_ZERO;

    /**
     * Tells whether failed warnings (plausibility rules) are violations too; by default only errors are.
     *
     * @return true to report warnings
     */
    boolean warnings() default false;

    /**
     * Returns the codes or ids of rules not to apply, such as {@code "T2.FEE_AMOUNT_UNIT"}.
     *
     * @return the disabled rules
     */
    String[] disabled() default {};
}
