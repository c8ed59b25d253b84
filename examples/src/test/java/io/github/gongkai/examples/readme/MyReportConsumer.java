package io.github.gongkai.examples.readme;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.ReportValidator;

/**
 * The consumer of the test kit README's example, {@code MyReportConsumerTest}: it accepts a report that
 * validates. The example runs as written against it (issue 17: as first written, it failed one case in ten).
 */
final class MyReportConsumer {

    private final ReportValidator validator = ReportValidator.standard();

    boolean accepts(Report report) {
        return validator.validate(report).isValid();
    }
}
