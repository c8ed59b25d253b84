package io.github.gongkai.validation.jakarta;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Finding;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Setup for validating {@link io.github.gongkai.core.Report}s with Jakarta Bean Validation: the one line
 * that puts {@link ValidReport} on the {@code Report} class.
 *
 * <pre>{@code
 * ValidatorFactory factory = ReportConstraints.configure(Validation.byDefaultProvider().configure())
 *         .buildValidatorFactory();
 * Set<ConstraintViolation<Report>> violations = factory.getValidator().validate(report);
 * }</pre>
 *
 * <p>or, equally, with the standard API only:
 * {@code configuration.addMapping(ReportConstraints.mapping())}. After that, a {@code Report} is validated
 * directly, as an {@code @Valid} field or element of the application's beans, and as a method parameter.
 */
@SuppressWarnings("exports") // Jakarta Validation is optional, so not required transitively
public final class ReportConstraints {

    /** The resource holding the XML constraint mapping, relative to this class. */
    static final String MAPPING = "report-constraints.xml";

    private ReportConstraints() {
    }

    /**
     * Opens the XML constraint mapping that puts {@link ValidReport} on {@code Report}, for
     * {@link Configuration#addMapping(InputStream)}. The configuration closes the stream when it builds the
     * factory.
     *
     * @return a new stream, never null
     */
    public static InputStream mapping() {
        InputStream in = ReportConstraints.class.getResourceAsStream(MAPPING);
        if (in == null) {
            throw new IllegalStateException("missing resource " + MAPPING + " next to " + ReportConstraints.class);
        }
        return in;
    }

    /**
     * Adds the constraint mapping to a Bean Validation configuration.
     *
     * @param configuration the configuration, such as {@code Validation.byDefaultProvider().configure()}
     * @param <T> the type of the configuration, such as Hibernate Validator's
     * @return the same configuration
     */
    public static <T extends Configuration<?>> T configure(T configuration) {
        Objects.requireNonNull(configuration, "configuration").addMapping(mapping());
        return configuration;
    }

    /**
     * Builds a validator factory of the default provider, with the constraint mapping added.
     *
     * @return a new factory, never null; close it when done
     */
    public static ValidatorFactory buildDefaultValidatorFactory() {
        return configure(Validation.byDefaultProvider().configure()).buildValidatorFactory();
    }

    /**
     * Checks that a validator has the constraint mapping, so that a validator built without it fails where it is
     * set up instead of finding nothing wrong with every report: without the mapping, {@code Report} carries no
     * constraint, {@code validator.validate(report)} returns no violation, and no code of this module runs that
     * could notice. Call it where the application builds its validator (the gongkai Spring Boot starters call it
     * on every {@code Validator} bean at startup). A validator that is never checked cannot be detected.
     *
     * @param validator the validator
     * @param <V> the validator's type
     * @return the same validator
     * @throws IllegalStateException if {@code Report} has no constraint in it
     */
    public static <V extends Validator> V requireMapping(V validator) {
        Objects.requireNonNull(validator, "validator");
        if (!validator.getConstraintsForClass(Report.class).isBeanConstrained()) {
            throw new IllegalStateException("this Validator has no constraint on io.github.gongkai.core.Report, so"
                    + " validate(report) finds nothing wrong with any report: add the mapping to its configuration"
                    + " with ReportConstraints.configure(configuration) or configuration.addMapping("
                    + "ReportConstraints.mapping())");
        }
        return validator;
    }

    /**
     * Returns the finding behind a constraint violation raised by {@link ValidReport}. Needs Hibernate
     * Validator, which carries the finding as the violation's dynamic payload.
     *
     * @param violation a violation
     * @return the finding, or empty if the violation carries none
     */
    public static Optional<Finding> finding(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        try {
            HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
            return Optional.ofNullable(hv.getDynamicPayload(Finding.class));
        } catch (RuntimeException | LinkageError notHibernate) {
            return Optional.empty();
        }
    }
}
