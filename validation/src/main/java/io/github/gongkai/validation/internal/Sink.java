package io.github.gongkai.validation.internal;

import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects findings; in fail-fast mode, notes the first failed error. Allocates nothing until a finding. A
 * sink can be {@linkplain #reset reset} and used again once its {@linkplain #result result} is taken.
 */
final class Sink {

    private boolean failFast;
    private List<Finding> findings;
    private boolean stopped;

    Sink(boolean failFast) {
        this.failFast = failFast;
    }

    /**
     * Empties this sink for another validation, as if it were new. The list of findings is dropped, not
     * cleared, so that no result taken before is ever touched.
     *
     * @param failFast whether the next validation stops at the first failed error
     * @return this sink
     */
    Sink reset(boolean failFast) {
        this.failFast = failFast;
        this.findings = null;
        this.stopped = false;
        return this;
    }

    /**
     * Adds a finding.
     *
     * @return true if validation must stop now
     */
    boolean add(Finding finding) {
        if (findings == null) {
            findings = new ArrayList<>();
        }
        findings.add(finding);
        if (failFast && finding.severity() == Severity.ERROR && finding.isFailed()) {
            stopped = true;
        }
        return stopped;
    }

    boolean stopped() {
        return stopped;
    }

    ValidationResult result() {
        return findings == null ? ValidationResult.empty() : new ValidationResult(findings, stopped);
    }
}
