package io.github.gongkai.core;

import java.util.Objects;
import java.util.Optional;

/** The fee figures stated in section 六 (table {@link ReportTable#S6}), 2021 edition only. */
public enum FeeColumn implements TableColumn {
    /** 发出收费通知的件数: fee notices issued. */
    NOTICES_ISSUED("noticesIssued", "发出收费通知的件数", ValueKind.COUNT, AmountUnit.UNSTATED),
    /** 总金额: the total amount of the notices, in 元. */
    AMOUNT_NOTICED("amountNoticed", "总金额", ValueKind.AMOUNT, AmountUnit.YUAN),
    /** 实际收取的总金额: the amount actually collected, in 元. */
    AMOUNT_COLLECTED("amountCollected", "实际收取的总金额", ValueKind.AMOUNT, AmountUnit.YUAN);

    private final String key;
    private final String label;
    private final ValueKind valueKind;
    private final AmountUnit headerUnit;

    FeeColumn(String key, String label, ValueKind valueKind, AmountUnit headerUnit) {
        this.key = key;
        this.label = label;
        this.valueKind = valueKind;
        this.headerUnit = headerUnit;
    }

    @Override
    public ReportTable table() {
        return ReportTable.S6;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label(Edition edition) {
        if (!existsIn(edition)) {
            throw Keys.notInEdition("column S6/*/" + key, edition);
        }
        return label;
    }

    @Override
    public boolean existsIn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return FeeRow.EDITIONS.contains(edition);
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
     * @param key the key, such as {@code "amountCollected"}
     * @return the column, or empty if no column has that key
     */
    public static Optional<FeeColumn> fromKey(String key) {
        return Keys.find(values(), key, FeeColumn::key);
    }
}
