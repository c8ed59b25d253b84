package io.github.gongkai.validation.internal;

import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/** Collects findings; in fail-fast mode, notes the first failed error. Allocates nothing until a finding. */
final class FindingSink {

    private final boolean failFast;
    private List<Finding> findings;
    private boolean stopped;

    FindingSink(boolean failFast) {
        this.failFast = failFast;
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
