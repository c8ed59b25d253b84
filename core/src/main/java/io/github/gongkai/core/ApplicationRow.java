package io.github.gongkai.core;

import static io.github.gongkai.core.ApplicationGroup.NOT_PROCESSED;
import static io.github.gongkai.core.ApplicationGroup.UNABLE_TO_PROVIDE;
import static io.github.gongkai.core.ApplicationGroup.WITHHELD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of section 三 (table {@link ReportTable#T3}), 收到和处理政府信息公开申请情况.
 *
 * <p>The 2021 edition has 25 rows; the 2019 edition has 23, with （六）其他处理 as one row
 * ({@link #OTHER_DISPOSAL}) instead of the three rows of the group {@link ApplicationGroup#OTHER_DISPOSAL}.
 * Every row has the seven {@link ApplicantColumn}s. Constants are declared in printed order.
 */
public enum ApplicationRow implements TableRow {
    /** 一、本年新收政府信息公开申请数量. */
    NEWLY_RECEIVED(null, "newlyReceived", "一、本年新收政府信息公开申请数量", Kind.INFLOW, true, true),
    /** 二、上年结转政府信息公开申请数量. */
    CARRIED_OVER(null, "carriedOver", "二、上年结转政府信息公开申请数量", Kind.INFLOW, true, true),
    /** （一）予以公开. */
    DISCLOSED(null, "disclosed", "（一）予以公开", Kind.OUTCOME, true, true),
    /** （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
    PARTIALLY_DISCLOSED(null, "partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            Kind.OUTCOME, true, true),
    /** （三）不予公开 / 1.属于国家秘密. */
    WITHHELD_STATE_SECRET(WITHHELD, "stateSecret", "1.属于国家秘密", Kind.OUTCOME, true, true),
    /** （三）不予公开 / 2.其他法律行政法规禁止公开. */
    WITHHELD_PROHIBITED_BY_LAW(WITHHELD, "prohibitedByLaw", "2.其他法律行政法规禁止公开", Kind.OUTCOME, true, true),
    /** （三）不予公开 / 3.危及“三安全一稳定”. */
    WITHHELD_ENDANGERS_SECURITY_OR_STABILITY(WITHHELD, "endangersSecurityOrStability", "3.危及“三安全一稳定”",
            Kind.OUTCOME, true, true),
    /** （三）不予公开 / 4.保护第三方合法权益. */
    WITHHELD_THIRD_PARTY_RIGHTS(WITHHELD, "thirdPartyRights", "4.保护第三方合法权益", Kind.OUTCOME, true, true),
    /** （三）不予公开 / 5.属于三类内部事务信息. */
    WITHHELD_INTERNAL_AFFAIRS(WITHHELD, "internalAffairs", "5.属于三类内部事务信息", Kind.OUTCOME, true, true),
    /** （三）不予公开 / 6.属于四类过程性信息. */
    WITHHELD_DELIBERATIVE_PROCESS(WITHHELD, "deliberativeProcess", "6.属于四类过程性信息", Kind.OUTCOME, true, true),
    /** （三）不予公开 / 7.属于行政执法案卷. */
    WITHHELD_LAW_ENFORCEMENT_FILE(WITHHELD, "lawEnforcementFile", "7.属于行政执法案卷", Kind.OUTCOME, true, true),
    /** （三）不予公开 / 8.属于行政查询事项. */
    WITHHELD_ADMINISTRATIVE_QUERY(WITHHELD, "administrativeQuery", "8.属于行政查询事项", Kind.OUTCOME, true, true),
    /** （四）无法提供 / 1.本机关不掌握相关政府信息. */
    UNABLE_TO_PROVIDE_NOT_HELD(UNABLE_TO_PROVIDE, "notHeld", "1.本机关不掌握相关政府信息", Kind.OUTCOME, true, true),
    /** （四）无法提供 / 2.没有现成信息需要另行制作. */
    UNABLE_TO_PROVIDE_REQUIRES_CREATION(UNABLE_TO_PROVIDE, "requiresCreation", "2.没有现成信息需要另行制作",
            Kind.OUTCOME, true, true),
    /** （四）无法提供 / 3.补正后申请内容仍不明确. */
    UNABLE_TO_PROVIDE_UNCLEAR_AFTER_CORRECTION(UNABLE_TO_PROVIDE, "unclearAfterCorrection", "3.补正后申请内容仍不明确",
            Kind.OUTCOME, true, true),
    /** （五）不予处理 / 1.信访举报投诉类申请. */
    NOT_PROCESSED_PETITION_OR_COMPLAINT(NOT_PROCESSED, "petitionOrComplaint", "1.信访举报投诉类申请",
            Kind.OUTCOME, true, true),
    /** （五）不予处理 / 2.重复申请. */
    NOT_PROCESSED_DUPLICATE(NOT_PROCESSED, "duplicate", "2.重复申请", Kind.OUTCOME, true, true),
    /** （五）不予处理 / 3.要求提供公开出版物. */
    NOT_PROCESSED_PUBLICATION(NOT_PROCESSED, "publication", "3.要求提供公开出版物", Kind.OUTCOME, true, true),
    /** （五）不予处理 / 4.无正当理由大量反复申请. */
    NOT_PROCESSED_EXCESSIVE_REPEATED(NOT_PROCESSED, "excessiveRepeated", "4.无正当理由大量反复申请",
            Kind.OUTCOME, true, true),
    /** （五）不予处理 / 5.要求行政机关确认或重新出具已获取信息. */
    NOT_PROCESSED_CONFIRMATION_OF_OBTAINED(NOT_PROCESSED, "confirmationOfObtained", "5.要求行政机关确认或重新出具已获取信息",
            Kind.OUTCOME, true, true),
    /** （六）其他处理, as one row: 2019 edition only. */
    OTHER_DISPOSAL(null, "otherDisposal", "（六）其他处理", Kind.OUTCOME, false, true),
    /** （六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 2021 edition only. */
    OTHER_DISPOSAL_CORRECTION_OVERDUE(ApplicationGroup.OTHER_DISPOSAL, "correctionOverdue",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Kind.OUTCOME, true, false),
    /** （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: 2021 edition only. */
    OTHER_DISPOSAL_FEE_UNPAID(ApplicationGroup.OTHER_DISPOSAL, "feeUnpaid",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Kind.OUTCOME, true, false),
    /** （六）其他处理 / 3.其他: 2021 edition only. */
    OTHER_DISPOSAL_OTHER(ApplicationGroup.OTHER_DISPOSAL, "other", "3.其他", Kind.OUTCOME, true, false),
    /** （七）总计: the total of all outcome rows. */
    OUTCOME_TOTAL(null, "outcomeTotal", "（七）总计", Kind.OUTCOME_TOTAL, true, true),
    /** 四、结转下年度继续办理. */
    CARRIED_FORWARD(null, "carriedForward", "四、结转下年度继续办理", Kind.OUTFLOW, true, true);

    /** The heading printed before the outcome rows, spanning them down to （七）总计. */
    public static final String RESULTS_LABEL = "三、本年度办理结果";

    /**
     * The note printed in the corner of the table's header: the balance identity (I-1) in the format's own
     * words.
     */
    public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /** What a row contributes to the table's identities. */
    public enum Kind {
        /** Applications that entered the year: 新收 and 上年结转. */
        INFLOW,
        /** One way an application ended (rows under 三、本年度办理结果, before （七）总计). */
        OUTCOME,
        /** （七）总计, the sum of all outcome rows. */
        OUTCOME_TOTAL,
        /** Applications carried into the next year. */
        OUTFLOW
    }

    private final ApplicationGroup group;
    private final String shortKey;
    private final String key;
    private final String label;
    private final Kind kind;
    private final Set<Edition> editions;

    ApplicationRow(ApplicationGroup group, String shortKey, String label, Kind kind, boolean in2021,
            boolean in2019) {
        this.group = group;
        this.shortKey = shortKey;
        this.key = group == null ? shortKey : group.key() + "." + shortKey;
        this.label = label;
        this.kind = kind;
        this.editions = Collections.unmodifiableSet(Keys.byEdition(in2019, in2021).entrySet().stream()
                .filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(() -> EnumSet.noneOf(Edition.class), Set::add, Set::addAll));
    }

    @Override
    public ReportTable table() {
        return ReportTable.T3;
    }

    /**
     * Returns the full key, {@code group.row} for a row inside a group, as written in a cell reference.
     *
     * @return the key, such as {@code "withheld.stateSecret"} or {@code "newlyReceived"}
     */
    @Override
    public String key() {
        return key;
    }

    /**
     * Returns the key without its group prefix, such as {@code "stateSecret"}.
     *
     * @return the short key, never null
     */
    public String shortKey() {
        return shortKey;
    }

    /**
     * Returns the group this row is printed under.
     *
     * @return the group, or empty for a row outside any group
     */
    public Optional<ApplicationGroup> group() {
        return Optional.ofNullable(group);
    }

    /**
     * Returns the role this row plays in the table's identities.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the official Chinese label as printed on the row itself, such as {@code "1.属于国家秘密"};
     * the same in both editions in which the row exists.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    @Override
    public String label(Edition edition) {
        if (!existsIn(edition)) {
            throw Keys.notInEdition("row T3/" + key, edition);
        }
        return label;
    }

    /**
     * Returns the label with its group's label in front, such as {@code "（三）不予公开 1.属于国家秘密"}, which
     * names the row unambiguously to a reader.
     *
     * @return the qualified label, never null
     */
    public String qualifiedLabel() {
        return group == null ? label : group.label() + " " + label;
    }

    @Override
    public String qualifiedLabel(Edition edition) {
        label(edition);
        return qualifiedLabel();
    }

    @Override
    public boolean existsIn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return editions.contains(edition);
    }

    @Override
    public List<ApplicantColumn> columns(Edition edition) {
        return existsIn(edition) ? ApplicantColumn.ALL : List.of();
    }

    /**
     * Returns the rows of the given edition in printed order: 25 in 2021, 23 in 2019.
     *
     * @param edition the edition
     * @return an unmodifiable list, never null
     * @throws NullPointerException if {@code edition} is null
     */
    public static List<ApplicationRow> rows(Edition edition) {
        return Lists.ROWS.get(Objects.requireNonNull(edition, "edition"));
    }

    /**
     * Returns the outcome rows of the given edition, those that {@link #OUTCOME_TOTAL} sums: every row of
     * kind {@link Kind#OUTCOME}, in printed order.
     *
     * @param edition the edition
     * @return an unmodifiable list, never null
     * @throws NullPointerException if {@code edition} is null
     */
    public static List<ApplicationRow> outcomes(Edition edition) {
        return Lists.OUTCOMES.get(Objects.requireNonNull(edition, "edition"));
    }

    /**
     * Finds a row by its full key.
     *
     * @param key the key, such as {@code "withheld.stateSecret"}
     * @return the row, or empty if no row has that key
     */
    public static Optional<ApplicationRow> fromKey(String key) {
        return Keys.find(values(), key, ApplicationRow::key);
    }

    /**
     * Finds the row whose official label is exactly {@code label} in the given edition. Labels of rows
     * within a group are unique in the table, so no group is needed.
     *
     * @param label a label as printed, such as {@code "1.属于国家秘密"}
     * @param edition the edition
     * @return the row, or empty if none has that label
     */
    public static Optional<ApplicationRow> fromLabel(String label, Edition edition) {
        return Keys.findLabel(values(), label, edition);
    }

    /** The rows and the outcome rows of each edition, made once the constants exist. */
    private static final class Lists {
        static final Map<Edition, List<ApplicationRow>> ROWS = Keys.byEdition(select(Edition.V2019, false),
                select(Edition.V2021, false));
        static final Map<Edition, List<ApplicationRow>> OUTCOMES = Keys.byEdition(select(Edition.V2019, true),
                select(Edition.V2021, true));
    }

    private static List<ApplicationRow> select(Edition edition, boolean outcomesOnly) {
        List<ApplicationRow> rows = new ArrayList<>();
        for (ApplicationRow row : values()) {
            if (row.existsIn(edition) && (!outcomesOnly || row.kind == Kind.OUTCOME)) {
                rows.add(row);
            }
        }
        return Collections.unmodifiableList(rows);
    }
}
