package io.github.gongkai.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables of the report whose cells are addressable, with the keys used in cell references.
 *
 * <p>A cell reference is written {@code TABLE/ROW/COLUMN}, where {@code TABLE} is the {@link #key()} of
 * one of these constants; see {@link CellRef}.
 */
public enum ReportTable {
    /** 二、主动公开政府信息情况: the article-20 items. */
    T2("T2", "二、主动公开政府信息情况"),
    /** 三、收到和处理政府信息公开申请情况: applications received and how they ended. */
    T3("T3", "三、收到和处理政府信息公开申请情况"),
    /** 四、政府信息公开行政复议、行政诉讼情况: administrative review and litigation. */
    T4("T4", "四、政府信息公开行政复议、行政诉讼情况"),
    /** 六、其他需要报告的事项: the information processing fee figures (2021 edition only). */
    S6("S6", "六、其他需要报告的事项");

    private final String key;
    private final String label;

    ReportTable(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /**
     * Returns the key used in cell references, such as {@code "T3"}.
     *
     * @return the key, never null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the official section title in Chinese.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Returns every row of this table, of all editions, in printed order.
     *
     * @return an unmodifiable list, never null
     */
    public List<? extends TableRow> rows() {
        return Lists.ROWS.get(ordinal());
    }

    /**
     * Returns every column of this table, of all editions, in printed order.
     *
     * @return an unmodifiable list, never null
     */
    public List<? extends TableColumn> columns() {
        return Lists.COLUMNS.get(ordinal());
    }

    /** The rows and columns of each table, made once (after the row and column enums, which a holder ensures). */
    private static final class Lists {
        static final List<List<? extends TableRow>> ROWS = List.of(List.of(ActiveDisclosureRow.values()),
                List.of(ApplicationRow.values()), List.of(ReviewLitigationRow.values()), List.of(FeeRow.values()));
        static final List<List<? extends TableColumn>> COLUMNS = List.of(List.of(ActiveDisclosureColumn.values()),
                List.of(ApplicantColumn.values()), List.of(ReviewLitigationColumn.values()),
                List.of(FeeColumn.values()));
    }

    /**
     * Finds a row of this table by its key, such as {@code "withheld.stateSecret"}.
     *
     * @param rowKey the row key
     * @return the row, or empty if this table has no row with that key
     */
    public Optional<TableRow> row(String rowKey) {
        Objects.requireNonNull(rowKey, "rowKey");
        for (TableRow row : rows()) {
            if (row.key().equals(rowKey)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a column of this table by its key, such as {@code "naturalPerson"}.
     *
     * @param columnKey the column key
     * @return the column, or empty if this table has no column with that key
     */
    public Optional<TableColumn> column(String columnKey) {
        Objects.requireNonNull(columnKey, "columnKey");
        for (TableColumn column : columns()) {
            if (column.key().equals(columnKey)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a table from its key.
     *
     * @param key {@code "T2"}, {@code "T3"}, {@code "T4"} or {@code "S6"}
     * @return the table, or empty if the key names none
     */
    public static Optional<ReportTable> fromKey(String key) {
        Objects.requireNonNull(key, "key");
        for (ReportTable table : values()) {
            if (table.key.equals(key)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
