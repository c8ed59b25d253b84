package io.github.gongkai.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The five columns of each group of section 四 (table {@link ReportTable#T4}), in printed order. */
public enum ReviewLitigationColumn implements TableColumn {
    /** 结果维持. */
    UPHELD("upheld", "结果维持"),
    /** 结果纠正. */
    CORRECTED("corrected", "结果纠正"),
    /** 其他结果. */
    OTHER_OUTCOME("otherOutcome", "其他结果"),
    /** 尚未审结. */
    PENDING("pending", "尚未审结"),
    /** 总计: the sum of the four columns before it. */
    TOTAL("total", "总计");

    private static final List<ReviewLitigationColumn> COMPONENTS = List.of(UPHELD, CORRECTED, OTHER_OUTCOME,
            PENDING);

    private final String key;
    private final String label;

    ReviewLitigationColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public ReportTable table() {
        return ReportTable.T4;
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * Returns the official Chinese label, the same in both editions.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    @Override
    public String label(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return label;
    }

    @Override
    public boolean existsIn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return true;
    }

    @Override
    public ValueKind valueKind() {
        return ValueKind.COUNT;
    }

    /**
     * Returns the four columns that {@link #TOTAL} sums, in printed order.
     *
     * @return an unmodifiable list, never null
     */
    public static List<ReviewLitigationColumn> components() {
        return COMPONENTS;
    }

    /**
     * Finds a column by its key.
     *
     * @param key the key, such as {@code "pending"}
     * @return the column, or empty if no column has that key
     */
    public static Optional<ReviewLitigationColumn> fromKey(String key) {
        return Keys.find(values(), key, ReviewLitigationColumn::key);
    }

    /**
     * Finds the column whose official label is exactly {@code label}.
     *
     * @param label a label as printed, such as {@code "尚未审结"}
     * @return the column, or empty if none has that label
     */
    public static Optional<ReviewLitigationColumn> fromLabel(String label) {
        return Keys.findColumnLabel(values(), label, Edition.V2021);
    }
}
