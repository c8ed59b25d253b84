package io.github.gongkai.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The single row of the section 六 fee figures (table {@link ReportTable#S6}): 信息处理费. It exists in the
 * 2021 edition only, which asks every report to state them.
 */
public enum FeeRow implements TableRow {
    /** 信息处理费: the information processing fees charged to applicants. */
    INFORMATION_PROCESSING_FEES("informationProcessingFees", "信息处理费");

    /** The editions that have table 六: the 2019 trial edition had none. */
    static final Set<Edition> EDITIONS = Collections.unmodifiableSet(EnumSet.of(Edition.V2021));

    private static final List<FeeColumn> COLUMNS = List.of(FeeColumn.values());

    private final String key;
    private final String label;

    FeeRow(String key, String label) {
        this.key = key;
        this.label = label;
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
            throw Keys.notInEdition("row S6/" + key, edition);
        }
        return label;
    }

    @Override
    public String qualifiedLabel(Edition edition) {
        return label(edition);
    }

    @Override
    public boolean existsIn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return EDITIONS.contains(edition);
    }

    @Override
    public List<FeeColumn> columns(Edition edition) {
        return existsIn(edition) ? COLUMNS : List.of();
    }

    /**
     * Finds a row by its key.
     *
     * @param key the key, {@code "informationProcessingFees"}
     * @return the row, or empty if no row has that key
     */
    public static Optional<FeeRow> fromKey(String key) {
        return Keys.find(values(), key, FeeRow::key);
    }
}
