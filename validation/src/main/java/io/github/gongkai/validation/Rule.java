package io.github.gongkai.validation;

import static io.github.gongkai.core.Edition.V2019;
import static io.github.gongkai.core.Edition.V2021;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.validation.internal.CellChecks;
import io.github.gongkai.validation.internal.Messages;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules the validator applies, in the order it applies them. The set is closed: every {@code Rule} is
 * one the validator knows, so a {@link ReportValidator} can disable any of them or change its severity, and
 * never rejects one. The README of this module lists them with their descriptions.
 *
 * <p>Identities (I-1 to I-4 of the format) are {@link Severity#ERROR}s; plausibility rules are
 * {@link Severity#WARNING}s. Ids and revisions are a stable contract: a rule whose meaning changes gets a new
 * revision, never a reused code. The constant's name is its code with the first dot written as an
 * underscore; the id, not the name, is what findings, configuration and the JSON carry.
 */
public enum Rule {

    // A rule whose meaning changes keeps its code and gets the next revision here: configuration naming the
    // old revision is then rejected (ReportValidator.Builder.configure), and stored findings tell them apart.
    /** I-1, table 三: for every column, 本年新收 + 上年结转 = （七）总计 + 结转下年度. */
    T3_BALANCE("T3.BALANCE", 1, Severity.ERROR, Scope.REPORT, V2019, V2021),
    /** I-2, table 三: for every row, 总计 = 自然人 + the five 法人或其他组织 columns. */
    T3_ROW_TOTAL("T3.ROW_TOTAL", 1, Severity.ERROR, Scope.REPORT, V2019, V2021),
    /** I-3, table 三: for every column, （七）总计 = the sum of the outcome rows （一） to （六）. */
    T3_OUTCOME_TOTAL("T3.OUTCOME_TOTAL", 1, Severity.ERROR, Scope.REPORT, V2019, V2021),
    /** I-4, table 四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    T4_GROUP_TOTAL("T4.GROUP_TOTAL", 1, Severity.ERROR, Scope.REPORT, V2019, V2021),
    /** Table 二 （一）: 现行有效件数 below 本年制发件数 is possible but suspicious. */
    T2_IN_FORCE_BELOW_ISSUED("T2.IN_FORCE_BELOW_ISSUED", 1, Severity.WARNING, Scope.REPORT, V2021),
    /**
     * Table 二 （八）: a 本年收费金额 of 10000 万元 (100 million 元) or more looks like an amount in 元 typed into
     * the 万元 column.
     */
    T2_FEE_AMOUNT_UNIT("T2.FEE_AMOUNT_UNIT", 1, Severity.WARNING, Scope.REPORT, V2021),
    /** Section 六: the amount collected is above the amount noticed. */
    S6_COLLECTED_ABOVE_NOTICED("S6.COLLECTED_ABOVE_NOTICED", 1, Severity.WARNING, Scope.REPORT, V2021),
    /** Section 六 and table 三: more applications ended for unpaid fees than fee notices were issued. */
    S6_UNPAID_TERMINATIONS_ABOVE_NOTICES("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES", 1, Severity.WARNING, Scope.REPORT,
            V2021),
    /**
     * Section 一 and table 三: the applications received that the prose states ({@code 共收到政府信息公开申请N件}) are
     * 本年新收 (总计), or 本年新收 + 上年结转.
     */
    TEXT_APPLICATIONS_RECEIVED("TEXT.APPLICATIONS_RECEIVED", 1, Severity.WARNING, Scope.REPORT, V2019, V2021),
    /** Section 一 and table 四: the administrative reviews the prose states are table 四's 行政复议 总计. */
    TEXT_REVIEWS("TEXT.REVIEWS", 1, Severity.WARNING, Scope.REPORT, V2019, V2021),
    /** Section 一 and table 四: the lawsuits the prose states are table 四's two 行政诉讼 总计 together. */
    TEXT_LAWSUITS("TEXT.LAWSUITS", 1, Severity.WARNING, Scope.REPORT, V2019, V2021),
    /** Required content, on request: section 一、总体情况 is present and not empty. */
    CONTENT_OVERVIEW("CONTENT.OVERVIEW", 1, Severity.WARNING, Scope.REPORT, Applied.ON_REQUEST, V2019, V2021),
    /**
     * Required content, on request: tables 二, 三 and 四 are complete for the edition (no cell that the page does not
     * print at all: its row or its table absent).
     */
    CONTENT_TABLES("CONTENT.TABLES", 1, Severity.WARNING, Scope.REPORT, Applied.ON_REQUEST, V2019, V2021),
    /** Required content, on request: section 五 (problems and improvements) is present and not empty. */
    CONTENT_PROBLEMS("CONTENT.PROBLEMS", 1, Severity.WARNING, Scope.REPORT, Applied.ON_REQUEST, V2019, V2021),
    /** Required content, on request: section 六、其他需要报告的事项 is present. */
    CONTENT_OTHER_MATTERS("CONTENT.OTHER_MATTERS", 1, Severity.WARNING, Scope.REPORT, Applied.ON_REQUEST, V2019,
            V2021),
    /** Required content, on request: section 六 states the fee figures (发出收费通知的件数, 总金额, 实际收取的总金额). */
    CONTENT_FEES_STATED("CONTENT.FEES_STATED", 1, Severity.WARNING, Scope.REPORT, Applied.ON_REQUEST, V2021),
    /** Reports of the same organ, consecutive years: year N+1 上年结转 = year N 结转下年度, per column. */
    SET_CARRY_OVER("SET.CARRY_OVER", 1, Severity.WARNING, Scope.REPORT_SET, V2019, V2021),
    /** A report marked as a regional summary equals the sum of its members, cell by cell. */
    SET_SUMMARY("SET.SUMMARY", 1, Severity.ERROR, Scope.REPORT_SET, V2019, V2021),
    /**
     * Reports of the same organ, consecutive years, both of the 2021 edition: in table 二 （一）, for 规章 and
     * 行政规范性文件, 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N). The 2019 edition has
     * no 本年废止 or 现行有效 column, so a pair with a 2019 report is not compared ({@link ReportComparison} says
     * so).
     */
    SET_IN_FORCE_STOCK("SET.IN_FORCE_STOCK", 1, Severity.WARNING, Scope.REPORT_SET, V2021),
    /**
     * Reports of the same organ, consecutive years: a cell both editions have (a count or an amount) whose
     * value this year is more than 5 times, or less than 1/5 of, last year's, where last year's is at least 10.
     * The factor and the minimum are settings ({@link ReportValidator.Builder#yearRatio}). {@link Severity#INFO}:
     * a large change is often real (a new licensing system, a reform), so it asks for a look, not a correction.
     */
    SET_YEAR_RATIO("SET.YEAR_RATIO", 1, Severity.INFO, Scope.REPORT_SET, V2019, V2021),
    /**
     * Reports of the same organ, consecutive years: this year's report repeats last year's, with every cell of
     * its tables equal (and at least one non-zero number), or its narrative at least 95 % the same by
     * character-bigram Dice similarity ({@link ReportComparison#narrativeSimilarity()}).
     */
    SET_REPEATED_REPORT("SET.REPEATED_REPORT", 1, Severity.WARNING, Scope.REPORT_SET, V2019, V2021),
    /**
     * A regional summary declared with the names of its expected members
     * ({@link ReportSet#withSummary(io.github.gongkai.core.Report, java.util.Collection, java.util.Collection)}):
     * the members without a report in the set. The summary is then not compared with its members' sum
     * ({@link #SET_SUMMARY}).
     */
    SET_SUMMARY_MEMBERS_MISSING("SET.SUMMARY_MEMBERS_MISSING", 1, Severity.WARNING, Scope.REPORT_SET, V2019, V2021),
    /**
     * Coverage: an organ of a given list has no report for a given year. A missing report has no cell, so this
     * rule's results are {@link Coverage.Gap}s, not {@link Finding}s; the validator's settings (enabled,
     * severity) apply to them as to any rule.
     */
    SET_MISSING_REPORT("SET.MISSING_REPORT", 1, Severity.WARNING, Scope.REPORT_SET, V2019, V2021);

    /** What a rule reads. */
    public enum Scope {
        /** One report at a time. */
        REPORT,
        /** Several reports together: {@link ReportValidator#validate(ReportSet)}. */
        REPORT_SET
    }

    /** Whether a standard validator applies a rule, or only one that enables it. */
    private enum Applied {
        BY_DEFAULT,
        ON_REQUEST
    }

    private final RuleId id;
    private final Severity defaultSeverity;
    private final Scope scope;
    private final Set<Edition> editions;
    private final Applied applied;

    Rule(String code, int revision, Severity defaultSeverity, Scope scope, Edition first, Edition... more) {
        this(code, revision, defaultSeverity, scope, Applied.BY_DEFAULT, first, more);
    }

    Rule(String code, int revision, Severity defaultSeverity, Scope scope, Applied applied, Edition first,
            Edition... more) {
        this.applied = applied;
        this.id = new RuleId(code, revision);
        this.defaultSeverity = defaultSeverity;
        this.scope = scope;
        this.editions = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /**
     * Finds a rule by its code ({@code "T3.BALANCE"}) or by its full id ({@code "T3.BALANCE.1"}).
     *
     * @param idOrCode the code, or the code and revision
     * @return the rule, or empty if no rule has that code, or the revision is not the current one
     */
    public static Optional<Rule> fromId(String idOrCode) {
        Objects.requireNonNull(idOrCode, "idOrCode");
        for (Rule rule : values()) {
            if (rule.id.code().equals(idOrCode) || rule.id.toString().equals(idOrCode)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * Answers "which rules check this cell?": every rule that applies to the edition and reads the cell, in
     * the order of {@link #values()}. An identity rule appears once for each identity of the format through
     * the cell, with that identity; a plausibility rule or a rule over several reports once, without one.
     *
     * <pre>{@code
     * for (CellCheck check : Rule.checking(CellRef.parse("T3/withheld.stateSecret/naturalPerson"), Edition.V2021)) {
     *     System.out.println(check.rule().id() + "  " + check.describe(Locale.ENGLISH));
     * }
     * // T3.ROW_TOTAL.1  T3 withheld.stateSecret: total = naturalPerson + commercialEnterprise + …
     * // T3.OUTCOME_TOTAL.1  T3 naturalPerson: outcomeTotal = disclosed + partiallyDisclosed + …
     * // SET.SUMMARY.1  A report marked as a regional summary equals the sum of its member reports, …
     * }</pre>
     *
     * @param cell the cell
     * @param edition the edition whose layout the cell is of
     * @return an unmodifiable list, empty for a cell the edition does not have
     */
    public static List<CellCheck> checking(CellRef cell, Edition edition) {
        return CellChecks.of(cell, edition);
    }

    /**
     * Returns the identities of the format this rule checks in an edition, in the format's order: for
     * {@link #T3_ROW_TOTAL} one per row of table 三. They print as formulas ({@link Identity#formula(Locale)}).
     *
     * @param edition the edition
     * @return an unmodifiable list, empty for a rule that is not one of the identities I-1 to I-4 or does not
     *     apply to the edition
     */
    public List<Identity> identities(Edition edition) {
        if (!appliesTo(edition)) {
            return List.of();
        }
        return ReportFormat.of(edition).identities().stream().filter(i -> i.rule().equals(id.code())).toList();
    }

    /**
     * Returns the stable id and revision, such as {@code T3.BALANCE.1}.
     *
     * @return the id, never null
     */
    public RuleId id() {
        return id;
    }

    /**
     * Returns the severity of the rule's findings unless the caller overrides it: {@link Severity#ERROR} for
     * the identities and {@link #SET_SUMMARY}, {@link Severity#WARNING} for plausibility rules and
     * {@link #SET_CARRY_OVER}.
     *
     * @return the default severity, never null
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Returns the editions of the format the rule applies to.
     *
     * @return an unmodifiable set, never empty
     */
    public Set<Edition> editions() {
        return editions;
    }

    /**
     * Tells whether the {@linkplain ReportValidator#standard() standard validator} applies the rule. The
     * required-content rules ({@code CONTENT.*}) are applied only on request
     * ({@link ReportValidator.Builder#enable(Rule)}, or {@code gongkai.validation.rule.CODE=on}): a report built in
     * code or from data may rightly carry no narrative, and only an evaluation of published reports asks for one.
     *
     * @return true if applied unless disabled, false if applied only when enabled
     */
    public boolean isEnabledByDefault() {
        return applied == Applied.BY_DEFAULT;
    }

    /**
     * Returns whether the rule reads one report or a set of reports.
     *
     * @return the scope, never null
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Tells whether the rule applies to reports of an edition.
     *
     * @param edition the edition
     * @return true if the rule checks reports of that edition
     */
    public boolean appliesTo(Edition edition) {
        return editions.contains(edition);
    }

    /**
     * Returns what the rule checks, in English.
     *
     * @return the description, never null
     */
    public String description() {
        return description(Locale.ROOT);
    }

    /**
     * Returns what the rule checks, in the given language ({@code zh-CN} or English, the fallback).
     *
     * @param locale the language
     * @return the description, never null
     */
    public String description(Locale locale) {
        return Messages.text(locale, id.messageKey() + ".description");
    }
}
