package io.github.gongkai.core;

import io.github.gongkai.core.internal.CoreAccess;
import static io.github.gongkai.core.ActiveDisclosureColumn.AMOUNT;
import static io.github.gongkai.core.ActiveDisclosureColumn.CHANGE;
import static io.github.gongkai.core.ActiveDisclosureColumn.DECISIONS;
import static io.github.gongkai.core.ActiveDisclosureColumn.PREVIOUS_YEAR_ITEMS;
import static io.github.gongkai.core.ActiveDisclosureColumn.PROJECTS;
import static io.github.gongkai.core.ActiveDisclosureColumn.TOTAL_AMOUNT;
import static io.github.gongkai.core.ActiveDisclosureRow.ADMINISTRATIVE_FEES;
import static io.github.gongkai.core.ActiveDisclosureRow.CENTRALIZED_PROCUREMENT;
import static io.github.gongkai.core.ActiveDisclosureRow.LICENSING;
import static io.github.gongkai.core.ApplicantColumn.NATURAL_PERSON;
import static io.github.gongkai.core.ApplicantColumn.TOTAL;
import static io.github.gongkai.core.ApplicationRow.NEWLY_RECEIVED;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID;
import static io.github.gongkai.core.FeeColumn.AMOUNT_COLLECTED;
import static io.github.gongkai.core.FeeColumn.AMOUNT_NOTICED;
import static io.github.gongkai.core.FeeColumn.NOTICES_ISSUED;
import static io.github.gongkai.core.FeeRow.INFORMATION_PROCESSING_FEES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReportBuilderTest {

    private static Report.Builder builder(Edition edition) {
        return Report.builder(edition).organName("凉山州经济和信息化局").reportYear(edition.firstReportYear());
    }

    /** Asserts that the action fails for the cell, naming it by key and by Chinese label. */
    private static InvalidCellException assertInvalidCell(String ref, String label, Executable action) {
        InvalidCellException e = assertThrows(InvalidCellException.class, action);
        assertTrue(e.getMessage().contains(ref), "message should name " + ref + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(label), "message should name " + label + ": " + e.getMessage());
        assertEquals(CellRef.parse(ref), e.cell());
        return e;
    }

    // ---- blank by default ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyUnsetCellIsBlankNeverZero(Edition edition) {
        Report report = builder(edition).build();
        assertEquals(CellRef.all(edition).size(), report.cells().size());
        for (CellRef ref : CellRef.all(edition)) {
            CellValue value = report.get(ref);
            assertEquals(CellValue.blank(), value, ref.toString());
            assertNotEquals(CellValue.count(0), value);
        }
    }

    // ---- set / get ----------------------------------------------------------------------------------------

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
    void setThenGetRoundTripsInEveryCell(Edition edition, CellRef ref) {
        CellValue value = switch (ref.column().valueKind()) {
            case COUNT -> CellValue.count(1234);
            case SIGNED_COUNT -> CellValue.signedCount(-12);
            case AMOUNT -> CellValue.amount(new BigDecimal("3.50"), AmountUnit.YUAN);
        };
        Report report = builder(edition).set(ref, value).build();
        assertEquals(value, report.get(ref));
        // No other cell was touched.
        for (CellRef other : CellRef.all(edition)) {
            if (!other.equals(ref)) {
                assertEquals(CellValue.blank(), report.get(other), other.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCellOfBothEditions")
    void everyCellTakesBlankNotApplicableAndUnread(Edition edition, CellRef ref) {
        Report report = builder(edition).set(ref, CellValue.notApplicable("/")).build();
        assertEquals(CellValue.notApplicable("/"), report.get(ref));
        assertEquals(CellValue.blank(), report.with(ref, CellValue.blank()).get(ref));
        CellValue unread = CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of("12 3", 0, 3));
        assertEquals(unread, report.with(ref, unread).get(ref));
    }

    @Test
    void everyCellHoldsItsOwnValue() {
        for (Edition edition : Edition.values()) {
            Report.Builder builder = builder(edition);
            long n = 0;
            for (CellRef ref : CellRef.all(edition)) {
                builder.set(ref.row(), ref.column(), n++);
            }
            Report report = builder.build();
            n = 0;
            for (CellRef ref : CellRef.all(edition)) {
                long expected = n++;
                CellValue value = report.get(ref);
                switch (ref.column().valueKind()) {
                    case COUNT -> assertEquals(CellValue.count(expected), value, ref.toString());
                    case SIGNED_COUNT -> assertEquals(CellValue.signedCount(expected), value, ref.toString());
                    case AMOUNT -> assertEquals(BigDecimal.valueOf(expected),
                            ((CellValue.Amount) value).value(), ref.toString());
                }
            }
        }
    }

    @Test
    void laterSetWins() {
        CellRef ref = CellRef.parse("T3/newlyReceived/naturalPerson");
        Report report = builder(Edition.V2021).set(ref, CellValue.count(1)).set(ref, CellValue.count(2)).build();
        assertEquals(CellValue.count(2), report.get(ref));
    }

    @Test
    void setRejectsNulls() {
        Report.Builder builder = builder(Edition.V2021);
        assertThrows(NullPointerException.class, () -> builder.set((CellRef) null, CellValue.blank()));
        assertThrows(NullPointerException.class,
                () -> builder.set(CellRef.parse("T2/rules/inForce"), (CellValue) null));
        assertThrows(NullPointerException.class,
                () -> builder.set(ADMINISTRATIVE_FEES, AMOUNT, (BigDecimal) null));
    }

    @Test
    void rowAndColumnOfDifferentTablesAreRejected() {
        Report.Builder builder = builder(Edition.V2021);
        assertThrows(IllegalArgumentException.class, () -> builder.set(NEWLY_RECEIVED, DECISIONS, 1));
        assertThrows(IllegalArgumentException.class,
                () -> builder.set(LICENSING, ReviewLitigationColumn.TOTAL, CellValue.count(1)));
    }

    // ---- set(row, column, long) per value kind ------------------------------------------------------------

    @Test
    void wholeNumberInACountColumnIsACount() {
        Report report = builder(Edition.V2021).set(LICENSING, DECISIONS, 64).build();
        assertEquals(CellValue.count(64), report.get(CellRef.parse("T2/licensing/decisions")));
    }

    @Test
    void wholeNumberInTheChangeColumnIsSigned() {
        Report report = builder(Edition.V2019)
                .set(LICENSING, CHANGE, -3)
                .set(ActiveDisclosureRow.PUNISHMENT, CHANGE, 5)
                .set(ActiveDisclosureRow.COERCION, CHANGE, 0)
                .build();
        assertEquals(CellValue.signedCount(-3), report.get(CellRef.parse("T2/licensing/change")));
        assertEquals(CellValue.signedCount(5), report.get(CellRef.parse("T2/punishment/change")));
        assertEquals(CellValue.signedCount(0), report.get(CellRef.parse("T2/coercion/change")));
        assertEquals("-3", report.get(CellRef.parse("T2/licensing/change")).toString());
        assertEquals("+5", report.get(CellRef.parse("T2/punishment/change")).toString());
    }

    @Test
    void wholeNumberInAnAmountColumnIsAnAmountInTheHeadersUnit() {
        Report r2021 = builder(Edition.V2021)
                .set(ADMINISTRATIVE_FEES, AMOUNT, 12)
                .set(INFORMATION_PROCESSING_FEES, AMOUNT_NOTICED, 300)
                .set(INFORMATION_PROCESSING_FEES, AMOUNT_COLLECTED, 0)
                .set(INFORMATION_PROCESSING_FEES, NOTICES_ISSUED, 2)
                .build();
        assertEquals(new CellValue.Amount(new BigDecimal("12"), AmountUnit.TEN_THOUSAND_YUAN),
                r2021.get(CellRef.parse("T2/administrativeFees/amount")));
        assertEquals(new CellValue.Amount(new BigDecimal("300"), AmountUnit.YUAN),
                r2021.get(CellRef.parse("S6/informationProcessingFees/amountNoticed")));
        assertEquals(new CellValue.Amount(new BigDecimal("0"), AmountUnit.YUAN),
                r2021.get(CellRef.parse("S6/informationProcessingFees/amountCollected")));
        assertEquals(CellValue.count(2), r2021.get(CellRef.parse("S6/informationProcessingFees/noticesIssued")));
        Report r2019 = builder(Edition.V2019).set(CENTRALIZED_PROCUREMENT, TOTAL_AMOUNT, 348).build();
        assertEquals(new CellValue.Amount(new BigDecimal("348"), AmountUnit.UNSTATED),
                r2019.get(CellRef.parse("T2/centralizedProcurement/totalAmount")));
    }

    // ---- amounts and units --------------------------------------------------------------------------------

    @Test
    void unstatedAmountTakesTheHeadersUnit() {
        Report report = builder(Edition.V2021)
                .set(CellRef.parse("T2/administrativeFees/amount"), CellValue.amount("12.5"))
                .set(INFORMATION_PROCESSING_FEES, AMOUNT_NOTICED, new BigDecimal("150.00"))
                .build();
        assertEquals(new CellValue.Amount(new BigDecimal("12.5"), AmountUnit.TEN_THOUSAND_YUAN),
                report.get(CellRef.parse("T2/administrativeFees/amount")));
        assertEquals(new CellValue.Amount(new BigDecimal("150.00"), AmountUnit.YUAN),
                report.get(CellRef.parse("S6/informationProcessingFees/amountNoticed")));
    }

    @Test
    void totalAmountStaysUnstatedUnlessPrinted() {
        CellRef ref = CellRef.parse("T2/centralizedProcurement/totalAmount");
        Report unstated = builder(Edition.V2019).set(ref, CellValue.amount("348.37")).build();
        assertEquals(AmountUnit.UNSTATED, ((CellValue.Amount) unstated.get(ref)).unit());
        Report inYuan = builder(Edition.V2019)
                .set(ref, CellValue.amount(new BigDecimal("75394432.52"), AmountUnit.YUAN)).build();
        assertEquals(new CellValue.Amount(new BigDecimal("75394432.52"), AmountUnit.YUAN), inYuan.get(ref));
        Report inTenThousand = builder(Edition.V2019)
                .set(ref, CellValue.amount(new BigDecimal("348.37"), AmountUnit.TEN_THOUSAND_YUAN)).build();
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, ((CellValue.Amount) inTenThousand.get(ref)).unit());
    }

    @Test
    void aPrintedUnitOtherThanTheHeadersIsKept() {
        Report report = builder(Edition.V2021)
                .set(CellRef.parse("T2/administrativeFees/amount"),
                        CellValue.amount(new BigDecimal("3000"), AmountUnit.YUAN))
                .set(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                        CellValue.amount(new BigDecimal("0.03"), AmountUnit.TEN_THOUSAND_YUAN))
                .build();
        assertEquals(AmountUnit.YUAN,
                ((CellValue.Amount) report.get(CellRef.parse("T2/administrativeFees/amount"))).unit());
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, ((CellValue.Amount) report
                .get(CellRef.parse("S6/informationProcessingFees/amountCollected"))).unit());
    }

    @Test
    void amountScaleIsKept() {
        CellRef ref = CellRef.parse("T2/administrativeFees/amount");
        Report zero = builder(Edition.V2021).set(ADMINISTRATIVE_FEES, AMOUNT, new BigDecimal("0")).build();
        Report zeroCents = builder(Edition.V2021).set(ADMINISTRATIVE_FEES, AMOUNT, new BigDecimal("0.00")).build();
        assertEquals(0, ((CellValue.Amount) zero.get(ref)).value().scale());
        assertEquals(2, ((CellValue.Amount) zeroCents.get(ref)).value().scale());
        assertNotEquals(zero.get(ref), zeroCents.get(ref));
        assertEquals("0.00万元", zeroCents.get(ref).toString());
    }

    // ---- invalid cells: key and label in the message ------------------------------------------------------

    @Test
    void a2021OnlyRowInA2019Report() {
        Report.Builder builder = builder(Edition.V2019);
        assertInvalidCell("T3/otherDisposal.feeUnpaid/naturalPerson", "2.申请人逾期未按收费通知要求缴纳费用",
                () -> builder.set(CellRef.parse("T3/otherDisposal.feeUnpaid/naturalPerson"), CellValue.count(1)));
        assertInvalidCell("T3/otherDisposal.feeUnpaid/naturalPerson", "2.申请人逾期未按收费通知要求缴纳费用",
                () -> builder.set(OTHER_DISPOSAL_FEE_UNPAID, NATURAL_PERSON, 1));
        assertInvalidCell("T3/otherDisposal.feeUnpaid/naturalPerson", "自然人",
                () -> builder.set(OTHER_DISPOSAL_FEE_UNPAID, NATURAL_PERSON, CellValue.blank()));
    }

    @Test
    void a2019OnlyRowInA2021Report() {
        Report.Builder builder = builder(Edition.V2021);
        assertInvalidCell("T3/otherDisposal/total", "（六）其他处理",
                () -> builder.set(OTHER_DISPOSAL, TOTAL, 0));
        assertInvalidCell("T2/centralizedProcurement/projects", "政府集中采购",
                () -> builder.set(CENTRALIZED_PROCUREMENT, PROJECTS, 3));
        assertInvalidCell("T2/licensing/previousYearItems", "上一年项目数量",
                () -> builder.set(LICENSING, PREVIOUS_YEAR_ITEMS, 3));
    }

    @Test
    void feeFiguresInA2019Report() {
        Report.Builder builder = builder(Edition.V2019);
        assertInvalidCell("S6/informationProcessingFees/amountCollected", "实际收取的总金额",
                () -> builder.set(INFORMATION_PROCESSING_FEES, AMOUNT_COLLECTED, BigDecimal.ZERO));
        assertInvalidCell("S6/informationProcessingFees/noticesIssued", "发出收费通知的件数",
                () -> builder.set(INFORMATION_PROCESSING_FEES, NOTICES_ISSUED, 0));
    }

    @Test
    void negativeCount() {
        Report.Builder builder = builder(Edition.V2021);
        InvalidCellException e = assertInvalidCell("T3/newlyReceived/naturalPerson", "一、本年新收政府信息公开申请数量",
                () -> builder.set(NEWLY_RECEIVED, NATURAL_PERSON, -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertInvalidCell("T3/otherDisposal.feeUnpaid/naturalPerson", "2.申请人逾期未按收费通知要求缴纳费用",
                () -> builder.set(OTHER_DISPOSAL_FEE_UNPAID, NATURAL_PERSON, -5));
        assertInvalidCell("T4/administrativeReview/pending", "尚未审结",
                () -> builder.set(ReviewLitigationRow.ADMINISTRATIVE_REVIEW, ReviewLitigationColumn.PENDING, -2));
    }

    @Test
    void negativeSignedCountInACountColumn() {
        Report.Builder builder = builder(Edition.V2021);
        assertInvalidCell("T2/licensing/decisions", "本年处理决定数量",
                () -> builder.set(CellRef.parse("T2/licensing/decisions"), CellValue.signedCount(-3)));
    }

    @Test
    void signedAndUnsignedCountsConvertWhereTheyFit() {
        Report report = builder(Edition.V2019)
                .set(CellRef.parse("T2/licensing/decisions"), CellValue.signedCount(3))
                .set(CellRef.parse("T2/licensing/change"), CellValue.count(4))
                .build();
        assertEquals(CellValue.count(3), report.get(CellRef.parse("T2/licensing/decisions")));
        assertEquals(CellValue.signedCount(4), report.get(CellRef.parse("T2/licensing/change")));
    }

    @Test
    void negativeAmount() {
        Report.Builder builder = builder(Edition.V2021);
        assertInvalidCell("T2/administrativeFees/amount", "本年收费金额（单位：万元）",
                () -> builder.set(ADMINISTRATIVE_FEES, AMOUNT, new BigDecimal("-0.5")));
        assertInvalidCell("S6/informationProcessingFees/amountNoticed", "总金额",
                () -> builder.set(INFORMATION_PROCESSING_FEES, AMOUNT_NOTICED, -1));
    }

    @Test
    void amountOutOfRange() {
        Report.Builder builder = builder(Edition.V2021);
        InvalidCellException e = assertInvalidCell("T2/administrativeFees/amount", "本年收费金额",
                () -> builder.set(ADMINISTRATIVE_FEES, AMOUNT, new BigDecimal("1E+3")));
        assertTrue(e.getMessage().contains("scale"), e.getMessage());
        assertInvalidCell("T2/administrativeFees/amount", "本年收费金额",
                () -> builder.set(ADMINISTRATIVE_FEES, AMOUNT, new BigDecimal("0.0000000000000000001")));
    }

    @Test
    void amountIntoACountColumn() {
        Report.Builder builder = builder(Edition.V2021);
        assertInvalidCell("T3/newlyReceived/total", "总计",
                () -> builder.set(CellRef.parse("T3/newlyReceived/total"), CellValue.amount("3")));
        assertInvalidCell("T2/licensing/decisions", "行政许可",
                () -> builder.set(LICENSING, DECISIONS, new BigDecimal("64")));
        assertInvalidCell("S6/informationProcessingFees/noticesIssued", "发出收费通知的件数",
                () -> builder.set(INFORMATION_PROCESSING_FEES, NOTICES_ISSUED, new BigDecimal("1")));
    }

    @Test
    void countIntoAnAmountColumn() {
        Report.Builder builder = builder(Edition.V2021);
        InvalidCellException e = assertInvalidCell("T2/administrativeFees/amount", "行政事业性收费",
                () -> builder.set(CellRef.parse("T2/administrativeFees/amount"), CellValue.count(3)));
        assertTrue(e.getMessage().contains("amount"), e.getMessage());
        assertInvalidCell("S6/informationProcessingFees/amountCollected", "实际收取的总金额",
                () -> builder.set(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                        CellValue.signedCount(1)));
    }

    @Test
    void amountIntoTheChangeColumn() {
        Report.Builder builder = builder(Edition.V2019);
        assertInvalidCell("T2/licensing/change", "本年增/减",
                () -> builder.set(CellRef.parse("T2/licensing/change"), CellValue.amount("1")));
    }

    @Test
    void aFailedSetLeavesTheCellAsItWas() {
        CellRef ref = CellRef.parse("T3/newlyReceived/naturalPerson");
        Report.Builder builder = builder(Edition.V2021).set(ref, CellValue.count(5));
        assertThrows(InvalidCellException.class, () -> builder.set(NEWLY_RECEIVED, NATURAL_PERSON, -1));
        assertThrows(InvalidCellException.class, () -> builder.set(ref, CellValue.amount("1.5")));
        assertEquals(CellValue.count(5), builder.build().get(ref));
    }

    // ---- setRow -------------------------------------------------------------------------------------------

    @Test
    void setRowFillsTheRowInPrintedOrder() {
        Report report = builder(Edition.V2021)
                .setRow(NEWLY_RECEIVED, 1, 2, 3, 4, 5, 6, 21)
                .setRow(ReviewLitigationRow.LITIGATION_AFTER_REVIEW, 1, 0, 2, 3, 6)
                .setRow(ActiveDisclosureRow.RULES, 0, 1, 2)
                .setRow(ADMINISTRATIVE_FEES, 7)
                .setRow(INFORMATION_PROCESSING_FEES, 1, 200, 100)
                .build();
        long expected = 1;
        for (ApplicantColumn column : List.of(ApplicantColumn.values()).subList(0, 6)) {
            assertEquals(CellValue.count(expected++), report.applications().get(NEWLY_RECEIVED, column));
        }
        assertEquals(CellValue.count(21), report.applications().get(NEWLY_RECEIVED, TOTAL));
        assertEquals(CellValue.count(3), report.get(CellRef.parse("T4/litigationAfterReview/pending")));
        assertEquals(CellValue.count(6), report.get(CellRef.parse("T4/litigationAfterReview/total")));
        assertEquals(CellValue.count(2), report.get(CellRef.parse("T2/rules/inForce")));
        assertEquals(new CellValue.Amount(new BigDecimal("7"), AmountUnit.TEN_THOUSAND_YUAN),
                report.get(CellRef.parse("T2/administrativeFees/amount")));
        assertEquals(CellValue.count(1), report.get(CellRef.parse("S6/informationProcessingFees/noticesIssued")));
        assertEquals(new CellValue.Amount(new BigDecimal("200"), AmountUnit.YUAN),
                report.get(CellRef.parse("S6/informationProcessingFees/amountNoticed")));
    }

    @Test
    void setRowOf2019RowWithSignedChange() {
        Report report = builder(Edition.V2019)
                .setRow(LICENSING, 396, -4, 181)
                .setRow(ADMINISTRATIVE_FEES, 35, 2)
                .setRow(CENTRALIZED_PROCUREMENT, 135, 75394432)
                .setRow(OTHER_DISPOSAL, 0, 0, 0, 0, 0, 0, 0)
                .build();
        assertEquals(CellValue.count(396), report.get(CellRef.parse("T2/licensing/previousYearItems")));
        assertEquals(CellValue.signedCount(-4), report.get(CellRef.parse("T2/licensing/change")));
        assertEquals(CellValue.count(181), report.get(CellRef.parse("T2/licensing/decisions")));
        assertEquals(CellValue.signedCount(2), report.get(CellRef.parse("T2/administrativeFees/change")));
        assertEquals(CellValue.amount(new BigDecimal("75394432")),
                report.get(CellRef.parse("T2/centralizedProcurement/totalAmount")));
        assertEquals(CellValue.count(0), report.get(CellRef.parse("T3/otherDisposal/naturalPerson")));
    }

    @Test
    void setRowNeedsOneValuePerColumn() {
        Report.Builder builder = builder(Edition.V2021);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.setRow(NEWLY_RECEIVED, 1, 2, 3));
        assertTrue(e.getMessage().contains("T3/newlyReceived"), e.getMessage());
        assertTrue(e.getMessage().contains("7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.setRow(LICENSING, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> builder.setRow(LICENSING));
        assertThrows(NullPointerException.class, () -> builder.setRow(null, 1));
    }

    @Test
    void setRowOfARowTheEditionLacks() {
        assertInvalidCell("T3/otherDisposal/naturalPerson", "（六）其他处理",
                () -> builder(Edition.V2021).setRow(OTHER_DISPOSAL, 0, 0, 0, 0, 0, 0, 0));
        assertInvalidCell("T3/otherDisposal.feeUnpaid/naturalPerson", "2.申请人逾期未按收费通知要求缴纳费用",
                () -> builder(Edition.V2019).setRow(OTHER_DISPOSAL_FEE_UNPAID, 0, 0, 0, 0, 0, 0, 0));
        assertInvalidCell("S6/informationProcessingFees/noticesIssued", "信息处理费",
                () -> builder(Edition.V2019).setRow(INFORMATION_PROCESSING_FEES, 0, 0, 0));
        assertInvalidCell("T2/otherExternalServices/previousYearItems", "其他对外管理服务事项",
                () -> builder(Edition.V2021).setRow(ActiveDisclosureRow.OTHER_EXTERNAL_SERVICES, 1, 0, 1));
    }

    @Test
    void setRowWithANegativeCountNamesTheCell() {
        assertInvalidCell("T3/newlyReceived/researchInstitution", "科研机构",
                () -> builder(Edition.V2021).setRow(NEWLY_RECEIVED, 0, 0, -1, 0, 0, 0, 0));
    }

    // ---- header -------------------------------------------------------------------------------------------

    @Test
    void headerFieldsReachTheReport() {
        Report report = Report.builder(Edition.V2021)
                .organName("凉山州经济和信息化局")
                .reportYear(2021)
                .publicationDate(LocalDate.of(2022, 1, 26))
                .source("seed/000_5f5cda31151d78ea.txt")
                .build();
        assertEquals(new ReportHeader("凉山州经济和信息化局", 2021, Edition.V2021, Optional.of(LocalDate.of(2022, 1, 26)),
                Optional.of("seed/000_5f5cda31151d78ea.txt")), report.header());
        assertEquals(Narrative.NONE, report.narrative());
    }

    @Test
    void headerSetsEveryField() {
        ReportHeader header = ReportHeader.of("某区人民政府", 2020, Edition.V2019)
                .withPublicationDate(LocalDate.of(2021, 1, 29)).withSource("page.html");
        assertEquals(header, Report.builder(Edition.V2019).header(header).build().header());
    }

    @Test
    void headerOfAnotherEditionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Report.builder(Edition.V2021).header(ReportHeader.of("某区人民政府", 2020, Edition.V2019)));
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
        assertTrue(e.getMessage().contains("2021"), e.getMessage());
    }

    @Test
    void missingOrganOrYearFailsAtBuild() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Report.builder(Edition.V2021).reportYear(2021).build());
        assertTrue(e.getMessage().contains("organName"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> Report.builder(Edition.V2021).organName("某区人民政府").build());
        assertTrue(e.getMessage().contains("reportYear"), e.getMessage());
    }

    @Test
    void invalidHeaderFailsAtBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Report.builder(Edition.V2021).organName("  ").reportYear(2021).build());
        assertTrue(e.getMessage().contains("organName"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Report.builder(Edition.V2021).organName("某区人民政府").reportYear(2007).build());
        assertTrue(e.getMessage().contains("2007"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Report.builder(Edition.V2021).organName("某区人民政府").reportYear(10000).build());
        assertThrows(IllegalArgumentException.class,
                () -> Report.builder(Edition.V2021).organName("某区人民政府").reportYear(2021).source("").build());
    }

    @Test
    void headerTextThatIsNotWellFormedFailsAtBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Report.builder(Edition.V2021).organName("\uD800").reportYear(2021).build());
        assertEquals("header: organName must be well-formed Unicode, found the unpaired surrogate U+D800 at index 0",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Report.builder(Edition.V2021).organName("某区\u0000人民政府").reportYear(2021).build());
        assertEquals("header: organName must hold no control character, found U+0000 at index 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Report.builder(Edition.V2021).organName("某区人民政府")
                .reportYear(2021).source("a\u0085").build());
        assertTrue(e.getMessage().startsWith("header: source "), e.getMessage());
    }

    @Test
    void builderRejectsNulls() {
        assertThrows(NullPointerException.class, () -> Report.builder(null));
        assertThrows(NullPointerException.class, () -> Report.builder(Edition.V2021).header(null));
        assertThrows(NullPointerException.class, () -> Report.builder(Edition.V2021).narrative(null));
    }

    @Test
    void narrativeReachesTheReport() {
        Narrative narrative = Narrative.of("一、总体情况", null, "六、其他需要报告的事项");
        assertEquals(narrative, builder(Edition.V2021).narrative(narrative).build().narrative());
    }

    // ---- builder life cycle -------------------------------------------------------------------------------

    @Test
    void editionOfTheBuilder() {
        assertSame(Edition.V2019, Report.builder(Edition.V2019).edition());
        assertSame(Edition.V2021, Report.builder(Edition.V2021).edition());
    }

    @Test
    void buildingTwiceGivesEqualReportsAndLaterChangesDoNotLeak() {
        CellRef ref = CellRef.parse("T3/newlyReceived/naturalPerson");
        Report.Builder builder = builder(Edition.V2021).set(ref, CellValue.count(1));
        Report first = builder.build();
        assertEquals(first, builder.build());
        builder.set(ref, CellValue.count(2)).organName("另一个机关");
        assertEquals(CellValue.count(1), first.get(ref), "a built report does not share the builder's cells");
        assertEquals("凉山州经济和信息化局", first.header().organName());
        assertEquals(CellValue.count(2), builder.build().get(ref));
    }

    @Test
    void builderToReportToBuilderIsIdentity() {
        Report.Builder builder = builder(Edition.V2021)
                .publicationDate(LocalDate.of(2022, 1, 26))
                .source("seed/000_5f5cda31151d78ea.txt")
                .narrative(Narrative.of("a", "b", "c"))
                .setRow(NEWLY_RECEIVED, 1, 0, 0, 0, 0, 0, 1)
                .set(ADMINISTRATIVE_FEES, AMOUNT, new BigDecimal("0.00"))
                .set(CellRef.parse("T3/carriedOver/total"), CellValue.notApplicable("—"));
        Report report = builder.build();
        Report again = report.toBuilder().build();
        assertEquals(report, again);
        assertEquals(report.hashCode(), again.hashCode());
        assertEquals(report.toString(), again.toString());
        // And through the builder once more, changing nothing.
        assertEquals(report, again.toBuilder().build());
    }
    // ---- setAll: a whole table at once ---------------------------------------------------------------------

    private static int at(TableRow row, TableColumn column) {
        return ((Enum<?>) row).ordinal() * row.table().columns().size() + ((Enum<?>) column).ordinal();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void setAllEqualsSettingEachCell(Edition edition) {
        Report.Builder one = builder(edition);
        Report.Builder all = builder(edition);
        for (ReportTable table : ReportTable.values()) {
            CellValue[] values = new CellValue[table.rows().size() * table.columns().size()];
            long n = 0;
            for (CellRef ref : CellRef.all(edition)) {
                if (ref.table() != table) {
                    continue;
                }
                CellValue value = switch (ref.column().valueKind()) {
                    case COUNT -> CellValue.count(n++);
                    case SIGNED_COUNT -> CellValue.count(n++); // a count fits a signed-count column
                    case AMOUNT -> CellValue.amount(BigDecimal.valueOf(n++));
                };
                values[at(ref.row(), ref.column())] = value;
                one.set(ref, value);
            }
            CoreAccess.setAll(all, table, values);
        }
        assertEquals(one.build(), all.build());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void setAllConvertsWhatFitsLikeSetAndAfterABuildDoesNotLeak(Edition edition) {
        Report.Builder one = builder(edition);
        Report.Builder all = builder(edition);
        Report before = all.build();
        AmountUnit[] units = AmountUnit.values();
        long n = 0;
        for (ReportTable table : ReportTable.values()) {
            CellValue[] values = new CellValue[table.rows().size() * table.columns().size()];
            for (CellRef ref : CellRef.all(edition)) {
                if (ref.table() != table) {
                    continue;
                }
                long k = n++;
                // Every kind of value that fits the column, converted or taken as it is.
                CellValue value = switch ((int) (k % 4)) {
                    case 0 -> CellValue.blank();
                    case 1 -> CellValue.notApplicable("/");
                    default -> switch (ref.column().valueKind()) {
                        case COUNT -> k % 4 == 2 ? CellValue.signedCount(k) : CellValue.count(k);
                        case SIGNED_COUNT -> k % 4 == 2 ? CellValue.count(k) : CellValue.signedCount(-k);
                        case AMOUNT -> CellValue.amount(BigDecimal.valueOf(k, 2), units[(int) (k % units.length)]);
                    };
                };
                values[at(ref.row(), ref.column())] = value;
                one.set(ref, value);
            }
            CoreAccess.setAll(all, table, values);
        }
        Report report = all.build();
        assertEquals(one.build(), report);
        assertEquals(builder(edition).build(), before, "the report built before is unchanged");
        CoreAccess.setAll(all, ReportTable.T4, new CellValue[ReportTable.T4.rows().size() * ReportTable.T4.columns().size()]);
        all.set(CellRef.all(edition).get(0), CellValue.count(99));
        assertEquals(one.build(), report, "the report built before is unchanged");
        assertEquals(CellValue.count(99), all.build().get(CellRef.all(edition).get(0)));
    }

    @Test
    void setAllLeavesNullEntriesAlone() {
        Report.Builder builder = builder(Edition.V2021).set(NEWLY_RECEIVED, NATURAL_PERSON, 7);
        CellValue[] values = new CellValue[ReportTable.T3.rows().size() * ReportTable.T3.columns().size()];
        values[at(NEWLY_RECEIVED, TOTAL)] = CellValue.count(7);
        Report report = CoreAccess.setAll(builder, ReportTable.T3, values).build();
        assertEquals(CellValue.count(7), report.get(CellRef.of(NEWLY_RECEIVED, NATURAL_PERSON)));
        assertEquals(CellValue.count(7), report.get(CellRef.of(NEWLY_RECEIVED, TOTAL)));
        assertEquals(CellValue.blank(), report.get(CellRef.of(OTHER_DISPOSAL_FEE_UNPAID, TOTAL)));
    }

    @Test
    void setAllRejectsCellsTheEditionLacksValuesThatDoNotFitAndWrongLengths() {
        CellValue[] s6 = new CellValue[ReportTable.S6.rows().size() * ReportTable.S6.columns().size()];
        s6[at(INFORMATION_PROCESSING_FEES, NOTICES_ISSUED)] = CellValue.count(1);
        assertInvalidCell("S6/informationProcessingFees/noticesIssued", "发出收费通知的件数",
                () -> CoreAccess.setAll(builder(Edition.V2019), ReportTable.S6, s6));
        CellValue[] t3 = new CellValue[ReportTable.T3.rows().size() * ReportTable.T3.columns().size()];
        t3[at(NEWLY_RECEIVED, TOTAL)] = CellValue.amount(BigDecimal.ONE);
        assertInvalidCell("T3/newlyReceived/total", "总计", () -> CoreAccess.setAll(builder(Edition.V2021), ReportTable.T3, t3));
        assertThrows(IllegalArgumentException.class,
                () -> CoreAccess.setAll(builder(Edition.V2021), ReportTable.T3, new CellValue[3]));
        assertThrows(NullPointerException.class, () -> CoreAccess.setAll(builder(Edition.V2021), null, t3));
        assertThrows(NullPointerException.class, () -> CoreAccess.setAll(builder(Edition.V2021), ReportTable.T3, null));
    }
}
