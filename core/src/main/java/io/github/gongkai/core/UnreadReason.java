package io.github.gongkai.core;

import io.github.gongkai.core.internal.MessageText;
import java.util.Objects;

/**
 * Why a cell holds no value although the report has it: the page printed something there, or should have,
 * that could not be read as one number. An {@linkplain CellValue.Unread unread} cell is neither a blank
 * nor a zero, and validation never counts it as either.
 */
public enum UnreadReason {
    /** The printed numbers admit several readings (a glued run such as {@code 3000074}, a row that lost a cell). */
    AMBIGUOUS("ambiguous"),
    /**
     * The printed numbers admit readings, but none satisfies the identities through the cells: the page
     * itself is inconsistent. Validation reports the identity as failed when it can show this from the
     * cell's {@link PrintedRun}.
     */
    INCONSISTENT("inconsistent"),
    /** Nothing was found where the cell should be: its row, table or (section 六) its figure is absent. */
    NOT_FOUND("notFound"),
    /** Something was printed but it is not a number of the column's kind: converter damage, stray text. */
    DAMAGED("damaged"),
    /**
     * The page printed one number for this cell and others together, its template having merged their rows
     * (a single （六）其他处理 row in a 2021-edition table 三): the cell's {@link PrintedTotal} holds it.
     */
    MERGED("merged");

    private final String key;

    UnreadReason(String key) {
        this.key = key;
    }

    /**
     * Returns the stable key used in JSON and CSV: {@code ambiguous}, {@code inconsistent}, {@code notFound},
     * {@code damaged}, {@code merged}.
     *
     * @return the key, never null
     */
    public String key() {
        return key;
    }

    /**
     * Obtains the reason with a key, as {@link Edition#parse} does an edition's (the {@code fromKey} of the table,
     * row and column types returns an {@code Optional} instead).
     *
     * @param key a key as returned by {@link #key()}
     * @return the reason, never null
     * @throws IllegalArgumentException if no reason has that key
     */
    public static UnreadReason parse(String key) {
        Objects.requireNonNull(key, "key");
        for (UnreadReason reason : values()) {
            if (reason.key.equals(key)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("no unread reason with key '" + MessageText.printable(key) + "'");
    }
}
