package io.github.gongkai.testkit;

import io.github.gongkai.core.Report;
import java.util.Objects;

/**
 * A valid report, the same report with one known fault, and the fault. An immutable value.
 *
 * @param original the valid report
 * @param faulty the report with the fault
 * @param fault what was changed
 */
public record FaultyReport(Report original, Report faulty, Fault fault) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if any component is null
     */
    public FaultyReport {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(faulty, "faulty");
        Objects.requireNonNull(fault, "fault");
    }
}
