package io.github.gongkai.jackson2;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.json.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reports whose text, numbers and cells stress the writer: the ones serialization's own tests use. */
final class Samples {

    /** The Liangshan 2021 sample shipped in the examples module. */
    static final Path LIANGSHAN = Path.of("../examples/src/main/resources/liangshan-2021.json");

    private Samples() {
    }

    static String liangshanJson() {
        try {
            return Files.readString(LIANGSHAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report liangshan2021() {
        return ReportJson.standard().read(LIANGSHAN);
    }

    /** Quotes, backslash, slash, a non-BMP character, U+2028, CR LF and TAB; extreme counts and amounts. */
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
        return b.build();
    }

    /** Scale-preserving amounts ({@code 0.00}, {@code 1200.000}) in a 2021 report. */
    static Report amounts2021() {
        return Report.builder(Edition.V2021).organName("某县人民政府办公室").reportYear(2022)
                .set(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT, new BigDecimal("0.00"))
                .set(CellRef.parse("S6/informationProcessingFees/amountNoticed"),
                        CellValue.amount(new BigDecimal("5000"), AmountUnit.TEN_THOUSAND_YUAN))
                .set(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                        CellValue.amount(new BigDecimal("1200.000")))
                .build();
    }

    /** Unread cells (format version 2): a glued run, a merged total, plain unread cells. */
    static Report unread2021() {
        Report.Builder b = liangshan2021().toBuilder();
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
        return b.build();
    }

    static List<Report> all() {
        return List.of(liangshan2021(), edge2019(), amounts2021(), unread2021());
    }
}
