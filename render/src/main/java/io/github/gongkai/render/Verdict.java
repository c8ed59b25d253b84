package io.github.gongkai.render;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import java.util.Objects;

/**
 * What a page says about one report, in one word: whether it breaks a rule, whether every rule could be
 * checked, and whether it could be read at all. Constants are declared from the best to the worst.
 *
 * <p>{@link #NOT_FULLY_ASSESSED} keeps "no error found" apart from "valid": a report whose totals were left blank
 * or whose cells were not read may hide an error that no rule could see. A cell not read counts even where every
 * rule through it could be checked (through a printed total, say): the report was not read in full.
 */
public enum Verdict {
    /** No finding at all: every rule was checked and holds. */
    VALID,
    /** Every rule could be checked and none of severity {@link Severity#ERROR} failed, but some other one did. */
    VALID_WITH_WARNINGS,
    /** No rule of severity {@link Severity#ERROR} failed, but some rule could not be checked or some cell not read. */
    NOT_FULLY_ASSESSED,
    /** Some rule of severity {@link Severity#ERROR} failed. */
    NOT_VALID,
    /** The input could not be read as a report. */
    UNREADABLE;

    /**
     * Returns the verdict of a report and the result of validating it.
     *
     * @param report the report
     * @param result the result of validating it
     * @return {@link #NOT_VALID} if the result is not {@linkplain ValidationResult#isValid() valid}, else
     *     {@link #NOT_FULLY_ASSESSED} if some finding is {@link FindingStatus#NOT_ASSESSABLE} or some cell of the
     *     report is {@linkplain CellValue.Unread unread}, else {@link #VALID_WITH_WARNINGS} if there is any
     *     finding, else {@link #VALID}; never {@link #UNREADABLE}
     */
    public static Verdict of(Report report, ValidationResult result) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(result, "result");
        if (!result.isValid()) {
            return NOT_VALID;
        }
        if (result.findings().stream().anyMatch(f -> f.status() == FindingStatus.NOT_ASSESSABLE)
                || report.cells().stream().map(Cell::value).anyMatch(CellValue.Unread.class::isInstance)) {
            return NOT_FULLY_ASSESSED;
        }
        return result.findings().isEmpty() ? VALID : VALID_WITH_WARNINGS;
    }

    /**
     * Returns the key of this verdict in pages and their data attributes: {@code valid},
     * {@code valid-with-warnings}, {@code not-fully-assessed}, {@code not-valid}, {@code unreadable}.
     *
     * @return the key, never null
     */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
