package io.github.gongkai.core;

/**
 * A column of one of the report's tables: a stable English key, the official Chinese label and the
 * kind of value its cells hold.
 *
 * <p>Implementations are enums and therefore immutable and thread-safe.
 */
public sealed interface TableColumn
        permits ActiveDisclosureColumn, ApplicantColumn, ReviewLitigationColumn, FeeColumn {

    /**
     * Returns the table this column belongs to.
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
     * Returns the official Chinese label of this column as printed in the given edition.
     *
     * @param edition the edition
     * @return the label, never null
     * @throws IllegalArgumentException if this column does not exist in that edition
     */
    String label(Edition edition);

    /**
     * Tells whether this column exists in the given edition.
     *
     * @param edition the edition
     * @return true if the edition's table has this column
     */
    boolean existsIn(Edition edition);

    /**
     * Returns the kind of value the cells of this column hold.
     *
     * @return the kind, never null
     */
    ValueKind valueKind();

    /**
     * Returns the unit that the table's header fixes for amounts in this column, or
     * {@link AmountUnit#UNSTATED} when it fixes none (always for non-amount columns).
     *
     * @return the unit, never null
     */
    default AmountUnit headerUnit() {
        return AmountUnit.UNSTATED;
    }
}
