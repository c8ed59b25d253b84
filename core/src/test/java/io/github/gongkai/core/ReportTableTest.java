package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTableTest {

    @Test
    void keysAndOrder() {
        List<String> keys = new ArrayList<>();
        for (ReportTable table : ReportTable.values()) {
            keys.add(table.key());
        }
        assertEquals(List.of("T2", "T3", "T4", "S6"), keys);
    }

    @Test
    void labelsAreTheSectionTitles() {
        assertEquals("二、主动公开政府信息情况", ReportTable.T2.label());
        assertEquals("三、收到和处理政府信息公开申请情况", ReportTable.T3.label());
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", ReportTable.T4.label());
        assertEquals("六、其他需要报告的事项", ReportTable.S6.label());
    }

    @ParameterizedTest
    @EnumSource(ReportTable.class)
    void rowsAndColumnsAreTheTablesOwnAllOfThemInOrderAndUnmodifiable(ReportTable table) {
        List<? extends TableRow> rows = table.rows();
        List<? extends TableColumn> columns = table.columns();
        assertSame(rows, table.rows(), "made once");
        assertSame(columns, table.columns(), "made once");
        for (int i = 0; i < rows.size(); i++) {
            assertSame(table, rows.get(i).table());
            assertEquals(i, ((Enum<?>) rows.get(i)).ordinal());
        }
        for (int i = 0; i < columns.size(); i++) {
            assertSame(table, columns.get(i).table());
            assertEquals(i, ((Enum<?>) columns.get(i)).ordinal());
        }
        int expectedRows = switch (table) {
            case T2 -> ActiveDisclosureRow.values().length;
            case T3 -> ApplicationRow.values().length;
            case T4 -> ReviewLitigationRow.values().length;
            case S6 -> FeeRow.values().length;
        };
        assertEquals(expectedRows, rows.size());
        assertThrows(UnsupportedOperationException.class, () -> rows.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> columns.remove(0));
    }

    @ParameterizedTest
    @EnumSource(ReportTable.class)
    void fromKeyRoundTrips(ReportTable table) {
        assertEquals(Optional.of(table), ReportTable.fromKey(table.key()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T1", "T5", "S5", "t3", "T3 ", "二", "T2/rules/inForce"})
    void fromKeyFindsNothingForOtherText(String key) {
        assertEquals(Optional.empty(), ReportTable.fromKey(key));
    }

    @Test
    void fromKeyRejectsNull() {
        assertThrows(NullPointerException.class, () -> ReportTable.fromKey(null));
    }

    @Test
    void rowsAndColumnsAreThoseOfBothEditions() {
        assertEquals(List.of(ActiveDisclosureRow.values()), ReportTable.T2.rows());
        assertEquals(List.of(ActiveDisclosureColumn.values()), ReportTable.T2.columns());
        assertEquals(List.of(ApplicationRow.values()), ReportTable.T3.rows());
        assertEquals(List.of(ApplicantColumn.values()), ReportTable.T3.columns());
        assertEquals(List.of(ReviewLitigationRow.values()), ReportTable.T4.rows());
        assertEquals(List.of(ReviewLitigationColumn.values()), ReportTable.T4.columns());
        assertEquals(List.of(FeeRow.values()), ReportTable.S6.rows());
        assertEquals(List.of(FeeColumn.values()), ReportTable.S6.columns());
    }

    @Test
    void sizesOverBothEditions() {
        // T2: 6 rows in 2021 plus 2 that only the 2019 edition has; 5 + 8 - 1 shared (decisions) columns.
        assertEquals(8, ReportTable.T2.rows().size());
        assertEquals(12, ReportTable.T2.columns().size());
        // T3: 25 rows in 2021 plus the 2019 edition's single （六）其他处理 row.
        assertEquals(26, ReportTable.T3.rows().size());
        assertEquals(7, ReportTable.T3.columns().size());
        assertEquals(3, ReportTable.T4.rows().size());
        assertEquals(5, ReportTable.T4.columns().size());
        assertEquals(1, ReportTable.S6.rows().size());
        assertEquals(3, ReportTable.S6.columns().size());
    }

    @ParameterizedTest
    @EnumSource(ReportTable.class)
    void rowsAndColumnsBelongToTheTable(ReportTable table) {
        for (TableRow row : table.rows()) {
            assertSame(table, row.table(), row.key());
        }
        for (TableColumn column : table.columns()) {
            assertSame(table, column.table(), column.key());
        }
    }

    @ParameterizedTest
    @EnumSource(ReportTable.class)
    void rowAndColumnLookUpEveryKey(ReportTable table) {
        for (TableRow row : table.rows()) {
            assertEquals(Optional.of(row), table.row(row.key()));
        }
        for (TableColumn column : table.columns()) {
            assertEquals(Optional.of(column), table.column(column.key()));
        }
    }

    @Test
    void rowLookUpNeedsTheFullGroupedKey() {
        assertEquals(Optional.of(ApplicationRow.WITHHELD_STATE_SECRET), ReportTable.T3.row("withheld.stateSecret"));
        assertEquals(Optional.empty(), ReportTable.T3.row("stateSecret"));
        assertEquals(Optional.empty(), ReportTable.T3.row("withheld"));
    }

    @Test
    void lookUpIsPerTable() {
        assertEquals(Optional.empty(), ReportTable.T2.row("newlyReceived"));
        assertEquals(Optional.empty(), ReportTable.T3.row("rules"));
        assertEquals(Optional.empty(), ReportTable.T2.column("naturalPerson"));
        // "total" is a column of both T3 and T4, and each finds its own.
        assertEquals(Optional.of(ApplicantColumn.TOTAL), ReportTable.T3.column("total"));
        assertEquals(Optional.of(ReviewLitigationColumn.TOTAL), ReportTable.T4.column("total"));
        assertEquals(Optional.empty(), ReportTable.S6.column("total"));
    }

    @Test
    void lookUpRejectsNull() {
        assertThrows(NullPointerException.class, () -> ReportTable.T3.row(null));
        assertThrows(NullPointerException.class, () -> ReportTable.T3.column(null));
    }

    @ParameterizedTest
    @EnumSource(ReportTable.class)
    void returnedListsAreUnmodifiable(ReportTable table) {
        assertThrows(UnsupportedOperationException.class, () -> table.rows().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> table.columns().remove(0));
    }
}
