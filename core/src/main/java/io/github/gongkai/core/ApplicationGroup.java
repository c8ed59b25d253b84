package io.github.gongkai.core;

import java.util.Optional;

/**
 * The groups of outcome rows in section 三: a heading printed without cells of its own, whose rows are
 * keyed {@code group.row} (e.g. {@code withheld.stateSecret}).
 *
 * <p>In the 2019 edition （六）其他处理 is a single row, {@link ApplicationRow#OTHER_DISPOSAL}, not a group.
 */
public enum ApplicationGroup {
    /** （三）不予公开. */
    WITHHELD("withheld", "（三）不予公开"),
    /** （四）无法提供. */
    UNABLE_TO_PROVIDE("unableToProvide", "（四）无法提供"),
    /** （五）不予处理. */
    NOT_PROCESSED("notProcessed", "（五）不予处理"),
    /** （六）其他处理: a group in the 2021 edition only. */
    OTHER_DISPOSAL("otherDisposal", "（六）其他处理");

    private final String key;
    private final String label;

    ApplicationGroup(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /**
     * Returns the stable key, the prefix of its rows' keys.
     *
     * @return the key, never null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the official Chinese label.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether this heading is a group of rows in the given edition.
     *
     * @param edition the edition
     * @return true if the edition has a row of this group (false only for {@link #OTHER_DISPOSAL} in 2019)
     */
    public boolean existsIn(Edition edition) {
        java.util.Objects.requireNonNull(edition, "edition");
        for (ApplicationRow row : ApplicationRow.values()) {
            if (row.group().orElse(null) == this && row.existsIn(edition)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds a group by its key.
     *
     * @param key the key, such as {@code "withheld"}
     * @return the group, or empty if no group has that key
     */
    public static Optional<ApplicationGroup> fromKey(String key) {
        return Keys.find(values(), key, ApplicationGroup::key);
    }
}
