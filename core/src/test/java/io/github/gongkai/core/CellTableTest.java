package io.github.gongkai.core;

import io.github.gongkai.core.internal.CoreAccess;
import static io.github.gongkai.core.ApplicantColumn.NATURAL_PERSON;
import static io.github.gongkai.core.ApplicantColumn.TOTAL;
import static io.github.gongkai.core.ApplicationRow.CARRIED_OVER;
import static io.github.gongkai.core.ApplicationRow.NEWLY_RECEIVED;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CellTableTest {

    private static Report.Builder builder(Edition edition) {
        return Report.builder(edition).organName("某县人民政府").reportYear(edition.firstReportYear());
    }

    private static Report empty(Edition edition) {
        return builder(edition).build();
    }

    @Test
    void identity() {
        Report report = empty(Edition.V2019);
        assertSame(ReportTable.T2, report.activeDisclosure().table());
        assertSame(ReportTable.T3, report.applications().table());
        assertSame(ReportTable.T4, report.reviewLitigation().table());
        assertSame(ReportTable.S6, report.fees().table());
        assertSame(Edition.V2019, report.applications().edition());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void rowsAreTheEditionsRows(Edition edition) {
        Report report = empty(edition);
        assertEquals(ApplicationRow.rows(edition), report.applications().rows());
        assertEquals(List.of(ReviewLitigationRow.values()), report.reviewLitigation().rows());
        List<ActiveDisclosureRow> t2 = new ArrayList<>();
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            if (row.existsIn(edition)) {
                t2.add(row);
            }
        }
        assertEquals(t2, report.activeDisclosure().rows());
        assertEquals(edition == Edition.V2021 ? 6 : 8, report.activeDisclosure().rows().size());
    }

    @Test
    void feeTableOf2019HasNoRowsOrColumns() {
        Report report = empty(Edition.V2019);
        assertEquals(List.of(), report.fees().rows());
        assertEquals(List.of(), report.fees().columns());
        assertEquals(List.of(), report.fees().cells());
        assertFalse(report.fees().contains(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_NOTICED));
    }

    @Test
    void columnsAreThoseTheEditionsRowsHave() {
        Report r2021 = empty(Edition.V2021);
        assertEquals(List.of(ActiveDisclosureColumn.ISSUED, ActiveDisclosureColumn.REPEALED,
                ActiveDisclosureColumn.IN_FORCE, ActiveDisclosureColumn.DECISIONS, ActiveDisclosureColumn.AMOUNT),
                r2021.activeDisclosure().columns());
        assertEquals(List.of(FeeColumn.values()), r2021.fees().columns());
        Report r2019 = empty(Edition.V2019);
        assertEquals(List.of(ActiveDisclosureColumn.NEWLY_MADE, ActiveDisclosureColumn.NEWLY_PUBLISHED,
                ActiveDisclosureColumn.TOTAL_PUBLISHED, ActiveDisclosureColumn.PREVIOUS_YEAR_ITEMS,
                ActiveDisclosureColumn.CHANGE, ActiveDisclosureColumn.DECISIONS, ActiveDisclosureColumn.PROJECTS,
                ActiveDisclosureColumn.TOTAL_AMOUNT), r2019.activeDisclosure().columns());
        for (Report report : List.of(r2021, r2019)) {
            assertEquals(List.of(ApplicantColumn.values()), report.applications().columns());
            assertEquals(List.of(ReviewLitigationColumn.values()), report.reviewLitigation().columns());
        }
    }

    @Test
    void columnsOfARow() {
        Report report = empty(Edition.V2019);
        CellTable<ActiveDisclosureRow, ActiveDisclosureColumn> t2 = report.activeDisclosure();
        assertEquals(List.of(ActiveDisclosureColumn.PROJECTS, ActiveDisclosureColumn.TOTAL_AMOUNT),
                t2.columns(ActiveDisclosureRow.CENTRALIZED_PROCUREMENT));
        assertEquals(List.of(ApplicantColumn.values()), report.applications().columns(OTHER_DISPOSAL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> report.applications().columns(OTHER_DISPOSAL_FEE_UNPAID));
        assertTrue(e.getMessage().contains("otherDisposal.feeUnpaid"), e.getMessage());
        Report r2021 = empty(Edition.V2021);
        assertThrows(IllegalArgumentException.class,
                () -> r2021.activeDisclosure().columns(ActiveDisclosureRow.CENTRALIZED_PROCUREMENT));
    }

    @Test
    void containsExactlyTheEditionsCells() {
        for (Edition edition : Edition.values()) {
            Report report = empty(edition);
            for (ApplicationRow row : ApplicationRow.values()) {
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    assertEquals(row.existsIn(edition), report.applications().contains(row, column), row.key());
                }
            }
            for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
                for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
                    assertEquals(row.columns(edition).contains(column), report.activeDisclosure().contains(row, column),
                            row.key() + "/" + column.key());
                }
            }
        }
    }

    @Test
    void neverSetCellsAreBlank() {
        CellTable<ApplicationRow, ApplicantColumn> t3 = empty(Edition.V2021).applications();
        assertEquals(CellValue.blank(), t3.get(NEWLY_RECEIVED, NATURAL_PERSON));
        for (Cell cell : t3.cells()) {
            assertEquals(CellValue.blank(), cell.value(), cell.ref().toString());
        }
    }

    @Test
    void getOfACellTheEditionLacksFailsNamingIt() {
        Report report = empty(Edition.V2021);
        InvalidCellException e = assertThrows(InvalidCellException.class,
                () -> report.applications().get(OTHER_DISPOSAL, TOTAL));
        assertEquals(CellRef.parse("T3/otherDisposal/total"), e.cell());
        assertTrue(e.getMessage().contains("T3/otherDisposal/total"), e.getMessage());
        assertTrue(e.getMessage().contains("（六）其他处理"), e.getMessage());
        Report r2019 = empty(Edition.V2019);
        e = assertThrows(InvalidCellException.class,
                () -> r2019.fees().get(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED));
        assertTrue(e.getMessage().contains("S6/informationProcessingFees/noticesIssued"), e.getMessage());
        assertThrows(InvalidCellException.class,
                () -> r2019.activeDisclosure().get(ActiveDisclosureRow.RULES, ActiveDisclosureColumn.IN_FORCE));
    }

    @Test
    void aRowAndColumnThatMeetInNoEditionAreNoCell() {
        CellTable<ActiveDisclosureRow, ActiveDisclosureColumn> t2 = empty(Edition.V2021).activeDisclosure();
        assertFalse(t2.contains(ActiveDisclosureRow.RULES, ActiveDisclosureColumn.DECISIONS));
        // No reference can name such a cell, so get() fails as CellRef does, with an IllegalArgumentException.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t2.get(ActiveDisclosureRow.RULES, ActiveDisclosureColumn.DECISIONS));
        assertTrue(e.getMessage().contains("T2/rules"), e.getMessage());
        assertTrue(e.getMessage().contains("decisions"), e.getMessage());
    }

    @Test
    void getAndContainsRejectNulls() {
        CellTable<ApplicationRow, ApplicantColumn> t3 = empty(Edition.V2021).applications();
        assertThrows(NullPointerException.class, () -> t3.get(null, TOTAL));
        assertThrows(NullPointerException.class, () -> t3.get(NEWLY_RECEIVED, null));
        assertThrows(NullPointerException.class, () -> t3.contains(null, TOTAL));
    }

    @Test
    void countOrZeroReadsBlankAndNotApplicableAsZeroButGetDoesNot() {
        Report report = builder(Edition.V2021)
                .set(NEWLY_RECEIVED, NATURAL_PERSON, CellValue.count(7))
                .set(CARRIED_OVER, NATURAL_PERSON, CellValue.notApplicable("/"))
                .build();
        CellTable<ApplicationRow, ApplicantColumn> t3 = report.applications();
        assertEquals(7, t3.countOrZero(NEWLY_RECEIVED, NATURAL_PERSON));
        assertEquals(0, t3.countOrZero(NEWLY_RECEIVED, TOTAL));
        assertEquals(0, t3.countOrZero(CARRIED_OVER, NATURAL_PERSON));
        assertEquals(CellValue.blank(), t3.get(NEWLY_RECEIVED, TOTAL));
        assertEquals(CellValue.notApplicable("/"), t3.get(CARRIED_OVER, NATURAL_PERSON));
        assertNotEquals(CellValue.count(0), t3.get(NEWLY_RECEIVED, TOTAL));
    }

    @Test
    void countOrZeroRefusesAnUnreadCell() {
        CellTable<ApplicationRow, ApplicantColumn> t3 = builder(Edition.V2021)
                .set(NEWLY_RECEIVED, NATURAL_PERSON, CellValue.unread(UnreadReason.NOT_FOUND))
                .build().applications();
        InvalidCellException e = assertThrows(InvalidCellException.class,
                () -> t3.countOrZero(NEWLY_RECEIVED, NATURAL_PERSON));
        assertTrue(e.getMessage().contains("not read"), e.getMessage());
    }

    @Test
    void countOrZeroReadsSignedCounts() {
        Report report = builder(Edition.V2019)
                .set(ActiveDisclosureRow.LICENSING, ActiveDisclosureColumn.CHANGE, -3)
                .set(ActiveDisclosureRow.PUNISHMENT, ActiveDisclosureColumn.CHANGE, 5)
                .build();
        assertEquals(-3, report.activeDisclosure().countOrZero(ActiveDisclosureRow.LICENSING,
                ActiveDisclosureColumn.CHANGE));
        assertEquals(5, report.activeDisclosure().countOrZero(ActiveDisclosureRow.PUNISHMENT,
                ActiveDisclosureColumn.CHANGE));
        assertEquals(0, report.activeDisclosure().countOrZero(ActiveDisclosureRow.COERCION,
                ActiveDisclosureColumn.CHANGE));
    }

    @Test
    void countOrZeroRefusesAmountsAndMissingCells() {
        Report report = builder(Edition.V2021)
                .set(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT, new BigDecimal("12.5"))
                .build();
        InvalidCellException e = assertThrows(InvalidCellException.class, () -> report.activeDisclosure()
                .countOrZero(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT));
        assertTrue(e.getMessage().contains("T2/administrativeFees/amount"), e.getMessage());
        assertThrows(InvalidCellException.class, () -> report.applications().countOrZero(OTHER_DISPOSAL, TOTAL));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void cellsListEveryCellInPrintedOrder(Edition edition) {
        Report report = empty(edition);
        for (ReportTable table : ReportTable.values()) {
            List<CellRef> expected = new ArrayList<>();
            for (CellRef ref : CellRef.all(edition)) {
                if (ref.table() == table) {
                    expected.add(ref);
                }
            }
            List<CellRef> actual = new ArrayList<>();
            for (Cell cell : report.table(table).cells()) {
                actual.add(cell.ref());
            }
            assertEquals(expected, actual, table.key());
        }
    }

    @Test
    void cellsCarryTheirValues() {
        Report report = builder(Edition.V2021)
                .set(ReviewLitigationRow.ADMINISTRATIVE_REVIEW, ReviewLitigationColumn.PENDING, 2)
                .build();
        List<Cell> cells = report.reviewLitigation().cells();
        assertEquals(15, cells.size());
        assertEquals(new Cell(CellRef.parse("T4/administrativeReview/pending"), CellValue.count(2)), cells.get(3));
        assertEquals(new Cell(CellRef.parse("T4/administrativeReview/total"), CellValue.blank()), cells.get(4));
    }

    @Test
    void returnedListsAreUnmodifiable() {
        CellTable<ApplicationRow, ApplicantColumn> t3 = empty(Edition.V2021).applications();
        assertThrows(UnsupportedOperationException.class, () -> t3.rows().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> t3.columns().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> t3.columns(NEWLY_RECEIVED).remove(0));
        assertThrows(UnsupportedOperationException.class, () -> t3.cells().remove(0));
        assertThrows(UnsupportedOperationException.class,
                () -> t3.cells().add(new Cell(CellRef.parse("T3/newlyReceived/total"), CellValue.count(1))));
    }

    @Test
    void equalsComparesEditionAndEveryValue() {
        Report a = builder(Edition.V2021).set(NEWLY_RECEIVED, NATURAL_PERSON, 3).build();
        Report b = builder(Edition.V2021).set(NEWLY_RECEIVED, NATURAL_PERSON, 3).organName("另一个机关").build();
        assertEquals(a.applications(), b.applications());
        assertEquals(a.applications().hashCode(), b.applications().hashCode());
        Report c = builder(Edition.V2021).set(NEWLY_RECEIVED, NATURAL_PERSON, 4).build();
        assertNotEquals(a.applications(), c.applications());
        Report blank = builder(Edition.V2021).build();
        Report zero = builder(Edition.V2021).set(NEWLY_RECEIVED, NATURAL_PERSON, 0).build();
        assertNotEquals(blank.applications(), zero.applications(), "blank is not zero");
        // Same values, different edition.
        assertNotEquals(empty(Edition.V2019).reviewLitigation(), empty(Edition.V2021).reviewLitigation());
        // Different tables are never equal.
        assertNotEquals(a.applications(), a.reviewLitigation());
    }

    @Test
    void equalsTellsAmountScales() {
        Report zero = builder(Edition.V2021)
                .set(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT, new BigDecimal("0"))
                .build();
        Report zeroCents = builder(Edition.V2021)
                .set(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT, new BigDecimal("0.00"))
                .build();
        assertNotEquals(zero.activeDisclosure(), zeroCents.activeDisclosure());
    }

    @Test
    void toStringListsTheNonBlankCells() {
        Report report = builder(Edition.V2021).set(NEWLY_RECEIVED, NATURAL_PERSON, 3)
                .set(CARRIED_OVER, TOTAL, CellValue.notApplicable("—")).build();
        String text = report.applications().toString();
        assertTrue(text.startsWith("T3(2021)"), text);
        assertTrue(text.contains("newlyReceived/naturalPerson=3"), text);
        assertTrue(text.contains("carriedOver/total=—"), text);
        assertFalse(text.contains("newlyReceived/total"), text);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void copyCountsToLaysOutEveryCellRowMajorOverAllConstants(Edition edition) {
        Report report = builder(edition)
                .set(CellRef.of(NEWLY_RECEIVED, NATURAL_PERSON), CellValue.count(7))
                .set(CellRef.of(NEWLY_RECEIVED, TOTAL), CellValue.notApplicable("/"))
                .set(CellRef.of(CARRIED_OVER, NATURAL_PERSON), CellValue.count(0))
                .set(CellRef.of(CARRIED_OVER, TOTAL), CellValue.unread(UnreadReason.AMBIGUOUS))
                .build();
        int width = ApplicantColumn.values().length;
        long[] dest = new long[3 + ApplicationRow.values().length * width];
        java.util.Arrays.fill(dest, 99);
        int written = CoreAccess.copyCounts(report.applications(), dest, 3);
        assertEquals(ApplicationRow.values().length * width, written);
        assertEquals(99, dest[2], "nothing before the offset is touched");
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                long slot = dest[3 + row.ordinal() * width + column.ordinal()];
                CellValue value = row.existsIn(edition) ? report.applications().get(row, column) : null;
                long expected = value instanceof CellValue.Count count ? count.value()
                        : value instanceof CellValue.Unread ? CoreAccess.UNREAD : CoreAccess.NOT_A_COUNT;
                assertEquals(expected, slot, row + "/" + column);
            }
        }
        assertEquals(7, dest[3 + NEWLY_RECEIVED.ordinal() * width + NATURAL_PERSON.ordinal()]);
        assertEquals(0, dest[3 + CARRIED_OVER.ordinal() * width + NATURAL_PERSON.ordinal()]);
        assertEquals(CoreAccess.NOT_A_COUNT, dest[3 + NEWLY_RECEIVED.ordinal() * width + TOTAL.ordinal()]);
        assertEquals(CoreAccess.UNREAD, dest[3 + CARRIED_OVER.ordinal() * width + TOTAL.ordinal()],
                "an unread cell holds no count, and is told apart from one read without a count");
        assertThrows(IndexOutOfBoundsException.class, () -> CoreAccess.copyCounts(report.applications(), new long[5], 0));
    }

    @Test
    void copyCountsToGivesNotACountForSignedCountsAndAmounts() {
        Report report = builder(Edition.V2019)
                .set(ActiveDisclosureRow.LICENSING, ActiveDisclosureColumn.CHANGE, -3)
                .set(ActiveDisclosureRow.LICENSING, ActiveDisclosureColumn.DECISIONS, 12)
                .set(ActiveDisclosureRow.CENTRALIZED_PROCUREMENT, ActiveDisclosureColumn.TOTAL_AMOUNT, new BigDecimal("5"))
                .build();
        int width = ActiveDisclosureColumn.values().length;
        long[] dest = new long[ActiveDisclosureRow.values().length * width];
        CoreAccess.copyCounts(report.activeDisclosure(), dest, 0);
        int licensing = ActiveDisclosureRow.LICENSING.ordinal() * width;
        assertEquals(CoreAccess.NOT_A_COUNT, dest[licensing + ActiveDisclosureColumn.CHANGE.ordinal()]);
        assertEquals(12, dest[licensing + ActiveDisclosureColumn.DECISIONS.ordinal()]);
        assertEquals(CoreAccess.NOT_A_COUNT, dest[ActiveDisclosureRow.CENTRALIZED_PROCUREMENT.ordinal() * width
                + ActiveDisclosureColumn.TOTAL_AMOUNT.ordinal()]);
    }
}
