package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportTest {

    private static Report.Builder builder(Edition edition) {
        return Report.builder(edition).organName("某市交通运输局").reportYear(edition.firstReportYear());
    }

    /** A report with a distinct value in many cells, so that mix-ups show. */
    private static Report sample(Edition edition) {
        Report.Builder builder = builder(edition)
                .publicationDate(LocalDate.of(edition.firstReportYear() + 1, 1, 31))
                .source("https://example.gov.cn/xxgk/ndbg.html")
                .narrative(Narrative.of("总体情况", "存在的主要问题", "其他需要报告的事项"));
        long n = 1;
        for (CellRef ref : CellRef.all(edition)) {
            builder.set(ref, valueFor(ref, n++));
        }
        return builder.build();
    }

    private static CellValue valueFor(CellRef ref, long n) {
        return switch (ref.column().valueKind()) {
            case COUNT -> CellValue.count(n);
            case SIGNED_COUNT -> CellValue.signedCount(-n);
            case AMOUNT -> CellValue.amount(BigDecimal.valueOf(n, 2), AmountUnit.YUAN);
        };
    }

    @Test
    void theJavadocExampleWorksAsDescribed() {
        Report report = Report.builder(Edition.V2021)
                .organName("凉山州经济和信息化局")
                .reportYear(2021)
                .set(ActiveDisclosureRow.LICENSING, ActiveDisclosureColumn.DECISIONS, 64)
                .set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.count(3))
                .build();
        long received = report.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
        assertEquals(0, received, "the total was not printed: blank, read as zero");
        assertEquals(3, report.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED,
                ApplicantColumn.NATURAL_PERSON));
        assertEquals(CellValue.count(64), report.get(CellRef.parse("T2/licensing/decisions")));
    }

    @Test
    void headerAndEdition() {
        Report report = sample(Edition.V2019);
        assertEquals(Edition.V2019, report.edition());
        assertEquals(Edition.V2019, report.header().edition());
        assertEquals("某市交通运输局", report.header().organName());
        assertEquals(2019, report.header().reportYear());
        assertEquals(LocalDate.of(2020, 1, 31), report.header().publicationDate().orElseThrow());
        assertEquals("https://example.gov.cn/xxgk/ndbg.html", report.header().source().orElseThrow());
        assertEquals(Narrative.of("总体情况", "存在的主要问题", "其他需要报告的事项"), report.narrative());
    }

    @Test
    void tableReturnsEachSection() {
        Report report = sample(Edition.V2021);
        assertSame(report.activeDisclosure(), report.table(ReportTable.T2));
        assertSame(report.applications(), report.table(ReportTable.T3));
        assertSame(report.reviewLitigation(), report.table(ReportTable.T4));
        assertSame(report.fees(), report.table(ReportTable.S6));
        for (ReportTable table : ReportTable.values()) {
            assertSame(table, report.table(table).table());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void getReadsEveryCell(Edition edition) {
        Report report = sample(edition);
        long n = 1;
        for (CellRef ref : CellRef.all(edition)) {
            CellValue expected = valueFor(ref, n++);
            assertEquals(expected, report.get(ref), ref.toString());
        }
    }

    @Test
    void getOfACellTheEditionLacksFails() {
        Report r2019 = sample(Edition.V2019);
        InvalidCellException e = assertThrows(InvalidCellException.class,
                () -> r2019.get(CellRef.parse("S6/informationProcessingFees/amountCollected")));
        assertTrue(e.getMessage().contains("S6/informationProcessingFees/amountCollected"), e.getMessage());
        Report r2021 = sample(Edition.V2021);
        e = assertThrows(InvalidCellException.class, () -> r2021.get(CellRef.parse("T3/otherDisposal/total")));
        assertTrue(e.getMessage().contains("T3/otherDisposal/total"), e.getMessage());
        assertThrows(InvalidCellException.class, () -> r2021.get(CellRef.parse("T2/licensing/change")));
        assertThrows(NullPointerException.class, () -> r2021.get(null));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void cellsAreEveryCellInCanonicalOrder(Edition edition) {
        Report report = sample(edition);
        List<Cell> cells = report.cells();
        assertEquals(CellRef.all(edition).size(), cells.size());
        List<CellRef> refs = new ArrayList<>();
        for (Cell cell : cells) {
            refs.add(cell.ref());
            assertEquals(report.get(cell.ref()), cell.value());
        }
        assertEquals(CellRef.all(edition), refs);
        assertThrows(UnsupportedOperationException.class, () -> report.cells().remove(0));
    }

    @Test
    void withChangesOneCellInACopy() {
        Report report = sample(Edition.V2021);
        CellRef ref = CellRef.parse("T3/withheld.stateSecret/naturalPerson");
        Report changed = report.with(ref, CellValue.count(999));
        assertEquals(CellValue.count(999), changed.get(ref));
        assertNotEquals(CellValue.count(999), report.get(ref), "the original is unchanged");
        assertNotEquals(report, changed);
        for (CellRef other : CellRef.all(Edition.V2021)) {
            if (!other.equals(ref)) {
                assertEquals(report.get(other), changed.get(other), other.toString());
            }
        }
        assertEquals(report.header(), changed.header());
        assertEquals(report.narrative(), changed.narrative());
        assertEquals(report, changed.with(ref, report.get(ref)));
    }

    @Test
    void withToBlank() {
        Report report = sample(Edition.V2021);
        CellRef ref = CellRef.parse("T2/licensing/decisions");
        assertEquals(CellValue.blank(), report.with(ref, CellValue.blank()).get(ref));
    }

    @Test
    void withRejectsCellsTheEditionLacksAndValuesThatDoNotFit() {
        Report r2021 = sample(Edition.V2021);
        InvalidCellException e = assertThrows(InvalidCellException.class,
                () -> r2021.with(CellRef.parse("T2/licensing/previousYearItems"), CellValue.count(1)));
        assertTrue(e.getMessage().contains("T2/licensing/previousYearItems"), e.getMessage());
        e = assertThrows(InvalidCellException.class,
                () -> r2021.with(CellRef.parse("T2/rules/issued"), CellValue.amount("1.5")));
        assertTrue(e.getMessage().contains("T2/rules/issued"), e.getMessage());
        assertTrue(e.getMessage().contains("本年制发件数"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void equalsAndHashCodeAreConsistent(Edition edition) {
        Report a = sample(edition);
        Report b = sample(edition);
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.toBuilder().organName("另一个机关").build());
        assertNotEquals(a, a.toBuilder().reportYear(edition.firstReportYear() + 1).build());
        assertNotEquals(a, a.toBuilder().publicationDate(null).build());
        assertNotEquals(a, a.toBuilder().narrative(Narrative.NONE).build());
        CellRef first = CellRef.all(edition).get(0);
        assertNotEquals(a, a.with(first, CellValue.blank()));
    }

    @Test
    void amountsOfDifferentScaleMakeDifferentReports() {
        CellRef fee = CellRef.parse("T2/administrativeFees/amount");
        Report zero = builder(Edition.V2021).set(fee, CellValue.amount("0")).build();
        Report zeroCents = builder(Edition.V2021).set(fee, CellValue.amount("0.00")).build();
        assertNotEquals(zero, zeroCents);
    }

    @Test
    void constructorRejectsTablesOfAnotherEdition() {
        Report r2019 = sample(Edition.V2019);
        Report r2021 = sample(Edition.V2021);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Report(r2021.header(), r2021.activeDisclosure(), r2019.applications(),
                        r2021.reviewLitigation(), r2021.fees(), r2021.narrative()));
        assertTrue(e.getMessage().contains("applications"), e.getMessage());
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Report(r2019.header(), r2019.activeDisclosure(),
                r2019.applications(), r2019.reviewLitigation(), r2021.fees(), r2019.narrative()));
        assertThrows(IllegalArgumentException.class, () -> new Report(r2021.header(), r2019.activeDisclosure(),
                r2019.applications(), r2019.reviewLitigation(), r2019.fees(), r2019.narrative()));
    }

    @Test
    void constructorAcceptsTheTablesOfAnotherReportOfTheSameEdition() {
        Report a = sample(Edition.V2021);
        Report b = builder(Edition.V2021).build();
        Report mixed = new Report(b.header(), a.activeDisclosure(), b.applications(), a.reviewLitigation(), b.fees(),
                a.narrative());
        assertEquals(a.activeDisclosure(), mixed.activeDisclosure());
        assertEquals(b.applications(), mixed.applications());
    }

    @Test
    void constructorRejectsNulls() {
        Report r = sample(Edition.V2021);
        assertThrows(NullPointerException.class, () -> new Report(null, r.activeDisclosure(), r.applications(),
                r.reviewLitigation(), r.fees(), r.narrative()));
        assertThrows(NullPointerException.class, () -> new Report(r.header(), null, r.applications(),
                r.reviewLitigation(), r.fees(), r.narrative()));
        assertThrows(NullPointerException.class, () -> new Report(r.header(), r.activeDisclosure(), null,
                r.reviewLitigation(), r.fees(), r.narrative()));
        assertThrows(NullPointerException.class, () -> new Report(r.header(), r.activeDisclosure(), r.applications(),
                null, r.fees(), r.narrative()));
        assertThrows(NullPointerException.class, () -> new Report(r.header(), r.activeDisclosure(), r.applications(),
                r.reviewLitigation(), null, r.narrative()));
        assertThrows(NullPointerException.class, () -> new Report(r.header(), r.activeDisclosure(), r.applications(),
                r.reviewLitigation(), r.fees(), null));
    }

    @Test
    void toBuilderRoundTripIsIdentity() {
        for (Edition edition : Edition.values()) {
            Report report = sample(edition);
            Report copy = report.toBuilder().build();
            assertEquals(report, copy);
            assertEquals(report.hashCode(), copy.hashCode());
            assertEquals(report.cells(), copy.cells());
            assertEquals(edition, report.toBuilder().edition());
        }
    }

    @Test
    void changingTheToBuilderLeavesTheReportAlone() {
        Report report = sample(Edition.V2021);
        Report.Builder builder = report.toBuilder();
        CellRef ref = CellRef.parse("T4/administrativeReview/total");
        CellValue before = report.get(ref);
        builder.set(ref, CellValue.count(12345)).organName("改了").narrative(Narrative.NONE);
        assertEquals(before, report.get(ref));
        assertEquals("某市交通运输局", report.header().organName());
        assertEquals(sample(Edition.V2021), report);
        assertEquals(CellValue.count(12345), builder.build().get(ref));
    }
}
