package io.github.gongkai.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of section 二 (table {@link ReportTable#T2}). Which columns a row has depends on the row's
 * block of article 20 and on the edition; see {@link ActiveDisclosureRow#columns(Edition)}.
 */
public enum ActiveDisclosureColumn implements TableColumn {
    /** 本年制发件数 (2021, block （一）). */
    ISSUED("issued", "本年制发件数", null, ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 本年废止件数 (2021, block （一）). */
    REPEALED("repealed", "本年废止件数", null, ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 现行有效件数 (2021, block （一）). */
    IN_FORCE("inForce", "现行有效件数", null, ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 本年新制作数量 (2019, block （一）). */
    NEWLY_MADE("newlyMade", null, "本年新制作数量", ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 本年新公开数量 (2019, block （一）). */
    NEWLY_PUBLISHED("newlyPublished", null, "本年新公开数量", ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 对外公开总数量 (2019, block （一）). */
    TOTAL_PUBLISHED("totalPublished", null, "对外公开总数量", ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 上一年项目数量 (2019, blocks （五）（六）（八）). */
    PREVIOUS_YEAR_ITEMS("previousYearItems", null, "上一年项目数量", ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 本年增/减 (2019, blocks （五）（六）（八）): signed. */
    CHANGE("change", null, "本年增/减", ValueKind.SIGNED_COUNT, AmountUnit.UNSTATED),
    /** 本年处理决定数量 (2021) / 处理决定数量 (2019), blocks （五）（六）. */
    DECISIONS("decisions", "本年处理决定数量", "处理决定数量", ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 本年收费金额（单位：万元） (2021, block （八）): an amount in 万元. */
    AMOUNT("amount", "本年收费金额（单位：万元）", null, ValueKind.AMOUNT, AmountUnit.TEN_THOUSAND_YUAN),
    /** 采购项目数量 (2019, block （九）). */
    PROJECTS("projects", null, "采购项目数量", ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 采购总金额 (2019, block （九）): an amount whose unit the header does not state. */
    TOTAL_AMOUNT("totalAmount", null, "采购总金额", ValueKind.AMOUNT, AmountUnit.UNSTATED);

    private final String key;
    private final Map<Edition, String> labels;
    private final ValueKind valueKind;
    private final AmountUnit headerUnit;

    ActiveDisclosureColumn(String key, String label2021, String label2019, ValueKind valueKind,
            AmountUnit headerUnit) {
        this.key = key;
        this.labels = Keys.byEdition(label2019, label2021);
        this.valueKind = valueKind;
        this.headerUnit = headerUnit;
    }

    @Override
    public ReportTable table() {
        return ReportTable.T2;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        String label = labels.get(edition);
        if (label == null) {
            throw Keys.notInEdition("column T2/*/" + key, edition);
        }
        return label;
    }

    @Override
    public boolean existsIn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return labels.get(edition) != null;
    }

    @Override
    public ValueKind valueKind() {
        return valueKind;
    }

    @Override
    public AmountUnit headerUnit() {
        return headerUnit;
    }

    /**
     * Finds a column by its key.
     *
     * @param key the key, such as {@code "inForce"}
     * @return the column, or empty if no column has that key
     */
    public static Optional<ActiveDisclosureColumn> fromKey(String key) {
        return Keys.find(values(), key, ActiveDisclosureColumn::key);
    }

    /**
     * Finds the column whose official label in the given edition is exactly {@code label}.
     *
     * @param label a label as printed, such as {@code "现行有效件数"}
     * @param edition the edition whose labels to match
     * @return the column, or empty if none has that label
     */
    public static Optional<ActiveDisclosureColumn> fromLabel(String label, Edition edition) {
        return Keys.findColumnLabel(values(), label, edition);
    }
}
