package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Edition;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static Object t3(Edition edition, String label) {
        Labels.Alias alias = Labels.suffix(Labels.of(edition).t3, Text.labelKey(label));
        return alias == null ? null : alias.target();
    }

    @Test
    void aRowIsNamedByTheEndOfTheTextBeforeItsNumbers() {
        assertEquals(ApplicationRow.DISCLOSED, t3(Edition.V2021, "三、本年度办理结果（一）予以公开"));
        assertEquals(ApplicationRow.WITHHELD_STATE_SECRET, t3(Edition.V2021, "（三）不予公开 1. 属于国家秘密："));
        assertEquals(ApplicationRow.CARRIED_FORWARD, t3(Edition.V2021, "四、结转下一年度继续办理"));
        assertNull(t3(Edition.V2021, "予以公开情况说明如下"));
    }

    @Test
    void aLabelsEnumerationCommaMayBePrintedAsAComma() {
        // Converters and retyped tables print the 、 inside the two （六） labels as a comma, full-width or not.
        for (String comma : List.of("，", ",", ", ")) {
            assertEquals(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE, t3(Edition.V2021,
                    "1. 申请人无正当理由逾期不补正" + comma + "行政机关不再处理其政府信息公开申请"), comma);
            assertEquals(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, t3(Edition.V2021,
                    "2.申请人逾期未按收费通知要求缴纳费用" + comma + "行政机关不再处理其政府信息公开申请"), comma);
        }
        // The part both share names neither.
        assertNull(t3(Edition.V2021, "，行政机关不再处理其政府信息公开申请"));
    }

    @Test
    void aRowLabelThatIsAlsoAColumnHeaderNeedsItsMarker() {
        // The column headers 总计 and 其他 print the same words as the rows （七）总计 and 3.其他: printed alone before
        // numbers (a table read column by column, as pdftotext prints one by default) they name no row.
        for (String marked : List.of("（七）总计", "(七)总计", "七、总计", "7.总计", "（7）总计", "三、本年度办理结果（七）总计")) {
            assertEquals(ApplicationRow.OUTCOME_TOTAL, t3(Edition.V2021, marked), marked);
            assertEquals(ApplicationRow.OUTCOME_TOTAL, t3(Edition.V2019, marked), marked);
        }
        assertNull(t3(Edition.V2021, "总计"));
        assertNull(t3(Edition.V2021, "社会公益组织法律服务机构其他总计"));
        assertEquals(ApplicationRow.OTHER_DISPOSAL_OTHER, t3(Edition.V2021, "3.其他"));
        assertEquals(ApplicationRow.OTHER_DISPOSAL_OTHER, t3(Edition.V2021, "（六）其他处理 3. 其他"));
        assertNull(t3(Edition.V2021, "其他"));
        assertNull(t3(Edition.V2021, "法律服务机构其他"));
    }

    @Test
    void onlyLabelsThatAreColumnHeadersNeedTheirMarker() {
        for (Edition edition : Edition.values()) {
            for (Labels.Alias alias : Labels.of(edition).t3.all) {
                boolean header = false;
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    header |= Text.labelKey(column.label()).equals(alias.key());
                }
                assertEquals(header, alias.markerRequired(), alias.key());
            }
            for (Labels.Aliases aliases : List.of(Labels.of(edition).t2, Labels.of(edition).t4)) {
                for (Labels.Alias alias : aliases.all) {
                    assertFalse(alias.markerRequired(), alias.key());
                }
            }
        }
    }

    @Test
    void piecesOfTheLeftColumnsLabelsAreGroupPieces() {
        Labels labels = Labels.of(Edition.V2021);
        for (String piece : List.of("年度办", "理结果", "三、本", "其", "他处理", "不予", "法提供", "(五)不")) {
            assertTrue(labels.isGroupPiece(piece), piece);
        }
        for (String text : List.of("部分公开", "年度办(二)", "申请人", "其他法律")) {
            assertFalse(labels.isGroupPiece(text), text);
        }
        assertFalse(Labels.of(Edition.V2019).isGroupPiece("他处理"), "2019's （六） is a row, not a group");
    }

    @Test
    void aMarkerEndsTheTextBeforeALabel() {
        assertTrue(Labels.endsWithMarker("(七)总计", 3));
        assertTrue(Labels.endsWithMarker("七、总计", 2));
        assertTrue(Labels.endsWithMarker("3.其他", 2));
        assertTrue(Labels.endsWithMarker("(六)其他处理3.其他", 9));
        assertFalse(Labels.endsWithMarker("总计", 0));
        assertFalse(Labels.endsWithMarker("其他总计", 2));
        assertFalse(Labels.endsWithMarker("共7总计", 2), "a numeral without its stop is no marker");
        assertFalse(Labels.endsWithMarker("2021.总计", 5), "nor four digits");
    }
}
