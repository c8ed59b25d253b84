package io.github.gongkai.core;

import static io.github.gongkai.core.ActiveDisclosureColumn.AMOUNT;
import static io.github.gongkai.core.ActiveDisclosureColumn.CHANGE;
import static io.github.gongkai.core.ActiveDisclosureColumn.DECISIONS;
import static io.github.gongkai.core.ActiveDisclosureColumn.TOTAL_AMOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActiveDisclosureColumnTest {

    @Test
    void columnsOf2021WithLabels() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("issued", "本年制发件数");
        expected.put("repealed", "本年废止件数");
        expected.put("inForce", "现行有效件数");
        expected.put("decisions", "本年处理决定数量");
        expected.put("amount", "本年收费金额（单位：万元）");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(labels(Edition.V2021).entrySet()));
    }

    @Test
    void columnsOf2019WithLabels() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("newlyMade", "本年新制作数量");
        expected.put("newlyPublished", "本年新公开数量");
        expected.put("totalPublished", "对外公开总数量");
        expected.put("previousYearItems", "上一年项目数量");
        expected.put("change", "本年增/减");
        expected.put("decisions", "处理决定数量");
        expected.put("projects", "采购项目数量");
        expected.put("totalAmount", "采购总金额");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(labels(Edition.V2019).entrySet()));
    }

    @Test
    void decisionsIsSharedButLabelledPerEdition() {
        assertTrue(DECISIONS.existsIn(Edition.V2019));
        assertTrue(DECISIONS.existsIn(Edition.V2021));
        assertEquals("本年处理决定数量", DECISIONS.label(Edition.V2021));
        assertEquals("处理决定数量", DECISIONS.label(Edition.V2019));
    }

    @Test
    void valueKinds() {
        for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
            ValueKind expected = switch (column) {
                case CHANGE -> ValueKind.SIGNED_COUNT;
                case AMOUNT, TOTAL_AMOUNT -> ValueKind.AMOUNT;
                default -> ValueKind.COUNT;
            };
            assertEquals(expected, column.valueKind(), column.key());
        }
    }

    @Test
    void headerUnits() {
        // 本年收费金额（单位：万元） fixes 万元; 采购总金额 prints no unit.
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, AMOUNT.headerUnit());
        assertEquals(AmountUnit.UNSTATED, TOTAL_AMOUNT.headerUnit());
        for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
            if (column.valueKind() != ValueKind.AMOUNT) {
                assertEquals(AmountUnit.UNSTATED, column.headerUnit(), column.key());
            }
        }
    }

    @Test
    void labelInMissingEditionFailsNamingColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CHANGE.label(Edition.V2021));
        assertTrue(e.getMessage().contains("change"), e.getMessage());
        assertTrue(e.getMessage().contains("2021"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AMOUNT.label(Edition.V2019));
        assertTrue(e.getMessage().contains("amount"), e.getMessage());
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ActiveDisclosureColumn.class)
    void fromKeyAndFromLabelRoundTrip(ActiveDisclosureColumn column) {
        assertEquals(Optional.of(column), ActiveDisclosureColumn.fromKey(column.key()));
        for (Edition edition : Edition.values()) {
            if (column.existsIn(edition)) {
                assertEquals(Optional.of(column), ActiveDisclosureColumn.fromLabel(column.label(edition), edition));
            }
        }
    }

    @Test
    void fromLabelOnlyMatchesTheEditionsLabels() {
        assertEquals(Optional.empty(), ActiveDisclosureColumn.fromLabel("处理决定数量", Edition.V2021));
        assertEquals(Optional.empty(), ActiveDisclosureColumn.fromLabel("本年处理决定数量", Edition.V2019));
        assertEquals(Optional.empty(), ActiveDisclosureColumn.fromLabel("本年收费金额", Edition.V2021));
        assertEquals(Optional.empty(), ActiveDisclosureColumn.fromKey("total"));
    }

    @ParameterizedTest
    @EnumSource(ActiveDisclosureColumn.class)
    void everyColumnIsUsedExactlyInTheEditionsWhereItExists(ActiveDisclosureColumn column) {
        assertSame(ReportTable.T2, column.table());
        for (Edition edition : Edition.values()) {
            boolean used = false;
            for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
                used |= row.columns(edition).contains(column);
            }
            assertEquals(column.existsIn(edition), used, column.key() + " in " + edition);
        }
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> ActiveDisclosureColumn.fromKey(null));
        assertThrows(NullPointerException.class, () -> ActiveDisclosureColumn.fromLabel("现行有效件数", null));
        assertThrows(NullPointerException.class, () -> DECISIONS.existsIn(null));
    }

    private static Map<String, String> labels(Edition edition) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<ActiveDisclosureColumn> present = new ArrayList<>();
        for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
            if (column.existsIn(edition)) {
                present.add(column);
            }
        }
        for (ActiveDisclosureColumn column : present) {
            labels.put(column.key(), column.label(edition));
        }
        return labels;
    }
}
