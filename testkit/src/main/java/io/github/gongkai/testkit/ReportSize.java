package io.github.gongkai.testkit;

/**
 * How large the generated organs are: the largest number of applications one report may receive, and
 * of decisions under article 20. Tests ask for small reports to read failures easily and for large ones
 * to exercise big numbers.
 */
public enum ReportSize {
    /** At most a handful of applications: most cells are 0. */
    TINY(5, 20),
    /** At most a few dozen applications. */
    SMALL(50, 500),
    /**
     * The mix seen in real reports: most organs receive no or few applications, some hundreds, a few
     * thousands.
     */
    REALISTIC(5_000, 200_000),
    /** Very large organs, up to a million applications, to exercise arithmetic on big numbers. */
    LARGE(1_000_000, 50_000_000);

    private final long maxApplications;
    private final long maxDecisions;

    ReportSize(long maxApplications, long maxDecisions) {
        this.maxApplications = maxApplications;
        this.maxDecisions = maxDecisions;
    }

    /**
     * Returns the largest number of applications received (new plus carried over) in one report.
     *
     * @return the bound, at least 1
     */
    public long maxApplications() {
        return maxApplications;
    }

    /**
     * Returns the largest number of decisions in one row of section 二.
     *
     * @return the bound, at least 1
     */
    public long maxDecisions() {
        return maxDecisions;
    }
}
