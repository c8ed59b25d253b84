package io.github.gongkai.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ReportValidator} found: every finding, in the order the rules are applied.
 *
 * <p>A report is {@linkplain #isValid() valid} when no rule of severity {@link Severity#ERROR}
 * {@linkplain FindingStatus#FAILED failed}; findings that are {@link FindingStatus#NOT_ASSESSABLE} (a total
 * left blank, a cell not read) or of lower severity do not make it invalid.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param findings the findings, in the order the rules are applied
 * @param stoppedEarly true if the validator was {@linkplain ReportValidator.Builder#failFast(boolean)
 *     fail-fast} and stopped at the first failed error, so that later rules were not applied
 */
public record ValidationResult(List<Finding> findings, boolean stoppedEarly) {

    private static final ValidationResult EMPTY = new ValidationResult(List.of(), false);

    /**
     * Copies the findings.
     *
     * @throws NullPointerException if {@code findings} or one of them is null
     */
    public ValidationResult {
        findings = List.copyOf(findings);
    }

    /**
     * Returns the result without findings.
     *
     * @return the shared empty result, never null
     */
    public static ValidationResult empty() {
        return EMPTY;
    }

    /**
     * Tells whether no rule of severity {@link Severity#ERROR} failed.
     *
     * @return true if the report satisfies every identity that could be assessed
     */
    public boolean isValid() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR && f.isFailed()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether every rule could be assessed, that is whether no finding is
     * {@link FindingStatus#NOT_ASSESSABLE}.
     *
     * @return true if no total that a rule needed was left blank and no cell it needed was left unread
     */
    public boolean isFullyAssessed() {
        for (Finding f : findings) {
            if (f.status() == FindingStatus.NOT_ASSESSABLE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the findings of one severity.
     *
     * @param severity the severity
     * @return an unmodifiable list, never null
     */
    public List<Finding> findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        List<Finding> selected = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == severity) {
                selected.add(f);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    /**
     * Returns the findings of one rule, whatever its revision.
     *
     * @param rule the rule
     * @return an unmodifiable list, never null
     */
    public List<Finding> findings(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        List<Finding> selected = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule().code().equals(rule.id().code())) {
                selected.add(f);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    /**
     * Counts the findings of one severity, whatever their status: failed and not assessable together. For what a
     * report breaks, count one status ({@link #count(Severity, FindingStatus)}, {@link #counts()}).
     *
     * @param severity the severity
     * @return the number of findings
     */
    public int count(Severity severity) {
        return findings(severity).size();
    }

    /**
     * Counts the findings of one severity and status.
     *
     * @param severity the severity
     * @param status the status
     * @return the number of findings
     * @throws NullPointerException if either is null
     */
    public int count(Severity severity, FindingStatus status) {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity && f.status() == status) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts the findings that {@linkplain FindingStatus#FAILED failed}, by severity: what makes a report invalid
     * ({@link Severity#ERROR}) or worth a look. Findings that could not be assessed are not counted here (a blank
     * total is not an error); {@link #counts(FindingStatus)} counts them.
     *
     * @return an unmodifiable map holding every severity, zero where there are no failed findings
     */
    public Map<Severity, Integer> counts() {
        return counts(FindingStatus.FAILED);
    }

    /**
     * Counts the findings of one status by severity.
     *
     * @param status the status
     * @return an unmodifiable map holding every severity, zero where there are no such findings
     */
    public Map<Severity, Integer> counts(FindingStatus status) {
        Objects.requireNonNull(status, "status");
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            if (f.status() == status) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Counts the findings that could not be assessed, whatever their severity.
     *
     * @return the number of {@link FindingStatus#NOT_ASSESSABLE} findings
     */
    public int notAssessableCount() {
        int n = 0;
        for (Finding f : findings) {
            n += f.status() == FindingStatus.NOT_ASSESSABLE ? 1 : 0;
        }
        return n;
    }
}
