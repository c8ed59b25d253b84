package io.github.gongkai.validation;

/**
 * How serious a {@link Finding} is. Every {@link Rule} has a {@linkplain Rule#defaultSeverity() default
 * severity}, which a caller may override per rule with {@link ReportValidator.Builder#severity}.
 *
 * <p>Constants are declared from the most to the least serious.
 */
public enum Severity {
    /** The report breaks an identity the format requires: it is wrong as printed. */
    ERROR,
    /** The report is possible but implausible; a person should look at it. */
    WARNING,
    /** Worth knowing, not a problem in itself. */
    INFO
}
