package io.github.gongkai.testkit;

import io.github.gongkai.core.Report;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A generated report with the seed that generates it again.
 *
 * @param seed the seed of the {@link SplittableRandom} the report was generated from
 * @param report the report
 */
public record GeneratedReport(long seed, Report report) {

    /**
     * Checks for null.
     *
     * @throws NullPointerException if the report is null
     */
    public GeneratedReport {
        Objects.requireNonNull(report, "report");
    }

    /**
     * Generates the report for a seed: {@code generator.generate(new SplittableRandom(seed))}.
     *
     * @param generator the generator
     * @param seed the seed
     * @return the generated report with its seed, never null
     */
    public static GeneratedReport generate(ReportGenerator generator, long seed) {
        return new GeneratedReport(seed, generator.generate(new SplittableRandom(seed)));
    }

    /**
     * Returns the seed as printed in test names, {@code 0x} and 16 hex digits.
     *
     * @return the seed in hex, never null
     */
    public String seedHex() {
        return String.format("0x%016x", seed);
    }

    @Override
    public String toString() {
        return "seed " + seedHex() + " (" + report.header().organName() + " " + report.header().reportYear() + ", "
                + report.edition().key() + " edition)";
    }
}
