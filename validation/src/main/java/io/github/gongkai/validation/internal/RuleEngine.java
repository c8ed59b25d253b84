package io.github.gongkai.validation.internal;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.math.BigDecimal;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;

/**
 * Runs the rules with one configuration. Not part of the API: use
 * {@link io.github.gongkai.validation.ReportValidator}. Immutable and thread-safe.
 */
public final class RuleEngine {

    private static final ThreadLocal<long[]> SCRATCH = ThreadLocal.withInitial(() -> new long[CountSlots.SIZE]);

    private final boolean[] enabled;
    private final Severity[] severities;
    private final BlankPolicy blankPolicy;
    private final boolean failFast;
    private final boolean anyTableRule;
    private final boolean anyContentRule;
    /** Whether {@link FastCheck} may answer: every table identity enabled, blanks read as zero. */
    private final boolean fastCheck;
    private final Thresholds thresholds;

    /**
     * The thresholds of the rules over consecutive years.
     *
     * @param yearRatioFactor {@link Rule#SET_YEAR_RATIO}'s factor, above 1
     * @param yearRatioMinimum {@link Rule#SET_YEAR_RATIO}'s minimum of last year's value
     * @param repeatSimilarity {@link Rule#SET_REPEATED_REPORT}'s narrative similarity
     */
    public record Thresholds(BigDecimal yearRatioFactor, BigDecimal yearRatioMinimum, BigDecimal repeatSimilarity) {
        /** The defaults of {@link io.github.gongkai.validation.ReportValidator}. */
        public static final Thresholds DEFAULT = new Thresholds(ReportValidator.DEFAULT_YEAR_RATIO_FACTOR,
                ReportValidator.DEFAULT_YEAR_RATIO_MINIMUM, ReportValidator.DEFAULT_REPEAT_SIMILARITY);
    }

    /**
     * Creates an engine.
     *
     * @param enabled per rule, by {@link Rule#ordinal()}, whether it is applied; not copied
     * @param severities per rule, by {@link Rule#ordinal()}, its severity; not copied
     * @param blankPolicy how blanks are read
     * @param failFast whether to stop at the first failed error
     */
    public RuleEngine(boolean[] enabled, Severity[] severities, BlankPolicy blankPolicy, boolean failFast) {
        this(enabled, severities, blankPolicy, failFast, Thresholds.DEFAULT);
    }

    /**
     * Creates an engine with thresholds.
     *
     * @param enabled per rule, by {@link Rule#ordinal()}, whether it is applied; not copied
     * @param severities per rule, by {@link Rule#ordinal()}, its severity; not copied
     * @param blankPolicy how blanks are read
     * @param failFast whether to stop at the first failed error
     * @param thresholds the thresholds of the rules over consecutive years
     */
    public RuleEngine(boolean[] enabled, Severity[] severities, BlankPolicy blankPolicy, boolean failFast,
            Thresholds thresholds) {
        this.thresholds = thresholds;
        this.enabled = enabled;
        this.severities = severities;
        this.blankPolicy = blankPolicy;
        this.failFast = failFast;
        boolean any = false;
        boolean all = true;
        for (Rule r : TableIdentities.RULES) {
            any |= enabled[r.ordinal()];
            all &= enabled[r.ordinal()];
        }
        this.anyTableRule = any;
        this.anyContentRule = ContentRules.anyEnabled(enabled);
        this.fastCheck = all && blankPolicy == BlankPolicy.BLANK_IS_ZERO;
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
        if (!sink.stopped()) {
            YearRules.check(set, this, sink);
        }
        if (!sink.stopped() && (enabled(Rule.SET_SUMMARY) || enabled(Rule.SET_SUMMARY_MEMBERS_MISSING))) {
            SetRules.summaries(set, this, sink);
        }
        return sink.result();
    }

    private void run(Report report, int index, FindingSink sink) {
        if (anyTableRule) {
            long[] counts = SCRATCH.get();
            if (!tablesPass(report, counts)) {
                TableIdentities.analyse(report, index, counts, this, sink);
                if (sink.stopped()) {
                    return;
                }
            }
        }
        SoftRules.check(report, index, this, sink);
        if (!sink.stopped() && !ProseRules.check(report, index, this, sink) && anyContentRule) {
            ContentRules.check(report, index, this, sink);
        }
    }

    /**
     * Tells whether every enabled identity of tables 三 and 四 passes. With the default settings
     * {@link FastCheck} answers yes for a valid report; whenever it says no (an identity fails, or a count is
     * too large for it), or cannot answer, the exact check decides. A report with a cell of those tables that
     * was not read does not pass: {@link TableIdentities#analyse} decides each identity, those through the
     * cell by what can be known of it. The counts tell such a cell apart ({@link CountSlots#UNREAD}): the
     * shortcut never passes it, and the exact check, which reads it as a blank, is asked whether there is one
     * when it would pass.
     *
     * @param counts scratch; holds the report's counts as {@link CountSlots#load} writes them when this
     *     returns false
     */
    boolean tablesPass(Report report, long[] counts) {
        Edition edition = report.edition();
        if (fastCheck && FastCheck.appliesTo(edition)) {
            FastCheck.loadZeroed(report, counts);
            if (FastCheck.allPass(counts)) {
                return true;
            }
        }
        CountSlots.load(report, counts);
        return TableIdentities.allPass(TableIdentities.defs(edition), counts, enabled,
                blankPolicy == BlankPolicy.STRICT) && !UnreadCounts.present(counts);
    }

    boolean enabled(Rule rule) {
        return enabled[rule.ordinal()];
    }

    boolean applies(Rule rule, Edition edition) {
        return enabled(rule) && rule.appliesTo(edition);
    }

    Severity severity(Rule rule) {
        return severities[rule.ordinal()];
    }

    Thresholds thresholds() {
        return thresholds;
    }

    BlankPolicy blankPolicy() {
        return blankPolicy;
    }
}
