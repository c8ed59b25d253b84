package io.github.gongkai.validation;

import io.github.gongkai.core.Report;
import io.github.gongkai.core.internal.MessageText;
import io.github.gongkai.validation.internal.RuleEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the {@linkplain Rule rules} to reports and says what it found. Plain Java: neither
 * Jakarta Validation nor Hibernate Validator is needed.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *         .disable(Rule.T2_FEE_AMOUNT_UNIT)
 *         .severity(Rule.S6_COLLECTED_ABOVE_NOTICED, Severity.ERROR)
 *         .build();
 * ValidationResult result = validator.validate(report);
 * for (Finding finding : result.findings()) {
 *     System.out.println(finding.message(Locale.SIMPLIFIED_CHINESE));
 * }
 * }</pre>
 *
 * <p>The validator never changes a report. A report that passes every rule is validated without creating
 * findings or messages. Instances are immutable and thread-safe; build one and share it.
 */
public final class ReportValidator {

    /** Configuration key for the blank policy: {@code blank-is-zero} or {@code strict}. */
    public static final String BLANK_POLICY_KEY = "gongkai.validation.blanks";
    /** Configuration key for fail-fast: {@code true} or {@code false}. */
    public static final String FAIL_FAST_KEY = "gongkai.validation.failFast";
    /**
     * Prefix of the configuration keys for rules: {@code gongkai.validation.rule.T3.BALANCE=off} disables a
     * rule, {@code =error}, {@code =warning} or {@code =info} sets its severity, {@code =on} restores it.
     */
    public static final String RULE_KEY_PREFIX = "gongkai.validation.rule.";
    /** What every configuration key starts with; other keys are someone else's settings. */
    private static final String KEY_PREFIX = "gongkai.validation.";
    /**
     * {@link Rule#SET_YEAR_RATIO}'s default factor: a value more than 5 times, or less than 1/5 of, last year's.
     * Setting: {@code gongkai.validation.rule.SET.YEAR_RATIO.factor}.
     */
    public static final BigDecimal DEFAULT_YEAR_RATIO_FACTOR = BigDecimal.valueOf(5);
    /**
     * {@link Rule#SET_YEAR_RATIO}'s default minimum: last year's value must be at least 10 (small numbers change
     * by large factors for no reason). Setting: {@code gongkai.validation.rule.SET.YEAR_RATIO.minimum}.
     */
    public static final BigDecimal DEFAULT_YEAR_RATIO_MINIMUM = BigDecimal.TEN;
    /**
     * {@link Rule#SET_REPEATED_REPORT}'s default narrative similarity: 0.95. Setting:
     * {@code gongkai.validation.rule.SET.REPEATED_REPORT.similarity}.
     */
    public static final BigDecimal DEFAULT_REPEAT_SIMILARITY = new BigDecimal("0.95");

    // After the defaults above: the standard validator is built from them.
    private static final ReportValidator STANDARD = builder().build();

    private final RuleEngine engine;
    /** Per rule, by {@link Rule#ordinal()}: whether it is applied, and its severity. */
    private final boolean[] enabled;
    private final Severity[] severities;
    private final BlankPolicy blankPolicy;
    private final boolean failFast;
    private final BigDecimal yearRatioFactor;
    private final BigDecimal yearRatioMinimum;
    private final BigDecimal repeatSimilarity;

    private ReportValidator(Builder builder) {
        this.enabled = builder.enabled.clone();
        this.severities = builder.severities.clone();
        this.blankPolicy = builder.blankPolicy;
        this.failFast = builder.failFast;
        this.yearRatioFactor = builder.yearRatioFactor;
        this.yearRatioMinimum = builder.yearRatioMinimum;
        this.repeatSimilarity = builder.repeatSimilarity;
        this.engine = new RuleEngine(enabled, severities, blankPolicy, failFast,
                new RuleEngine.Thresholds(yearRatioFactor, yearRatioMinimum, repeatSimilarity));
    }

    /**
     * Returns the validator with every rule {@linkplain Rule#isEnabledByDefault() applied by default} at its
     * default severity, blanks read as zero
     * ({@link BlankPolicy#BLANK_IS_ZERO}), collecting all findings.
     *
     * @return the shared standard validator, never null
     */
    public static ReportValidator standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a validator, from the standard settings.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Applies every enabled single-report rule that fits the report's edition.
     *
     * @param report the report
     * @return the findings, never null; {@link ValidationResult#empty()} if there are none
     */
    public ValidationResult validate(Report report) {
        return engine.validate(Objects.requireNonNull(report, "report"));
    }

    /**
     * Applies every enabled single-report rule to each report of the set, then the rules over several
     * reports. Findings give the position of their reports in {@link CellInvolvement#report()}.
     *
     * @param reports the reports, with any summaries marked
     * @return the findings, never null
     */
    public ValidationResult validate(ReportSet reports) {
        return engine.validate(Objects.requireNonNull(reports, "reports"));
    }

    /**
     * Returns the enabled rules, in the order they are applied.
     *
     * @return an unmodifiable list, never null
     */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (enabled[rule.ordinal()]) {
                rules.add(rule);
            }
        }
        return Collections.unmodifiableList(rules);
    }

    /**
     * Tells whether a rule is applied.
     *
     * @param rule the rule
     * @return true if enabled
     */
    public boolean isEnabled(Rule rule) {
        return enabled[at(rule)];
    }

    /**
     * Returns the severity this validator gives a rule's findings.
     *
     * @param rule the rule
     * @return the configured or default severity, never null
     */
    public Severity severity(Rule rule) {
        return severities[at(rule)];
    }

    /**
     * Returns how cells without a number are read.
     *
     * @return the policy, never null
     */
    public BlankPolicy blankPolicy() {
        return blankPolicy;
    }

    /**
     * Tells whether validation stops at the first failed error.
     *
     * @return true if fail-fast
     */
    public boolean isFailFast() {
        return failFast;
    }

    /**
     * Returns {@link Rule#SET_YEAR_RATIO}'s factor: a value more than this many times last year's, or less than
     * last year's divided by it, is reported.
     *
     * @return the factor, greater than 1
     */
    public BigDecimal yearRatioFactor() {
        return yearRatioFactor;
    }

    /**
     * Returns {@link Rule#SET_YEAR_RATIO}'s minimum: last year's value must be at least this for a change to be
     * reported.
     *
     * @return the minimum, not negative
     */
    public BigDecimal yearRatioMinimum() {
        return yearRatioMinimum;
    }

    /**
     * Returns {@link Rule#SET_REPEATED_REPORT}'s threshold: narratives at least this similar
     * ({@link ReportComparison#narrativeSimilarity()}) are reported.
     *
     * @return the similarity, above 0 and at most 1
     */
    public BigDecimal repeatSimilarity() {
        return repeatSimilarity;
    }

    /**
     * Returns a builder holding this validator's settings.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        System.arraycopy(enabled, 0, b.enabled, 0, enabled.length);
        System.arraycopy(severities, 0, b.severities, 0, severities.length);
        b.blankPolicy = blankPolicy;
        b.failFast = failFast;
        b.yearRatioFactor = yearRatioFactor;
        b.yearRatioMinimum = yearRatioMinimum;
        b.repeatSimilarity = repeatSimilarity;
        return b;
    }

    /** A rule's position in the settings: its ordinal. */
    private static int at(Rule rule) {
        return Objects.requireNonNull(rule, "rule").ordinal();
    }

    private static Rule find(String idOrCode) {
        return Rule.fromId(idOrCode).orElseThrow(() -> new InvalidSettingException(SettingProblem.of("noRule",
                "rule", MessageText.printable(idOrCode),
                "rules", Arrays.stream(Rule.values()).map(r -> r.id().toString()).toList().toString())));
    }

    /**
     * Configures a {@link ReportValidator}, in code or from key-value settings
     * ({@link #configure(Map)}). Builders are mutable and not thread-safe.
     */
    public static final class Builder {
        private final boolean[] enabled = new boolean[Rule.values().length];
        private final Severity[] severities = new Severity[Rule.values().length];
        private BlankPolicy blankPolicy = BlankPolicy.BLANK_IS_ZERO;
        private boolean failFast;
        private BigDecimal yearRatioFactor = DEFAULT_YEAR_RATIO_FACTOR;
        private BigDecimal yearRatioMinimum = DEFAULT_YEAR_RATIO_MINIMUM;
        private BigDecimal repeatSimilarity = DEFAULT_REPEAT_SIMILARITY;

        private Builder() {
            for (Rule rule : Rule.values()) {
                enabled[rule.ordinal()] = rule.isEnabledByDefault();
                severities[rule.ordinal()] = rule.defaultSeverity();
            }
        }

        /**
         * Stops applying a rule.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder disable(Rule rule) {
            enabled[at(rule)] = false;
            return this;
        }

        /**
         * Stops applying a rule named by its code or full id.
         *
         * @param idOrCode such as {@code "T2.FEE_AMOUNT_UNIT"} or {@code "T2.FEE_AMOUNT_UNIT.1"}
         * @return this builder
         * @throws InvalidSettingException (an {@code IllegalArgumentException}) if no rule has that code, or the
         *     revision is not current
         */
        public Builder disable(String idOrCode) {
            return disable(find(idOrCode));
        }

        /**
         * Applies a rule again after {@link #disable(Rule)}.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder enable(Rule rule) {
            enabled[at(rule)] = true;
            return this;
        }

        /**
         * Overrides the severity of a rule's findings.
         *
         * @param rule the rule
         * @param severity the severity
         * @return this builder
         */
        public Builder severity(Rule rule, Severity severity) {
            severities[at(rule)] = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * Overrides the severity of a rule named by its code or full id.
         *
         * @param idOrCode such as {@code "S6.COLLECTED_ABOVE_NOTICED"}
         * @param severity the severity
         * @return this builder
         * @throws InvalidSettingException (an {@code IllegalArgumentException}) if no rule has that code, or the
         *     revision is not current
         */
        public Builder severity(String idOrCode, Severity severity) {
            return severity(find(idOrCode), severity);
        }

        /**
         * Sets how cells without a number are read; {@link BlankPolicy#BLANK_IS_ZERO} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder blankPolicy(BlankPolicy policy) {
            this.blankPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets whether validation stops at the first {@link FindingStatus#FAILED} finding of severity
         * {@link Severity#ERROR}; off (collect all) by default.
         *
         * @param failFast true to stop early
         * @return this builder
         */
        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        /**
         * Sets the thresholds of {@link Rule#SET_YEAR_RATIO}: a cell is reported when last year's value is at least
         * {@code minimum} and this year's is more than {@code factor} times it or less than it divided by
         * {@code factor}. Defaults 5 and 10.
         *
         * @param factor the factor, greater than 1
         * @param minimum last year's smallest value considered, not negative
         * @return this builder
         * @throws InvalidSettingException (an {@code IllegalArgumentException}) if the factor is not above 1 or the
         *     minimum is negative
         */
        public Builder yearRatio(BigDecimal factor, BigDecimal minimum) {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(minimum, "minimum");
            if (factor.compareTo(BigDecimal.ONE) <= 0) {
                throw new InvalidSettingException(SettingProblem.of("yearRatioFactor", "value", factor.toString()));
            }
            if (minimum.signum() < 0) {
                throw new InvalidSettingException(SettingProblem.of("yearRatioMinimum", "value",
                        minimum.toString()));
            }
            this.yearRatioFactor = factor;
            this.yearRatioMinimum = minimum;
            return this;
        }

        /**
         * Sets the threshold of {@link Rule#SET_REPEATED_REPORT}: narratives at least this similar are reported;
         * 0.95 by default.
         *
         * @param similarity above 0, at most 1
         * @return this builder
         * @throws InvalidSettingException (an {@code IllegalArgumentException}) if out of range
         */
        public Builder repeatSimilarity(BigDecimal similarity) {
            Objects.requireNonNull(similarity, "similarity");
            if (similarity.signum() <= 0 || similarity.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidSettingException(SettingProblem.of("repeatSimilarity", "value",
                        similarity.toString()));
            }
            this.repeatSimilarity = similarity;
            return this;
        }

        /**
         * Applies settings given as text, such as a {@link java.util.Properties} file, so that rules can be
         * disabled or re-graded without code changes. Keys that do not begin with {@code gongkai.validation.} are
         * ignored, so that the file may hold other settings too; one that does and is none of those below is
         * rejected (a misspelt {@code failfast} or {@code fail-fast} must not leave the default silently).
         *
         * <table>
         *   <caption>Settings</caption>
         *   <tr><th>key</th><th>values</th></tr>
         *   <tr><td>{@value ReportValidator#BLANK_POLICY_KEY}</td><td>{@code blank-is-zero}, {@code strict}</td></tr>
         *   <tr><td>{@value ReportValidator#FAIL_FAST_KEY}</td><td>{@code true}, {@code false}</td></tr>
         *   <tr><td>{@value ReportValidator#RULE_KEY_PREFIX}<i>CODE</i> or
         *       {@value ReportValidator#RULE_KEY_PREFIX}<i>CODE.REVISION</i></td>
         *       <td>{@code off}, {@code on}, {@code error}, {@code warning}, {@code info}</td></tr>
         *   <tr><td>{@value ReportValidator#RULE_KEY_PREFIX}{@code SET.YEAR_RATIO.factor}, {@code .minimum}</td>
         *       <td>a decimal number: {@link #yearRatio}</td></tr>
         *   <tr><td>{@value ReportValidator#RULE_KEY_PREFIX}{@code SET.REPEATED_REPORT.similarity}</td>
         *       <td>a decimal number: {@link #repeatSimilarity}</td></tr>
         * </table>
         *
         * <p>A rule's threshold key may also carry the revision ({@code SET.YEAR_RATIO.1.factor}).
         *
         * @param settings the settings; values are case-insensitive
         * @return this builder
         * @throws InvalidSettingException (an {@code IllegalArgumentException}) if a value is not understood, a rule
         *     key names no current rule, or a key under {@code gongkai.validation.} is none of the above
         */
        public Builder configure(Map<?, ?> settings) {
            Objects.requireNonNull(settings, "settings");
            for (Map.Entry<?, ?> e : settings.entrySet()) {
                String key = String.valueOf(e.getKey());
                String printed = String.valueOf(e.getValue()).trim();
                String value = printed.toLowerCase(Locale.ROOT);
                if (key.equals(BLANK_POLICY_KEY)) {
                    blankPolicy(switch (value) {
                        case "blank-is-zero", "blank_is_zero" -> BlankPolicy.BLANK_IS_ZERO;
                        case "strict" -> BlankPolicy.STRICT;
                        default -> throw bad(key, printed);
                    });
                } else if (key.equals(FAIL_FAST_KEY)) {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw bad(key, printed);
                    }
                    failFast(Boolean.parseBoolean(value));
                } else if (key.startsWith(RULE_KEY_PREFIX) && threshold(key, value)) {
                    continue;
                } else if (key.startsWith(RULE_KEY_PREFIX)) {
                    Rule rule = find(key.substring(RULE_KEY_PREFIX.length()));
                    switch (value) {
                        case "off" -> disable(rule);
                        case "on" -> enable(rule);
                        case "error" -> enable(rule).severity(rule, Severity.ERROR);
                        case "warning" -> enable(rule).severity(rule, Severity.WARNING);
                        case "info" -> enable(rule).severity(rule, Severity.INFO);
                        default -> throw bad(key, printed);
                    }
                } else if (key.startsWith(KEY_PREFIX)) {
                    throw new InvalidSettingException(SettingProblem.of("noKey", "blanks", BLANK_POLICY_KEY,
                            "failFast", FAIL_FAST_KEY, "rule", RULE_KEY_PREFIX).forSetting(key));
                }
            }
            return this;
        }

        /** Applies a rule's threshold setting; false if the key names none. */
        private boolean threshold(String key, String value) {
            String name = key.substring(RULE_KEY_PREFIX.length());
            int dot = name.lastIndexOf('.');
            String parameter = dot < 0 ? "" : name.substring(dot + 1);
            if (!List.of("factor", "minimum", "similarity").contains(parameter)) {
                return false;
            }
            Rule rule = find(name.substring(0, dot));
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw bad(key, value);
            }
            try {
                if (rule == Rule.SET_YEAR_RATIO && parameter.equals("factor")) {
                    yearRatio(number, yearRatioMinimum);
                } else if (rule == Rule.SET_YEAR_RATIO && parameter.equals("minimum")) {
                    yearRatio(yearRatioFactor, number);
                } else if (rule == Rule.SET_REPEATED_REPORT && parameter.equals("similarity")) {
                    repeatSimilarity(number);
                } else {
                    throw new InvalidSettingException(SettingProblem.of("noParameter", "rule", rule.id().toString(),
                            "parameter", MessageText.printable(parameter)));
                }
            } catch (InvalidSettingException e) {
                throw new InvalidSettingException(e.problem().forSetting(key), e);
            }
            return true;
        }

        private static InvalidSettingException bad(String key, String value) {
            // Settings come from files and the environment: the message quotes them printable.
            return new InvalidSettingException(SettingProblem.of("notUnderstood", "value",
                    MessageText.printable(value)).forSetting(key));
        }

        /**
         * Builds the validator.
         *
         * @return an immutable validator, never null
         */
        public ReportValidator build() {
            return new ReportValidator(this);
        }
    }
}
