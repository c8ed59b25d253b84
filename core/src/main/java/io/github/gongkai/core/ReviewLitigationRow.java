package io.github.gongkai.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The three groups of section 四 (table {@link ReportTable#T4}), 政府信息公开行政复议、行政诉讼情况. Each is
 * printed as five columns, {@link ReviewLitigationColumn}; the same in both editions.
 */
public enum ReviewLitigationRow implements TableRow {
    /** 行政复议. */
    ADMINISTRATIVE_REVIEW("administrativeReview", "行政复议", null),
    /** 行政诉讼 / 未经复议直接起诉. */
    LITIGATION_WITHOUT_REVIEW("litigationWithoutReview", "未经复议直接起诉", "行政诉讼"),
    /** 行政诉讼 / 复议后起诉. */
    LITIGATION_AFTER_REVIEW("litigationAfterReview", "复议后起诉", "行政诉讼");

    private static final List<ReviewLitigationColumn> COLUMNS = List.of(ReviewLitigationColumn.values());

    private final String key;
    private final String label;
    private final String parentLabel;

    ReviewLitigationRow(String key, String label, String parentLabel) {
        this.key = key;
        this.label = label;
        this.parentLabel = parentLabel;
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
     * Returns the official Chinese label, the same in both editions, such as {@code "复议后起诉"}.
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

    /**
     * Returns the heading printed above this group: {@code "行政诉讼"} for the two litigation groups.
     *
     * @return the heading, or empty for 行政复议
     */
    public Optional<String> parentLabel() {
        return Optional.ofNullable(parentLabel);
    }

    /**
     * Returns the label with its heading in front, such as {@code "行政诉讼 复议后起诉"}.
     *
     * @return the qualified label, never null
     */
    public String qualifiedLabel() {
        return parentLabel == null ? label : parentLabel + " " + label;
    }

    @Override
    public String qualifiedLabel(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return qualifiedLabel();
    }

    @Override
    public boolean existsIn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return true;
    }

    @Override
    public List<ReviewLitigationColumn> columns(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return COLUMNS;
    }

    /**
     * Finds a row by its key.
     *
     * @param key the key, such as {@code "administrativeReview"}
     * @return the row, or empty if no row has that key
     */
    public static Optional<ReviewLitigationRow> fromKey(String key) {
        return Keys.find(values(), key, ReviewLitigationRow::key);
    }

    /**
     * Finds the row whose official label is exactly {@code label}.
     *
     * @param label a label as printed, such as {@code "行政复议"}
     * @return the row, or empty if none has that label
     */
    public static Optional<ReviewLitigationRow> fromLabel(String label) {
        return Keys.findLabel(values(), label, Edition.V2021);
    }
}
