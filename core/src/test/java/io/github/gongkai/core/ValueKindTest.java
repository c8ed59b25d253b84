package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which columns hold which kind of value, over every table of both editions. */
class ValueKindTest {

    @Test
    void onlyThe2019ChangeColumnIsSigned() {
        assertEquals(List.of("T2/change"), columnsOf(ValueKind.SIGNED_COUNT));
    }

    @Test
    void amountColumns() {
        // 本年收费金额, 采购总金额 and the two fee amounts of section 六.
        assertEquals(List.of("T2/amount", "T2/totalAmount", "S6/amountNoticed", "S6/amountCollected"),
                columnsOf(ValueKind.AMOUNT));
    }

    @Test
    void everythingElseIsACount() {
        int columns = 0;
        for (ReportTable table : ReportTable.values()) {
            columns += table.columns().size();
        }
        assertEquals(columns - 5, columnsOf(ValueKind.COUNT).size());
        assertEquals(List.of(ValueKind.COUNT, ValueKind.SIGNED_COUNT, ValueKind.AMOUNT), List.of(ValueKind.values()));
    }

    @Test
    void onlyAmountColumnsMayFixAUnit() {
        for (ReportTable table : ReportTable.values()) {
            for (TableColumn column : table.columns()) {
                if (column.valueKind() != ValueKind.AMOUNT) {
                    assertEquals(AmountUnit.UNSTATED, column.headerUnit(), table.key() + "/" + column.key());
                }
            }
        }
    }

    private static List<String> columnsOf(ValueKind kind) {
        List<String> found = new ArrayList<>();
        for (ReportTable table : ReportTable.values()) {
            for (TableColumn column : table.columns()) {
                if (column.valueKind() == kind) {
                    found.add(table.key() + "/" + column.key());
                }
            }
        }
        return found;
    }
}
