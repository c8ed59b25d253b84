package io.github.gongkai.validation.internal;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import java.util.List;

/**
 * Runs the rules with one configuration. Not part of the API: use
 * {@link io.github.gongkai.validation.ReportValidator}. Immutable and thread-safe.
 */
public final class RuleEngine {

    private static final ThreadLocal<long[]> SCRATCH = ThreadLocal.withInitial(() -> new long[TableIdentities.SIZE]);
    private static final List<Rule> TABLE_RULES = List.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL,
            Rule.T3_OUTCOME_TOTAL, Rule.T4_GROUP_TOTAL);

    private final boolean[] enabled;
    private final Severity[] severities;
    private final BlankPolicy blankPolicy;
    private final boolean failFast;
    private final boolean anyTableRule;
    private final boolean allTableRules;

    /**
     * Creates an engine.
     *
     * @param enabled per rule, by {@link Rule#ordinal()}, whether it is applied; not copied
     * @param severities per rule, by {@link Rule#ordinal()}, its severity; not copied
     * @param blankPolicy how blanks are read
     * @param failFast whether to stop at the first failed error
     */
    public RuleEngine(boolean[] enabled, Severity[] severities, BlankPolicy blankPolicy, boolean failFast) {
        this.enabled = enabled;
        this.severities = severities;
        this.blankPolicy = blankPolicy;
        this.failFast = failFast;
        boolean any = false;
        for (Rule r : TABLE_RULES) {
            any |= enabled[r.ordinal()];
        }
        this.anyTableRule = any;
        boolean all = true;
        for (Rule r : TABLE_RULES) {
            all &= enabled[r.ordinal()];
        }
        this.allTableRules = all;
    }

    /**
     * Validates one report.
     *
     * @param report the report
     * @return the result, never null
     */
    public ValidationResult validate(Report report) {
        FindingSink sink = new FindingSink(failFast);
        run(report, 0, sink);
        return sink.result();
    }

    /**
     * Validates each report of a set, then the set.
     *
     * @param set the reports
     * @return the result, never null
     */
    public ValidationResult validate(ReportSet set) {
        FindingSink sink = new FindingSink(failFast);
        for (int i = 0; i < set.reports().size() && !sink.stopped(); i++) {
            run(set.reports().get(i), i, sink);
        }
        if (!sink.stopped() && enabled(Rule.SET_CARRY_OVER)) {
            SetRules.carryOver(set, this, sink);
        }
        if (!sink.stopped() && enabled(Rule.SET_SUMMARY)) {
            SetRules.summaries(set, this, sink);
        }
        return sink.result();
    }

    private void run(Report report, int index, FindingSink sink) {
        if (anyTableRule && !tablesPass(report)) {
            TableIdentities.analyse(report, index, TableIdentities.defs(report.edition()), this, sink);
            if (sink.stopped()) {
                return;
            }
        }
        SoftRules.check(report, index, this, sink);
    }

    /**
     * Tells whether every enabled identity of tables 三 and 四 holds. With the default rules and blank policy,
     * {@link TableIdentities#allPassZeroed} answers yes for a valid report; whenever it says no (an identity
     * fails, or a count is too large for it), the checks below decide, exactly as for any other settings.
     */
    private boolean tablesPass(Report report) {
        long[] values = SCRATCH.get();
        boolean strict = blankPolicy == BlankPolicy.STRICT;
        if (allTableRules && !strict) {
            TableIdentities.loadZeroed(report, values);
            if (TableIdentities.allPassZeroed(values)) {
                return true;
            }
        }
        TableIdentities.Def[] defs = TableIdentities.defs(report.edition());
        long bits = TableIdentities.load(report, values);
        if (strict || !TableIdentities.small(bits)) {
            return TableIdentities.allPass(defs, values, enabled, strict);
        }
        return allTableRules ? TableIdentities.allPassDirect(values)
                : TableIdentities.allPassSmall(defs, values, enabled);
    }

    boolean enabled(int rule) {
        return enabled[rule];
    }

    private boolean enabled(Rule rule) {
        return enabled[rule.ordinal()];
    }

    boolean applies(Rule rule, Edition edition) {
        return enabled(rule) && rule.appliesTo(edition);
    }

    Severity severity(Rule rule) {
        return severities[rule.ordinal()];
    }

    BlankPolicy blankPolicy() {
        return blankPolicy;
    }
}
