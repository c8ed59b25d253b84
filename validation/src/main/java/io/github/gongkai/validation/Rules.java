package io.github.gongkai.validation;

import io.github.gongkai.core.Edition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in rules. The README of this module lists them with their descriptions.
 *
 * <p>Identities (I-1 to I-4 of the format) are {@link Severity#ERROR}s; plausibility rules are
 * {@link Severity#WARNING}s. Ids and revisions are a stable contract: a rule whose meaning changes gets a new
 * revision, never a reused id.
 */
public final class Rules {

    private static final Set<Edition> BOTH = Set.of(Edition.V2019, Edition.V2021);
    private static final Set<Edition> V2021 = Set.of(Edition.V2021);

    /** I-1, table 三: for every column, 本年新收 + 上年结转 = （七）总计 + 结转下年度. */
    public static final Rule T3_BALANCE = report("T3.BALANCE", Severity.ERROR, BOTH);
    /** I-2, table 三: for every row, 总计 = 自然人 + the five 法人或其他组织 columns. */
    public static final Rule T3_ROW_TOTAL = report("T3.ROW_TOTAL", Severity.ERROR, BOTH);
    /** I-3, table 三: for every column, （七）总计 = the sum of the outcome rows （一） to （六）. */
    public static final Rule T3_OUTCOME_TOTAL = report("T3.OUTCOME_TOTAL", Severity.ERROR, BOTH);
    /** I-4, table 四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    public static final Rule T4_GROUP_TOTAL = report("T4.GROUP_TOTAL", Severity.ERROR, BOTH);
    /** Table 二 （一）: 现行有效件数 below 本年制发件数 is possible but suspicious. */
    public static final Rule T2_IN_FORCE_BELOW_ISSUED = report("T2.IN_FORCE_BELOW_ISSUED", Severity.WARNING, V2021);
    /**
     * Table 二 （八）: a 本年收费金额 of 10000 万元 (100 million 元) or more looks like an amount in 元 typed into
     * the 万元 column.
     */
    public static final Rule T2_FEE_AMOUNT_UNIT = report("T2.FEE_AMOUNT_UNIT", Severity.WARNING, V2021);
    /** Section 六: the amount collected is above the amount noticed. */
    public static final Rule S6_COLLECTED_ABOVE_NOTICED = report("S6.COLLECTED_ABOVE_NOTICED", Severity.WARNING,
            V2021);
    /** Section 六 and table 三: more applications ended for unpaid fees than fee notices were issued. */
    public static final Rule S6_UNPAID_TERMINATIONS_ABOVE_NOTICES = report("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES",
            Severity.WARNING, V2021);
    /** Reports of the same organ, consecutive years: year N+1 上年结转 = year N 结转下年度, per column. */
    public static final Rule SET_CARRY_OVER = new Rule(new RuleId("SET.CARRY_OVER", 1), Severity.WARNING, BOTH,
            Rule.Scope.REPORT_SET);
    /** A report marked as a regional summary equals the sum of its members, cell by cell. */
    public static final Rule SET_SUMMARY = new Rule(new RuleId("SET.SUMMARY", 1), Severity.ERROR, BOTH,
            Rule.Scope.REPORT_SET);

    private static final List<Rule> ALL = List.of(T3_BALANCE, T3_ROW_TOTAL, T3_OUTCOME_TOTAL, T4_GROUP_TOTAL,
            T2_IN_FORCE_BELOW_ISSUED, T2_FEE_AMOUNT_UNIT, S6_COLLECTED_ABOVE_NOTICED,
            S6_UNPAID_TERMINATIONS_ABOVE_NOTICES, SET_CARRY_OVER, SET_SUMMARY);

    private Rules() {
    }

    private static Rule report(String code, Severity severity, Set<Edition> editions) {
        return new Rule(new RuleId(code, 1), severity, editions, Rule.Scope.REPORT);
    }

    /**
     * Returns every built-in rule, in the order the validator applies them.
     *
     * @return an unmodifiable list, never null
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * Finds a built-in rule by its code ({@code "T3.BALANCE"}) or by its full id ({@code "T3.BALANCE.1"}).
     *
     * @param idOrCode the code, or the code and revision
     * @return the rule, or empty if no built-in rule has that code, or the revision is not the current one
     */
    public static Optional<Rule> find(String idOrCode) {
        Objects.requireNonNull(idOrCode, "idOrCode");
        for (Rule rule : ALL) {
            if (rule.id().code().equals(idOrCode) || rule.id().toString().equals(idOrCode)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
