package io.github.gongkai.validation.jakarta;

import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates a {@link Report} for {@link ValidReport} with a {@link ReportValidator}: one constraint violation
 * per failed finding. Public because Bean Validation instantiates it; applications do not call it.
 *
 * <p>The message template of each violation is the finding's {@link Finding#messageTemplate()}: message keys
 * only, never a value read from the report, so that no cell value can inject an expression. With Hibernate
 * Validator the values are added as message parameters and the finding as the dynamic payload. With another
 * provider the message is the rule's description, without values, and the finding is not attached.
 */
@SuppressWarnings("exports") // Jakarta Validation is optional, so not required transitively
public final class ReportConstraintValidator implements ConstraintValidator<ValidReport, Report> {

    private static final boolean HIBERNATE_VALIDATOR = isPresent(
            "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext");

    /** The application's validator, or null to build one from each annotation's attributes. */
    private final ReportValidator configured;
    private ReportValidator validator = ReportValidator.standard();
    private boolean warnings;

    /** Creates a validator with the standard settings, until {@link #initialize} configures it. */
    public ReportConstraintValidator() {
        this.configured = null;
    }

    /**
     * Creates a validator that checks with the application's own validator (its rule settings, severities,
     * blank policy and fail-fast), for a {@code ConstraintValidatorFactory} that hands out configured instances,
     * such as the gongkai Spring Boot starter's, which builds the validator from {@code gongkai.validation.*}
     * properties. {@link #initialize} then takes only {@link ValidReport#warnings()} from the annotation: its
     * {@code blanks()} and {@code disabled()} are not applied, since the application configured the rules once.
     *
     * @param validator the validator to check with
     */
    public ReportConstraintValidator(ReportValidator validator) {
        this.configured = Objects.requireNonNull(validator, "validator");
        this.validator = validator;
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, ReportConstraintValidator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void initialize(ValidReport annotation) {
        this.warnings = annotation.warnings();
        if (configured != null) {
            return;
        }
        ReportValidator.Builder builder = ReportValidator.builder().blankPolicy(annotation.blanks());
        for (String rule : annotation.disabled()) {
            builder.disable(rule);
        }
        this.validator = builder.build();
    }

    @Override
    public boolean isValid(Report report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        ValidationResult result = validator.validate(report);
        boolean valid = true;
        for (Finding finding : result.findings()) {
            if (!finding.isFailed() || !(finding.severity() == Severity.ERROR
                    || warnings && finding.severity() == Severity.WARNING)) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            addViolation(finding, context);
        }
        return valid;
    }

    private static void addViolation(Finding finding, ConstraintValidatorContext context) {
        String template;
        if (HIBERNATE_VALIDATOR) {
            template = finding.messageTemplate();
            Hibernate.attach(finding, context);
        } else {
            template = "{" + finding.rule().messageKey() + ".description}";
        }
        Optional<CellInvolvement> cell = finding.anchor();
        if (cell.isEmpty()) { // a section of the narrative: narrative.overview, …
            context.buildConstraintViolationWithTemplate(template).addPropertyNode("narrative")
                    .addPropertyNode(finding.subject()).addConstraintViolation();
            return;
        }
        context.buildConstraintViolationWithTemplate(template)
                .addPropertyNode(property(cell.get().cell().table()))
                .addBeanNode().inIterable().atKey(cell.get().cell())
                .addConstraintViolation();
    }

    /**
     * Returns the name of the {@link Report} component holding a table.
     *
     * @param table the table
     * @return the property name, such as {@code applications}
     */
    static String property(ReportTable table) {
        return switch (table) {
            case T2 -> "activeDisclosure";
            case T3 -> "applications";
            case T4 -> "reviewLitigation";
            case S6 -> "fees";
        };
    }

    /** Touches Hibernate Validator types; loaded only when Hibernate Validator is present. */
    private static final class Hibernate {
        private Hibernate() {
        }

        static void attach(Finding finding, ConstraintValidatorContext context) {
            HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
            for (Map.Entry<String, String> p : finding.messageParameters().entrySet()) {
                hv.addMessageParameter(p.getKey(), p.getValue());
            }
            hv.withDynamicPayload(finding);
        }
    }
}
