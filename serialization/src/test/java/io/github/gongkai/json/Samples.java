package io.github.gongkai.json;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.UnreadReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reports for the tests: the Liangshan 2021 sample and crafted edge cases. */
final class Samples {

    private Samples() {
    }

    /**
     * The Liangshan 2021 sample (corpus 000_5f5cda31151d78ea): every cell 0 except
     * T2/normativeDocuments/inForce = 1 and T2/licensing/decisions = 64; amounts printed "0".
     */
    static Report liangshan2021() {
        Report.Builder b = Report.builder(Edition.V2021)
                .organName("凉山州经济和信息化局")
                .reportYear(2021)
                .publicationDate(LocalDate.of(2022, 1, 26));
        for (CellRef ref : CellRef.all(Edition.V2021)) {
            b.set(ref, switch (ref.column().valueKind()) {
                case COUNT -> CellValue.count(0);
                case SIGNED_COUNT -> CellValue.signedCount(0);
                case AMOUNT -> CellValue.amount("0");
            });
        }
        b.set(ActiveDisclosureRow.NORMATIVE_DOCUMENTS, ActiveDisclosureColumn.IN_FORCE, 1);
        b.set(ActiveDisclosureRow.LICENSING, ActiveDisclosureColumn.DECISIONS, 64);
        return b.build();
    }

    /** A 2021 report with nothing but blank cells, no optional header field and no narrative. */
    static Report blank2021() {
        return Report.builder(Edition.V2021).organName("某县人民政府办公室").reportYear(2022).build();
    }

    /** A 2019 report with every kind of value: signed changes, amounts with units, marks, blanks. */
    static Report edge2019() {
        Report.Builder b = Report.builder(Edition.V2019)
                .organName("某市交通运输局 \"quoted\" \\ / name")
                .reportYear(2020)
                .publicationDate(LocalDate.of(2021, 3, 31))
                .source("https://www.example.gov.cn/xxgk/2021/report.html?a=1&b=2")
                .narrative(Narrative.of("一、总体情况\r\n全年收到申请3件。\t𠀀\u2028", "", null));
        long n = 0;
        for (CellRef ref : CellRef.all(Edition.V2019)) {
            n++;
            CellValue value = switch ((int) (n % 5)) {
                case 0 -> CellValue.blank();
                case 1 -> CellValue.notApplicable(n % 2 == 0 ? "/" : "—");
                default -> switch (ref.column().valueKind()) {
                    case COUNT -> CellValue.count(n * 1_000_003L);
                    case SIGNED_COUNT -> CellValue.signedCount(n % 3 == 0 ? -n : n);
                    case AMOUNT -> CellValue.amount("12.50");
                };
            };
            b.set(ref, value);
        }
        b.set(CellRef.parse("T2/centralizedProcurement/totalAmount"),
                CellValue.amount(new BigDecimal("123456789012345678901234.123456789012345678"), AmountUnit.YUAN));
        b.set(CellRef.parse("T2/centralizedProcurement/projects"), CellValue.count(Long.MAX_VALUE));
        b.set(CellRef.parse("T2/licensing/change"), CellValue.signedCount(Long.MIN_VALUE));
        b.set(CellRef.parse("T2/punishment/change"), CellValue.signedCount(-3));
        b.set(CellRef.parse("T2/coercion/change"), CellValue.signedCount(5));
        return b.build();
    }

    /** A 2021 report with scale-preserving and unit-bearing amounts and marks. */
    static Report amounts2021() {
        return blank2021().toBuilder()
                .source("file:///reports/2022/某县.pdf")
                .narrative(Narrative.of("总体", "问题", "其他"))
                .set(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT, new BigDecimal("0.00"))
                .set(CellRef.parse("S6/informationProcessingFees/amountNoticed"),
                        CellValue.amount(new BigDecimal("5000"), AmountUnit.TEN_THOUSAND_YUAN))
                .set(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                        CellValue.amount(new BigDecimal("1200.000")))
                .set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED, CellValue.notApplicable("无"))
                .set(CellRef.parse("T3/withheld.stateSecret/naturalPerson"), CellValue.count(7))
                .set(CellRef.parse("T3/otherDisposal.feeUnpaid/total"), CellValue.count(0))
                .build();
    }

    /** A 2021 report with an amount in 元 in the 万元 column of T2. */
    static Report yuanInTenThousandColumn() {
        return blank2021().toBuilder()
                .set(CellRef.parse("T2/administrativeFees/amount"),
                        CellValue.amount(new BigDecimal("3500.5"), AmountUnit.YUAN))
                .build();
    }

    /**
     * A 2021 report with every form of unread cell: a glued run over the seven cells of a row
     * ({@code 8100008}, inconsistent), the three （六） rows' totals printed as one number (merged), and plain
     * ambiguous, not-found and damaged cells, among them an amount.
     */
    static Report unread2021() {
        Report.Builder b = liangshan2021().toBuilder().source("https://www.example.gov.cn/unread.html");
        List<CellRef> row = CellRef.all(Edition.V2021).stream()
                .filter(c -> c.table() == ReportTable.T3 && c.row().key().equals("newlyReceived")).toList();
        for (int i = 0; i < row.size(); i++) {
            b.set(row.get(i), CellValue.unread(UnreadReason.INCONSISTENT, PrintedRun.of("8100008", i, row.size())));
        }
        PrintedTotal total = PrintedTotal.of(5, List.of(CellRef.parse("T3/otherDisposal.correctionOverdue/total"),
                CellRef.parse("T3/otherDisposal.feeUnpaid/total"), CellRef.parse("T3/otherDisposal.other/total")));
        for (CellRef cell : total.cells()) {
            b.set(cell, CellValue.merged(total));
        }
        b.set(CellRef.parse("T4/administrativeReview/pending"), CellValue.unread(UnreadReason.AMBIGUOUS));
        b.set(CellRef.parse("T2/administrativeFees/amount"), CellValue.unread(UnreadReason.DAMAGED));
        b.set(CellRef.parse("S6/informationProcessingFees/amountCollected"), CellValue.unread(UnreadReason.NOT_FOUND));
        b.set(CellRef.parse("T2/licensing/decisions"),
                CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of("64 10", 1, 3)));
        return b.build();
    }

    /** A 2019 report with one unread cell, in its signed change column. */
    static Report unread2019() {
        return edge2019().with(CellRef.parse("T2/punishment/change"), CellValue.unread(UnreadReason.NOT_FOUND));
    }

    static List<Report> all() {
        return List.of(liangshan2021(), blank2021(), edge2019(), amounts2021(), yuanInTenThousandColumn());
    }
}
