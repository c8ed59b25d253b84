package io.github.gongkai.core;

import java.util.List;

/**
 * A row of one of the report's tables: a stable English key and the official Chinese label.
 *
 * <p>The key is the public contract used by cell references, JSON and findings; for a row inside a group
 * of table 三 it is written {@code group.row}, e.g. {@code withheld.stateSecret}. Implementations are
 * enums and therefore immutable and thread-safe.
 */
public sealed interface TableRow permits ActiveDisclosureRow, ApplicationRow, ReviewLitigationRow, FeeRow {

    /**
     * Returns the table this row belongs to.
     *
     * @return the table, never null
     */
    ReportTable table();

    /**
     * Returns the stable key, as written in a cell reference.
     *
     * @return the key, never null
     */
    String key();

    /**
     * Returns the official Chinese label of this row as printed in the given edition.
     *
     * @param edition the edition
     * @return the label, never null
     * @throws IllegalArgumentException if this row does not exist in that edition
     */
    String label(Edition edition);

    /**
     * Returns the label with the headings it is printed under, enough to name the row unambiguously to
     * a reader: {@code "（三）不予公开 1.属于国家秘密"}, {@code "行政诉讼 复议后起诉"}, {@code "第二十条第（一）项 规章"}.
     *
     * @param edition the edition
     * @return the qualified label, never null
     * @throws IllegalArgumentException if this row does not exist in that edition
     */
    String qualifiedLabel(Edition edition);

    /**
     * Tells whether this row exists in the given edition.
     *
     * @param edition the edition
     * @return true if the edition's table has this row
     */
    boolean existsIn(Edition edition);

    /**
     * Returns the columns this row has in the given edition, in printed order.
     *
     * @param edition the edition
     * @return an unmodifiable list, empty if the row does not exist in that edition
     */
    List<? extends TableColumn> columns(Edition edition);
}
