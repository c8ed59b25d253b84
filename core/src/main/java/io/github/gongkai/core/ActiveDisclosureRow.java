package io.github.gongkai.core;

import static io.github.gongkai.core.ActiveDisclosureColumn.AMOUNT;
import static io.github.gongkai.core.ActiveDisclosureColumn.CHANGE;
import static io.github.gongkai.core.ActiveDisclosureColumn.DECISIONS;
import static io.github.gongkai.core.ActiveDisclosureColumn.IN_FORCE;
import static io.github.gongkai.core.ActiveDisclosureColumn.ISSUED;
import static io.github.gongkai.core.ActiveDisclosureColumn.NEWLY_MADE;
import static io.github.gongkai.core.ActiveDisclosureColumn.NEWLY_PUBLISHED;
import static io.github.gongkai.core.ActiveDisclosureColumn.PREVIOUS_YEAR_ITEMS;
import static io.github.gongkai.core.ActiveDisclosureColumn.PROJECTS;
import static io.github.gongkai.core.ActiveDisclosureColumn.REPEALED;
import static io.github.gongkai.core.ActiveDisclosureColumn.TOTAL_AMOUNT;
import static io.github.gongkai.core.ActiveDisclosureColumn.TOTAL_PUBLISHED;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of section 二 (table {@link ReportTable#T2}), 主动公开政府信息情况: the items of article 20 of the
 * Regulations. The two editions have different rows and entirely different columns.
 */
public enum ActiveDisclosureRow implements TableRow {
    /** 规章 (第二十条第（一）项). */
    RULES("rules", "第二十条第（一）项", "规章", "规章",
            List.of(ISSUED, REPEALED, IN_FORCE), List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED)),
    /** 行政规范性文件 (2021) / 规范性文件 (2019) (第二十条第（一）项). */
    NORMATIVE_DOCUMENTS("normativeDocuments", "第二十条第（一）项", "行政规范性文件", "规范性文件",
            List.of(ISSUED, REPEALED, IN_FORCE), List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED)),
    /** 行政许可 (第二十条第（五）项). */
    LICENSING("licensing", "第二十条第（五）项", "行政许可", "行政许可",
            List.of(DECISIONS), List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS)),
    /** 其他对外管理服务事项 (第二十条第（五）项), 2019 edition only. */
    OTHER_EXTERNAL_SERVICES("otherExternalServices", "第二十条第（五）项", null, "其他对外管理服务事项",
            List.of(), List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS)),
    /** 行政处罚 (第二十条第（六）项). */
    PUNISHMENT("punishment", "第二十条第（六）项", "行政处罚", "行政处罚",
            List.of(DECISIONS), List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS)),
    /** 行政强制 (第二十条第（六）项). */
    COERCION("coercion", "第二十条第（六）项", "行政强制", "行政强制",
            List.of(DECISIONS), List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS)),
    /** 行政事业性收费 (第二十条第（八）项). */
    ADMINISTRATIVE_FEES("administrativeFees", "第二十条第（八）项", "行政事业性收费", "行政事业性收费",
            List.of(AMOUNT), List.of(PREVIOUS_YEAR_ITEMS, CHANGE)),
    /** 政府集中采购 (第二十条第（九）项), 2019 edition only. */
    CENTRALIZED_PROCUREMENT("centralizedProcurement", "第二十条第（九）项", null, "政府集中采购",
            List.of(), List.of(PROJECTS, TOTAL_AMOUNT));

    /** The heading printed above the row labels of each block. */
    public static final String CONTENT_LABEL = "信息内容";

    private final String key;
    private final String block;
    private final Map<Edition, String> labels;
    private final Map<Edition, List<ActiveDisclosureColumn>> columns;

    ActiveDisclosureRow(String key, String block, String label2021, String label2019,
            List<ActiveDisclosureColumn> columns2021, List<ActiveDisclosureColumn> columns2019) {
        this.key = key;
        this.block = block;
        this.labels = Keys.byEdition(label2019, label2021);
        this.columns = Keys.byEdition(columns2019, columns2021);
    }

    @Override
    public ReportTable table() {
        return ReportTable.T2;
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * Returns the block of article 20 this row is printed under, such as {@code 第二十条第（一）项}.
     *
     * @return the block label, never null
     */
    public String block() {
        return block;
    }

    @Override
    public String label(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        String label = labels.get(edition);
        if (label == null) {
            throw Keys.notInEdition("row T2/" + key, edition);
        }
        return label;
    }

    @Override
    public String qualifiedLabel(Edition edition) {
        return block + " " + label(edition);
    }

    @Override
    public boolean existsIn(Edition edition) {
        return !columns(edition).isEmpty();
    }

    @Override
    public List<ActiveDisclosureColumn> columns(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return columns.get(edition);
    }

    /**
     * Finds a row by its key.
     *
     * @param key the key, such as {@code "normativeDocuments"}
     * @return the row, or empty if no row has that key
     */
    public static Optional<ActiveDisclosureRow> fromKey(String key) {
        return Keys.find(values(), key, ActiveDisclosureRow::key);
    }

    /**
     * Finds the row whose official label in the given edition is exactly {@code label}.
     *
     * @param label a label as printed, such as {@code "行政规范性文件"}
     * @param edition the edition whose labels to match
     * @return the row, or empty if none has that label
     */
    public static Optional<ActiveDisclosureRow> fromLabel(String label, Edition edition) {
        return Keys.findLabel(values(), label, edition);
    }
}
