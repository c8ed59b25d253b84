package io.github.gongkai.spring.boot;

import io.github.gongkai.jackson2.InvalidReportJsonException;
import io.github.gongkai.json.ReportJsonException;

/**
 * What {@link ReportProblemDetails} looks for among the causes of a request body Spring could not read: with
 * Boot 3's Jackson 2 mapper, {@link io.github.gongkai.jackson2.GongkaiJackson2Module} raises an
 * {@link InvalidReportJsonException}, whose pointer is from the body's root (its own cause's is from the
 * report's, which may sit deeper in the body).
 */
final class ReportBodyErrors {

    private ReportBodyErrors() {
    }

    /**
     * The report JSON error one cause stands for.
     *
     * @param cause one cause in the chain
     * @return the error, its pointer from the body's root, or null if this cause is not one
     */
    static ReportJsonException of(Throwable cause) {
        return cause instanceof InvalidReportJsonException e
                ? new ReportJsonException(e.kind(), e.pointer(), e.problem(), null, e) : null;
    }
}
