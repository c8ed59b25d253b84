package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellRefTest {

    @Test
    void aMessageQuotesTheTextWithItsControlCharactersEscaped() {
        // A reference can come from a command line or a document: no terminal escape reaches a log through it.
        for (String hostile : new String[] {"T3/x\u001b[2J/total", "T9\u0085/a/b", "T3/newlyReceived/\u009b1m",
                "a\u0000b"}) {
            String message = assertThrows(IllegalArgumentException.class, () -> CellRef.parse(hostile)).getMessage();
            assertTrue(message.chars().noneMatch(Character::isISOControl), message);
        }
        assertEquals("cell reference 'T3/x\\u001b[2J/total': table T3 has no row 'x\\u001b[2J'",
                assertThrows(IllegalArgumentException.class, () -> CellRef.parse("T3/x\u001b[2J/total")).getMessage());
        String edition = assertThrows(IllegalArgumentException.class, () -> Edition.parse("20\u001b19")).getMessage();
        assertEquals("unknown edition '20\\u001b19': expected \"2019\" or \"2021\"", edition);
    }

    /** The cells of the corpus' expected CSV files, which list every cell of a report in canonical order. */
    private static List<String> corpusCells(Edition edition) {
        String file = edition == Edition.V2021 ? "corpus/000_5f5cda31151d78ea.expected.csv"
                : "corpus/009_pingtan_2019.expected.csv";
        List<String> cells = new ArrayList<>();
        for (List<String> record : TestResources.csv(file)) {
            cells.add(record.get(0));
        }
        return cells;
    }

    static List<Arguments> everyCellOfBothEditions() {
        List<Arguments> cells = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            for (CellRef ref : CellRef.all(edition)) {
                cells.add(Arguments.of(edition, ref));
            }
        }
        return cells;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCellOfBothEditions")
    void parseAndToStringRoundTrip(Edition edition, CellRef ref) {
        String text = ref.toString();
        CellRef parsed = CellRef.parse(text);
        assertEquals(ref, parsed);
        assertEquals(ref.hashCode(), parsed.hashCode());
        assertEquals(text, parsed.toString());
        assertTrue(parsed.existsIn(edition));
        assertEquals(text, ref.table().key() + "/" + ref.row().key() + "/" + ref.column().key());
    }

    @Test
    void allHas203CellsIn2021And198In2019() {
        assertEquals(203, CellRef.all(Edition.V2021).size());
        assertEquals(198, CellRef.all(Edition.V2019).size());
    }

    @Test
    void cellsPerTable() {
        assertEquals(Map.of(ReportTable.T2, 10, ReportTable.T3, 175, ReportTable.T4, 15, ReportTable.S6, 3),
                perTable(Edition.V2021));
        assertEquals(Map.of(ReportTable.T2, 22, ReportTable.T3, 161, ReportTable.T4, 15), perTable(Edition.V2019));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void allMatchesTheCorpusListOfCellsInOrder(Edition edition) {
        List<String> actual = new ArrayList<>();
        for (CellRef ref : CellRef.all(edition)) {
            actual.add(ref.toString());
        }
        assertEquals(corpusCells(edition), actual);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void allIsSortedWithoutDuplicates(Edition edition) {
        List<CellRef> all = CellRef.all(edition);
        assertEquals(all.size(), new HashSet<>(all).size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).compareTo(all.get(i)) < 0, all.get(i - 1) + " before " + all.get(i));
            assertTrue(all.get(i).compareTo(all.get(i - 1)) > 0, all.get(i) + " after " + all.get(i - 1));
        }
        List<CellRef> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(42));
        Collections.sort(shuffled);
        assertEquals(all, shuffled);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void allIsUnmodifiable(Edition edition) {
        List<CellRef> all = CellRef.all(edition);
        assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> all.add(CellRef.parse("T2/rules/inForce")));
    }

    @Test
    void allOfOneEditionExistsOnlyWhereItShould() {
        for (Edition edition : Edition.values()) {
            for (CellRef ref : CellRef.all(edition)) {
                assertTrue(ref.existsIn(edition), ref + " in " + edition);
            }
        }
        List<CellRef> only2019 = new ArrayList<>(CellRef.all(Edition.V2019));
        only2019.removeAll(CellRef.all(Edition.V2021));
        for (CellRef ref : only2019) {
            assertFalse(ref.existsIn(Edition.V2021), ref.toString());
        }
        // T2 differs entirely except for the decisions of licensing, punishment and coercion; T3 differs by
        // the one 其他处理 row against three; T4 is the same.
        assertEquals(22 - 3 + 7, only2019.size());
    }

    @Test
    void printedOrder() {
        assertTrue(ref("T2/administrativeFees/amount").compareTo(ref("T3/newlyReceived/naturalPerson")) < 0);
        assertTrue(ref("T3/carriedForward/total").compareTo(ref("T4/administrativeReview/upheld")) < 0);
        assertTrue(ref("T4/litigationAfterReview/total").compareTo(ref("S6/informationProcessingFees/noticesIssued"))
                < 0);
        // Rows and columns order as printed, not alphabetically.
        assertTrue(ref("T3/newlyReceived/total").compareTo(ref("T3/carriedOver/naturalPerson")) < 0);
        assertTrue(ref("T3/withheld.stateSecret/total").compareTo(ref("T3/withheld.prohibitedByLaw/naturalPerson"))
                < 0);
        assertTrue(ref("T3/disclosed/naturalPerson").compareTo(ref("T3/disclosed/commercialEnterprise")) < 0);
        assertTrue(ref("T4/administrativeReview/upheld").compareTo(ref("T4/administrativeReview/corrected")) < 0);
        assertTrue(ref("T2/rules/inForce").compareTo(ref("T2/normativeDocuments/issued")) < 0);
        assertEquals(0, ref("T3/outcomeTotal/total").compareTo(ref("T3/outcomeTotal/total")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"T3/withheld.stateSecret/naturalPerson", "T3/newlyReceived/total",
        "T4/administrativeReview/pending", "T2/rules/inForce", "S6/informationProcessingFees/amountCollected",
        "T3/otherDisposal.feeUnpaid/naturalPerson", "T3/otherDisposal/total", "T2/licensing/change"})
    void examplesOfTheSpecParse(String text) {
        CellRef ref = CellRef.parse(text);
        assertEquals(text, ref.toString());
        String[] parts = text.split("/");
        assertEquals(parts[0], ref.table().key());
        assertEquals(parts[1], ref.row().key());
        assertEquals(parts[2], ref.column().key());
    }

    @Test
    void parsedRefsPointAtTheEnumConstants() {
        CellRef ref = CellRef.parse("T3/withheld.stateSecret/naturalPerson");
        assertSame(ApplicationRow.WITHHELD_STATE_SECRET, ref.row());
        assertSame(ApplicantColumn.NATURAL_PERSON, ref.column());
        assertSame(ReportTable.T3, ref.table());
        assertEquals(CellRef.of(ApplicationRow.WITHHELD_STATE_SECRET, ApplicantColumn.NATURAL_PERSON), ref);
        assertEquals(new CellRef(ApplicationRow.WITHHELD_STATE_SECRET, ApplicantColumn.NATURAL_PERSON), ref);
    }

    @Test
    void parseAcceptsRefsOfEitherEdition() {
        CellRef only2019 = CellRef.parse("T3/otherDisposal/naturalPerson");
        assertTrue(only2019.existsIn(Edition.V2019));
        assertFalse(only2019.existsIn(Edition.V2021));
        CellRef only2021 = CellRef.parse("S6/informationProcessingFees/noticesIssued");
        assertTrue(only2021.existsIn(Edition.V2021));
        assertFalse(only2021.existsIn(Edition.V2019));
        CellRef decisions2019 = CellRef.parse("T2/otherExternalServices/decisions");
        assertTrue(decisions2019.existsIn(Edition.V2019));
        assertFalse(decisions2019.existsIn(Edition.V2021));
    }

    @Test
    void parseNamesAnUnknownTable() {
        assertParseError("T9/rules/inForce", "'T9'");
        assertParseError("t3/newlyReceived/total", "'t3'");
        assertParseError(" T3/newlyReceived/total", "' T3'");
    }

    @Test
    void parseNamesAnUnknownRow() {
        assertParseError("T3/stateSecret/naturalPerson", "'stateSecret'");
        assertParseError("T3/withheld/naturalPerson", "'withheld'");
        assertParseError("T2/newlyReceived/total", "'newlyReceived'");
        assertParseError("T3//total", "''");
        assertParseError("T3/newlyreceived/total", "'newlyreceived'");
    }

    @Test
    void parseNamesAnUnknownColumn() {
        assertParseError("T3/newlyReceived/Total", "'Total'");
        assertParseError("T3/newlyReceived/inForce", "'inForce'");
        assertParseError("T2/rules/naturalPerson", "'naturalPerson'");
        assertParseError("T3/newlyReceived/", "''");
    }

    @Test
    void parseNamesARowAndColumnThatNeverMeet() {
        IllegalArgumentException e = assertParseError("T2/rules/decisions", "'decisions'");
        assertTrue(e.getMessage().contains("T2/rules"), e.getMessage());
        assertParseError("T2/administrativeFees/decisions", "'decisions'");
        assertParseError("T2/centralizedProcurement/amount", "'amount'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T3", "T3/newlyReceived", "T3/newlyReceived/total/", "T3/newlyReceived/total/x",
        "T3.newlyReceived.total", "T3\\newlyReceived\\total"})
    void parseRequiresThreeParts(String text) {
        assertParseError(text, "TABLE/ROW/COLUMN");
    }

    @Test
    void parseRejectsNull() {
        assertThrows(NullPointerException.class, () -> CellRef.parse(null));
    }

    @Test
    void parseAcceptsAnyCharSequence() {
        assertEquals(ref("T2/rules/inForce"), CellRef.parse(new StringBuilder("T2/rules/inForce")));
    }

    @Test
    void constructorRejectsRowAndColumnOfDifferentTables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CellRef(ApplicationRow.NEWLY_RECEIVED, ReviewLitigationColumn.TOTAL));
        assertTrue(e.getMessage().contains("T3/newlyReceived"), e.getMessage());
        assertTrue(e.getMessage().contains("total"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CellRef.of(ActiveDisclosureRow.RULES, ApplicantColumn.NATURAL_PERSON));
    }

    @Test
    void constructorRejectsACellOfNoEdition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CellRef.of(ActiveDisclosureRow.RULES, ActiveDisclosureColumn.DECISIONS));
        assertTrue(e.getMessage().contains("T2/rules"), e.getMessage());
        assertTrue(e.getMessage().contains("decisions"), e.getMessage());
        // The 2019 row does not have the 2021 sub-rows' columns either way round: only the 2019 columns.
        assertThrows(IllegalArgumentException.class,
                () -> CellRef.of(ActiveDisclosureRow.CENTRALIZED_PROCUREMENT, ActiveDisclosureColumn.AMOUNT));
    }

    @Test
    void constructorRejectsNulls() {
        assertThrows(NullPointerException.class, () -> new CellRef(null, ApplicantColumn.TOTAL));
        assertThrows(NullPointerException.class, () -> new CellRef(ApplicationRow.NEWLY_RECEIVED, null));
    }

    @Test
    void equalityIsByRowAndColumn() {
        assertEquals(ref("T3/newlyReceived/total"), CellRef.of(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL));
        assertNotEquals(ref("T3/newlyReceived/total"), ref("T3/carriedOver/total"));
        assertNotEquals(ref("T3/newlyReceived/total"), ref("T3/newlyReceived/naturalPerson"));
        // "total" is a column of T3 and of T4, and the two are different cells.
        assertNotEquals(ref("T4/administrativeReview/total").column(), ref("T3/newlyReceived/total").column());
    }

    @Test
    void labelsNameTheRowWithItsHeadingAndTheColumn() {
        assertEquals("（三）不予公开 1.属于国家秘密 / 自然人",
                ref("T3/withheld.stateSecret/naturalPerson").label(Edition.V2021));
        assertEquals("行政诉讼 复议后起诉 / 尚未审结", ref("T4/litigationAfterReview/pending").label(Edition.V2019));
        assertEquals("第二十条第（一）项 规章 / 现行有效件数", ref("T2/rules/inForce").label(Edition.V2021));
        assertEquals("信息处理费 / 实际收取的总金额",
                ref("S6/informationProcessingFees/amountCollected").label(Edition.V2021));
        assertEquals("第二十条第（五）项 行政许可 / 处理决定数量", ref("T2/licensing/decisions").label(Edition.V2019));
        assertEquals("第二十条第（五）项 行政许可 / 本年处理决定数量", ref("T2/licensing/decisions").label(Edition.V2021));
    }

    @Test
    void labelFallsBackToTheEditionThatHasTheCell() {
        assertEquals("（六）其他处理 / 总计", ref("T3/otherDisposal/total").label(Edition.V2021));
        assertEquals("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 / 自然人",
                ref("T3/otherDisposal.feeUnpaid/naturalPerson").label(Edition.V2019));
        assertEquals("第二十条第（一）项 行政规范性文件 / 本年制发件数", ref("T2/normativeDocuments/issued").label(Edition.V2019));
        assertEquals("第二十条第（一）项 规范性文件 / 本年新制作数量",
                ref("T2/normativeDocuments/newlyMade").label(Edition.V2021));
        assertEquals("信息处理费 / 总金额", ref("S6/informationProcessingFees/amountNoticed").label(Edition.V2019));
    }

    @Test
    void describeGivesTheReferenceAndItsLabels() {
        assertEquals("T3/withheld.stateSecret/naturalPerson（（三）不予公开 1.属于国家秘密 / 自然人）",
                ref("T3/withheld.stateSecret/naturalPerson").describe(Edition.V2021));
        assertEquals("T4/administrativeReview/pending（行政复议 / 尚未审结）",
                ref("T4/administrativeReview/pending").describe(Edition.V2019));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCellOfBothEditions")
    void everyCellHasALabelInEitherEdition(Edition edition, CellRef ref) {
        for (Edition preferred : Edition.values()) {
            String label = ref.label(preferred);
            assertTrue(label.contains(" / "), label);
            assertTrue(ref.describe(preferred).startsWith(ref + "（"), ref.describe(preferred));
        }
    }

    private static CellRef ref(String text) {
        return CellRef.parse(text);
    }

    private static IllegalArgumentException assertParseError(String text, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellRef.parse(text));
        assertTrue(e.getMessage().contains(named), "message should name " + named + ": " + e.getMessage());
        return e;
    }

    private static Map<ReportTable, Integer> perTable(Edition edition) {
        Map<ReportTable, Integer> counts = new EnumMap<>(ReportTable.class);
        for (CellRef ref : CellRef.all(edition)) {
            counts.merge(ref.table(), 1, Integer::sum);
        }
        return counts;
    }
}
