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
import static io.github.gongkai.core.ActiveDisclosureRow.ADMINISTRATIVE_FEES;
import static io.github.gongkai.core.ActiveDisclosureRow.CENTRALIZED_PROCUREMENT;
import static io.github.gongkai.core.ActiveDisclosureRow.COERCION;
import static io.github.gongkai.core.ActiveDisclosureRow.LICENSING;
import static io.github.gongkai.core.ActiveDisclosureRow.NORMATIVE_DOCUMENTS;
import static io.github.gongkai.core.ActiveDisclosureRow.OTHER_EXTERNAL_SERVICES;
import static io.github.gongkai.core.ActiveDisclosureRow.PUNISHMENT;
import static io.github.gongkai.core.ActiveDisclosureRow.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActiveDisclosureRowTest {

    @Test
    void contentHeading() {
        assertEquals("信息内容", ActiveDisclosureRow.CONTENT_LABEL);
    }

    @Test
    void keysInPrintedOrder() {
        List<String> keys = new ArrayList<>();
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            keys.add(row.key());
        }
        assertEquals(List.of("rules", "normativeDocuments", "licensing", "otherExternalServices", "punishment",
                "coercion", "administrativeFees", "centralizedProcurement"), keys);
    }

    @Test
    void rowsOf2021() {
        assertEquals(List.of(RULES, NORMATIVE_DOCUMENTS, LICENSING, PUNISHMENT, COERCION, ADMINISTRATIVE_FEES),
                present(Edition.V2021));
        assertEquals(List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"),
                labels(Edition.V2021));
    }

    @Test
    void rowsOf2019() {
        assertEquals(List.of(ActiveDisclosureRow.values()), present(Edition.V2019));
        assertEquals(List.of("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费",
                "政府集中采购"), labels(Edition.V2019));
    }

    @Test
    void blocksOfArticle20() {
        assertEquals("第二十条第（一）项", RULES.block());
        assertEquals("第二十条第（一）项", NORMATIVE_DOCUMENTS.block());
        assertEquals("第二十条第（五）项", LICENSING.block());
        assertEquals("第二十条第（五）项", OTHER_EXTERNAL_SERVICES.block());
        assertEquals("第二十条第（六）项", PUNISHMENT.block());
        assertEquals("第二十条第（六）项", COERCION.block());
        assertEquals("第二十条第（八）项", ADMINISTRATIVE_FEES.block());
        assertEquals("第二十条第（九）项", CENTRALIZED_PROCUREMENT.block());
    }

    @Test
    void qualifiedLabelPutsTheBlockFirst() {
        assertEquals("第二十条第（一）项 规章", RULES.qualifiedLabel(Edition.V2021));
        assertEquals("第二十条第（一）项 行政规范性文件", NORMATIVE_DOCUMENTS.qualifiedLabel(Edition.V2021));
        assertEquals("第二十条第（一）项 规范性文件", NORMATIVE_DOCUMENTS.qualifiedLabel(Edition.V2019));
        assertEquals("第二十条第（九）项 政府集中采购", CENTRALIZED_PROCUREMENT.qualifiedLabel(Edition.V2019));
    }

    @Test
    void columnsOf2021() {
        assertEquals(List.of(ISSUED, REPEALED, IN_FORCE), RULES.columns(Edition.V2021));
        assertEquals(List.of(ISSUED, REPEALED, IN_FORCE), NORMATIVE_DOCUMENTS.columns(Edition.V2021));
        assertEquals(List.of(DECISIONS), LICENSING.columns(Edition.V2021));
        assertEquals(List.of(DECISIONS), PUNISHMENT.columns(Edition.V2021));
        assertEquals(List.of(DECISIONS), COERCION.columns(Edition.V2021));
        assertEquals(List.of(AMOUNT), ADMINISTRATIVE_FEES.columns(Edition.V2021));
        assertEquals(List.of(), OTHER_EXTERNAL_SERVICES.columns(Edition.V2021));
        assertEquals(List.of(), CENTRALIZED_PROCUREMENT.columns(Edition.V2021));
    }

    @Test
    void columnsOf2019() {
        List<ActiveDisclosureColumn> block1 = List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED);
        List<ActiveDisclosureColumn> blocks5And6 = List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS);
        assertEquals(block1, RULES.columns(Edition.V2019));
        assertEquals(block1, NORMATIVE_DOCUMENTS.columns(Edition.V2019));
        assertEquals(blocks5And6, LICENSING.columns(Edition.V2019));
        assertEquals(blocks5And6, OTHER_EXTERNAL_SERVICES.columns(Edition.V2019));
        assertEquals(blocks5And6, PUNISHMENT.columns(Edition.V2019));
        assertEquals(blocks5And6, COERCION.columns(Edition.V2019));
        assertEquals(List.of(PREVIOUS_YEAR_ITEMS, CHANGE), ADMINISTRATIVE_FEES.columns(Edition.V2019));
        assertEquals(List.of(PROJECTS, TOTAL_AMOUNT), CENTRALIZED_PROCUREMENT.columns(Edition.V2019));
    }

    @Test
    void cellCounts() {
        assertEquals(10, cells(Edition.V2021));
        assertEquals(22, cells(Edition.V2019));
    }

    @Test
    void existsIn() {
        assertFalse(OTHER_EXTERNAL_SERVICES.existsIn(Edition.V2021));
        assertFalse(CENTRALIZED_PROCUREMENT.existsIn(Edition.V2021));
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            assertTrue(row.existsIn(Edition.V2019), row.key());
        }
    }

    @Test
    void labelOfMissingRowFailsNamingRowAndEdition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CENTRALIZED_PROCUREMENT.label(Edition.V2021));
        assertTrue(e.getMessage().contains("T2/centralizedProcurement"), e.getMessage());
        assertTrue(e.getMessage().contains("2021"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OTHER_EXTERNAL_SERVICES.qualifiedLabel(Edition.V2021));
    }

    @ParameterizedTest
    @EnumSource(ActiveDisclosureRow.class)
    void fromKeyAndFromLabelRoundTrip(ActiveDisclosureRow row) {
        assertEquals(Optional.of(row), ActiveDisclosureRow.fromKey(row.key()));
        for (Edition edition : Edition.values()) {
            if (row.existsIn(edition)) {
                assertEquals(Optional.of(row), ActiveDisclosureRow.fromLabel(row.label(edition), edition));
            }
        }
    }

    @Test
    void fromLabelMatchesOnlyTheEditionsLabel() {
        assertEquals(Optional.empty(), ActiveDisclosureRow.fromLabel("规范性文件", Edition.V2021));
        assertEquals(Optional.empty(), ActiveDisclosureRow.fromLabel("行政规范性文件", Edition.V2019));
        assertEquals(Optional.empty(), ActiveDisclosureRow.fromLabel("政府集中采购", Edition.V2021));
        assertEquals(Optional.empty(), ActiveDisclosureRow.fromLabel("规章 ", Edition.V2021));
        assertEquals(Optional.empty(), ActiveDisclosureRow.fromKey("Rules"));
        assertEquals(Optional.empty(), ActiveDisclosureRow.fromKey("RULES"));
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> ActiveDisclosureRow.fromKey(null));
        assertThrows(NullPointerException.class, () -> ActiveDisclosureRow.fromLabel(null, Edition.V2021));
        assertThrows(NullPointerException.class, () -> ActiveDisclosureRow.fromLabel("规章", null));
        assertThrows(NullPointerException.class, () -> RULES.label(null));
    }

    @ParameterizedTest
    @EnumSource(ActiveDisclosureRow.class)
    void belongsToT2WithUnmodifiableColumns(ActiveDisclosureRow row) {
        assertSame(ReportTable.T2, row.table());
        for (Edition edition : Edition.values()) {
            List<ActiveDisclosureColumn> columns = row.columns(edition);
            assertThrows(UnsupportedOperationException.class, () -> columns.add(DECISIONS));
            for (ActiveDisclosureColumn column : columns) {
                assertTrue(column.existsIn(edition), row.key() + "/" + column.key());
            }
        }
    }

    private static List<ActiveDisclosureRow> present(Edition edition) {
        List<ActiveDisclosureRow> rows = new ArrayList<>();
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            if (row.existsIn(edition)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> labels(Edition edition) {
        List<String> labels = new ArrayList<>();
        for (ActiveDisclosureRow row : present(edition)) {
            labels.add(row.label(edition));
        }
        return labels;
    }

    private static int cells(Edition edition) {
        int n = 0;
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            n += row.columns(edition).size();
        }
        return n;
    }
}
