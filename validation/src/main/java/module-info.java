/**
 * Validation of the 政府信息公开工作年度报告: the identities the format requires (I-1 to I-4), plausibility
 * rules, rules over several reports, findings that point at cells, and Jakarta Bean Validation integration.
 *
 * <p>The rule engine ({@code io.github.gongkai.validation}) needs only the core module. Jakarta Validation
 * and Hibernate Validator are optional ({@code requires static}): only
 * {@code io.github.gongkai.validation.jakarta} uses them, and only when the application has them. That
 * package's documentation explains why {@code Report} gets its Bean Validation constraint from an XML
 * constraint mapping shipped in this module rather than from an annotation in the core module.
 */
module io.github.gongkai.validation {
    requires transitive io.github.gongkai.core;
    // Optional and deliberately not transitive: a modular user of the plain engine need not have it.
    requires static jakarta.validation;
    requires static org.hibernate.validator;

    exports io.github.gongkai.validation;
    exports io.github.gongkai.validation.jakarta;
}
