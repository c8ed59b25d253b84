package io.github.gongkai.core;

import static io.github.gongkai.core.ApplicationRow.CARRIED_FORWARD;
import static io.github.gongkai.core.ApplicationRow.CARRIED_OVER;
import static io.github.gongkai.core.ApplicationRow.NEWLY_RECEIVED;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_OTHER;
import static io.github.gongkai.core.ApplicationRow.OUTCOME_TOTAL;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_STATE_SECRET;
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

class ApplicationRowTest {

    /** The 2021 edition's rows as the spec numbers them 1 to 25. */
    private static final List<String> KEYS_2021 = List.of("newlyReceived", "carriedOver", "disclosed",
            "partiallyDisclosed", "withheld.stateSecret", "withheld.prohibitedByLaw",
            "withheld.endangersSecurityOrStability", "withheld.thirdPartyRights", "withheld.internalAffairs",
            "withheld.deliberativeProcess", "withheld.lawEnforcementFile", "withheld.administrativeQuery",
            "unableToProvide.notHeld", "unableToProvide.requiresCreation", "unableToProvide.unclearAfterCorrection",
            "notProcessed.petitionOrComplaint", "notProcessed.duplicate", "notProcessed.publication",
            "notProcessed.excessiveRepeated", "notProcessed.confirmationOfObtained", "otherDisposal.correctionOverdue",
            "otherDisposal.feeUnpaid", "otherDisposal.other", "outcomeTotal", "carriedForward");

    @Test
    void headingsPrintedWithTheRows() {
        assertEquals("三、本年度办理结果", ApplicationRow.RESULTS_LABEL);
        assertTrue(ApplicationRow.BALANCE_NOTE.contains("第一项加第二项之和，等于第三项加第四项之和"));
    }

    @Test
    void rowsOf2021() {
        assertEquals(25, ApplicationRow.rows(Edition.V2021).size());
        assertEquals(KEYS_2021, keys(ApplicationRow.rows(Edition.V2021)));
    }

    @Test
    void rowsOf2019HaveOneOtherDisposalRow() {
        List<String> expected = new ArrayList<>(KEYS_2021);
        int at = expected.indexOf("otherDisposal.correctionOverdue");
        expected.removeIf(key -> key.startsWith("otherDisposal."));
        expected.add(at, "otherDisposal");
        assertEquals(23, ApplicationRow.rows(Edition.V2019).size());
        assertEquals(expected, keys(ApplicationRow.rows(Edition.V2019)));
    }

    @Test
    void cellCounts() {
        assertEquals(175, cells(Edition.V2021));
        assertEquals(161, cells(Edition.V2019));
    }

    @Test
    void labelsAsPrinted() {
        assertEquals("一、本年新收政府信息公开申请数量", NEWLY_RECEIVED.label());
        assertEquals("二、上年结转政府信息公开申请数量", CARRIED_OVER.label());
        assertEquals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ApplicationRow.PARTIALLY_DISCLOSED.label());
        assertEquals("1.属于国家秘密", WITHHELD_STATE_SECRET.label());
        assertEquals("3.危及“三安全一稳定”", ApplicationRow.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY.label());
        assertEquals("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", OTHER_DISPOSAL_FEE_UNPAID.label());
        assertEquals("（六）其他处理", OTHER_DISPOSAL.label());
        assertEquals("（七）总计", OUTCOME_TOTAL.label());
        assertEquals("四、结转下年度继续办理", CARRIED_FORWARD.label());
    }

    @Test
    void qualifiedLabelPutsTheGroupFirst() {
        assertEquals("（三）不予公开 1.属于国家秘密", WITHHELD_STATE_SECRET.qualifiedLabel());
        assertEquals("（三）不予公开 1.属于国家秘密", WITHHELD_STATE_SECRET.qualifiedLabel(Edition.V2019));
        assertEquals("（六）其他处理 3.其他", OTHER_DISPOSAL_OTHER.qualifiedLabel(Edition.V2021));
        assertEquals("（六）其他处理", OTHER_DISPOSAL.qualifiedLabel(Edition.V2019));
        assertEquals("（七）总计", OUTCOME_TOTAL.qualifiedLabel());
    }

    @Test
    void groupsAndShortKeys() {
        assertEquals(Optional.of(ApplicationGroup.WITHHELD), WITHHELD_STATE_SECRET.group());
        assertEquals("stateSecret", WITHHELD_STATE_SECRET.shortKey());
        assertEquals(Optional.of(ApplicationGroup.OTHER_DISPOSAL), OTHER_DISPOSAL_FEE_UNPAID.group());
        assertEquals("feeUnpaid", OTHER_DISPOSAL_FEE_UNPAID.shortKey());
        assertEquals(Optional.empty(), OTHER_DISPOSAL.group());
        assertEquals("otherDisposal", OTHER_DISPOSAL.shortKey());
        assertEquals(Optional.empty(), NEWLY_RECEIVED.group());
        assertEquals(NEWLY_RECEIVED.key(), NEWLY_RECEIVED.shortKey());
    }

    @Test
    void existsInPerEdition() {
        assertTrue(OTHER_DISPOSAL.existsIn(Edition.V2019));
        assertFalse(OTHER_DISPOSAL.existsIn(Edition.V2021));
        for (ApplicationRow row : List.of(OTHER_DISPOSAL_CORRECTION_OVERDUE, OTHER_DISPOSAL_FEE_UNPAID,
                OTHER_DISPOSAL_OTHER)) {
            assertTrue(row.existsIn(Edition.V2021), row.key());
            assertFalse(row.existsIn(Edition.V2019), row.key());
        }
    }

    @Test
    void labelInMissingEditionFailsNamingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OTHER_DISPOSAL_FEE_UNPAID.label(Edition.V2019));
        assertTrue(e.getMessage().contains("T3/otherDisposal.feeUnpaid"), e.getMessage());
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OTHER_DISPOSAL.label(Edition.V2021));
        assertThrows(IllegalArgumentException.class, () -> OTHER_DISPOSAL.qualifiedLabel(Edition.V2021));
    }

    @Test
    void kinds() {
        assertEquals(ApplicationRow.Kind.INFLOW, NEWLY_RECEIVED.kind());
        assertEquals(ApplicationRow.Kind.INFLOW, CARRIED_OVER.kind());
        assertEquals(ApplicationRow.Kind.OUTCOME_TOTAL, OUTCOME_TOTAL.kind());
        assertEquals(ApplicationRow.Kind.OUTFLOW, CARRIED_FORWARD.kind());
        assertEquals(ApplicationRow.Kind.OUTCOME, OTHER_DISPOSAL.kind());
        assertEquals(ApplicationRow.Kind.OUTCOME, OTHER_DISPOSAL_OTHER.kind());
    }

    @Test
    void outcomesOf2021AreRows3To23() {
        assertEquals(KEYS_2021.subList(2, 23), keys(ApplicationRow.outcomes(Edition.V2021)));
    }

    @Test
    void outcomesOf2019AreTheRowsBeforeTheTotal() {
        List<ApplicationRow> rows = ApplicationRow.rows(Edition.V2019);
        assertEquals(rows.subList(2, rows.indexOf(OUTCOME_TOTAL)), ApplicationRow.outcomes(Edition.V2019));
        assertEquals(19, ApplicationRow.outcomes(Edition.V2019).size());
        assertTrue(ApplicationRow.outcomes(Edition.V2019).contains(OTHER_DISPOSAL));
    }

    @Test
    void everyRowHasTheSevenApplicantColumnsWhereItExists() {
        for (ApplicationRow row : ApplicationRow.values()) {
            for (Edition edition : Edition.values()) {
                List<ApplicantColumn> expected = row.existsIn(edition) ? List.of(ApplicantColumn.values()) : List.of();
                assertEquals(expected, row.columns(edition), row.key() + " in " + edition);
            }
            assertSame(ReportTable.T3, row.table());
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicationRow.class)
    void fromKeyAndFromLabelRoundTrip(ApplicationRow row) {
        assertEquals(Optional.of(row), ApplicationRow.fromKey(row.key()));
        for (Edition edition : Edition.values()) {
            if (row.existsIn(edition)) {
                assertEquals(row.label(), row.label(edition));
                assertEquals(Optional.of(row), ApplicationRow.fromLabel(row.label(), edition));
            } else {
                assertEquals(Optional.empty(), ApplicationRow.fromLabel(row.label(), edition));
            }
        }
    }

    @Test
    void lookUpsFindNothingForOtherText() {
        assertEquals(Optional.empty(), ApplicationRow.fromKey("stateSecret"));
        assertEquals(Optional.empty(), ApplicationRow.fromKey("withheld"));
        assertEquals(Optional.empty(), ApplicationRow.fromLabel("（三）不予公开", Edition.V2021));
        assertEquals(Optional.empty(), ApplicationRow.fromLabel("三、本年度办理结果", Edition.V2021));
        assertEquals(Optional.empty(), ApplicationRow.fromLabel("1. 属于国家秘密", Edition.V2021));
        assertEquals("key", assertThrows(NullPointerException.class, () -> ApplicationRow.fromKey(null)).getMessage());
        assertThrows(NullPointerException.class, () -> ApplicationRow.rows(null), "it returned null");
        assertThrows(NullPointerException.class, () -> ApplicationRow.outcomes(null));
        assertEquals("label", assertThrows(NullPointerException.class,
                () -> ApplicationRow.fromLabel(null, Edition.V2021)).getMessage(), "named as the parameter is");
        assertThrows(NullPointerException.class, () -> ApplicationRow.fromLabel("（七）总计", null));
        assertThrows(NullPointerException.class, () -> NEWLY_RECEIVED.existsIn(null));
    }

    @Test
    void keysAreUnique() {
        List<String> keys = keys(List.of(ApplicationRow.values()));
        assertEquals(keys.size(), keys.stream().distinct().count());
    }

    @Test
    void listsAreUnmodifiable() {
        for (Edition edition : Edition.values()) {
            assertThrows(UnsupportedOperationException.class, () -> ApplicationRow.rows(edition).remove(0));
            assertThrows(UnsupportedOperationException.class, () -> ApplicationRow.outcomes(edition).remove(0));
            assertThrows(UnsupportedOperationException.class, () -> NEWLY_RECEIVED.columns(edition).remove(0));
        }
    }

    private static List<String> keys(List<ApplicationRow> rows) {
        List<String> keys = new ArrayList<>();
        for (ApplicationRow row : rows) {
            keys.add(row.key());
        }
        return keys;
    }

    private static int cells(Edition edition) {
        int n = 0;
        for (ApplicationRow row : ApplicationRow.values()) {
            n += row.columns(edition).size();
        }
        return n;
    }
}
