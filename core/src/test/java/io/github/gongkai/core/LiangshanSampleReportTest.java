package io.github.gongkai.core;

import static io.github.gongkai.core.ActiveDisclosureRow.ADMINISTRATIVE_FEES;
import static io.github.gongkai.core.ActiveDisclosureRow.COERCION;
import static io.github.gongkai.core.ActiveDisclosureRow.LICENSING;
import static io.github.gongkai.core.ActiveDisclosureRow.NORMATIVE_DOCUMENTS;
import static io.github.gongkai.core.ActiveDisclosureRow.PUNISHMENT;
import static io.github.gongkai.core.ActiveDisclosureRow.RULES;
import static io.github.gongkai.core.ApplicationRow.CARRIED_FORWARD;
import static io.github.gongkai.core.ApplicationRow.CARRIED_OVER;
import static io.github.gongkai.core.ApplicationRow.DISCLOSED;
import static io.github.gongkai.core.ApplicationRow.NEWLY_RECEIVED;
import static io.github.gongkai.core.ApplicationRow.NOT_PROCESSED_CONFIRMATION_OF_OBTAINED;
import static io.github.gongkai.core.ApplicationRow.NOT_PROCESSED_DUPLICATE;
import static io.github.gongkai.core.ApplicationRow.NOT_PROCESSED_EXCESSIVE_REPEATED;
import static io.github.gongkai.core.ApplicationRow.NOT_PROCESSED_PETITION_OR_COMPLAINT;
import static io.github.gongkai.core.ApplicationRow.NOT_PROCESSED_PUBLICATION;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID;
import static io.github.gongkai.core.ApplicationRow.OTHER_DISPOSAL_OTHER;
import static io.github.gongkai.core.ApplicationRow.OUTCOME_TOTAL;
import static io.github.gongkai.core.ApplicationRow.PARTIALLY_DISCLOSED;
import static io.github.gongkai.core.ApplicationRow.UNABLE_TO_PROVIDE_NOT_HELD;
import static io.github.gongkai.core.ApplicationRow.UNABLE_TO_PROVIDE_REQUIRES_CREATION;
import static io.github.gongkai.core.ApplicationRow.UNABLE_TO_PROVIDE_UNCLEAR_AFTER_CORRECTION;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_ADMINISTRATIVE_QUERY;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_DELIBERATIVE_PROCESS;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_INTERNAL_AFFAIRS;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_LAW_ENFORCEMENT_FILE;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_PROHIBITED_BY_LAW;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_STATE_SECRET;
import static io.github.gongkai.core.ApplicationRow.WITHHELD_THIRD_PARTY_RIGHTS;
import static io.github.gongkai.core.FeeColumn.AMOUNT_COLLECTED;
import static io.github.gongkai.core.FeeColumn.AMOUNT_NOTICED;
import static io.github.gongkai.core.FeeColumn.NOTICES_ISSUED;
import static io.github.gongkai.core.FeeRow.INFORMATION_PROCESSING_FEES;
import static io.github.gongkai.core.ReviewLitigationRow.ADMINISTRATIVE_REVIEW;
import static io.github.gongkai.core.ReviewLitigationRow.LITIGATION_AFTER_REVIEW;
import static io.github.gongkai.core.ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 2021 report of 凉山州经济和信息化局 ({@code shared/seed/000_5f5cda31151d78ea.txt}), typed in by hand
 * through the builder as its tables print it, against the hand-checked values of
 * {@code corpus/000_5f5cda31151d78ea.expected.csv}.
 */
class LiangshanSampleReportTest {

    private static final String EXPECTED = "corpus/000_5f5cda31151d78ea.expected.csv";

    static Report liangshan() {
        return Report.builder(Edition.V2021)
                .organName("凉山州经济和信息化局")
                .reportYear(2021)
                .publicationDate(LocalDate.of(2022, 1, 26)) // 来源:州经信局时间:2022年01月26日
                .source("seed/000_5f5cda31151d78ea.txt")
                // 二、主动公开政府信息情况
                .setRow(RULES, 0, 0, 0)
                .setRow(NORMATIVE_DOCUMENTS, 0, 0, 1)
                .setRow(LICENSING, 64)
                .setRow(PUNISHMENT, 0)
                .setRow(COERCION, 0)
                .setRow(ADMINISTRATIVE_FEES, 0) // 本年收费金额（单位：万元）: printed "0"
                // 三、收到和处理政府信息公开申请情况
                .setRow(NEWLY_RECEIVED, 0, 0, 0, 0, 0, 0, 0)
                .setRow(CARRIED_OVER, 0, 0, 0, 0, 0, 0, 0)
                .setRow(DISCLOSED, 0, 0, 0, 0, 0, 0, 0)
                .setRow(PARTIALLY_DISCLOSED, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_STATE_SECRET, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_PROHIBITED_BY_LAW, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_ENDANGERS_SECURITY_OR_STABILITY, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_THIRD_PARTY_RIGHTS, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_INTERNAL_AFFAIRS, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_DELIBERATIVE_PROCESS, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_LAW_ENFORCEMENT_FILE, 0, 0, 0, 0, 0, 0, 0)
                .setRow(WITHHELD_ADMINISTRATIVE_QUERY, 0, 0, 0, 0, 0, 0, 0)
                .setRow(UNABLE_TO_PROVIDE_NOT_HELD, 0, 0, 0, 0, 0, 0, 0)
                .setRow(UNABLE_TO_PROVIDE_REQUIRES_CREATION, 0, 0, 0, 0, 0, 0, 0)
                .setRow(UNABLE_TO_PROVIDE_UNCLEAR_AFTER_CORRECTION, 0, 0, 0, 0, 0, 0, 0)
                .setRow(NOT_PROCESSED_PETITION_OR_COMPLAINT, 0, 0, 0, 0, 0, 0, 0)
                .setRow(NOT_PROCESSED_DUPLICATE, 0, 0, 0, 0, 0, 0, 0)
                .setRow(NOT_PROCESSED_PUBLICATION, 0, 0, 0, 0, 0, 0, 0)
                .setRow(NOT_PROCESSED_EXCESSIVE_REPEATED, 0, 0, 0, 0, 0, 0, 0)
                .setRow(NOT_PROCESSED_CONFIRMATION_OF_OBTAINED, 0, 0, 0, 0, 0, 0, 0)
                .setRow(OTHER_DISPOSAL_CORRECTION_OVERDUE, 0, 0, 0, 0, 0, 0, 0)
                .setRow(OTHER_DISPOSAL_FEE_UNPAID, 0, 0, 0, 0, 0, 0, 0)
                .setRow(OTHER_DISPOSAL_OTHER, 0, 0, 0, 0, 0, 0, 0)
                .setRow(OUTCOME_TOTAL, 0, 0, 0, 0, 0, 0, 0)
                .setRow(CARRIED_FORWARD, 0, 0, 0, 0, 0, 0, 0)
                // 四、政府信息公开行政复议、行政诉讼情况: one printed row of 15 numbers
                .setRow(ADMINISTRATIVE_REVIEW, 0, 0, 0, 0, 0)
                .setRow(LITIGATION_WITHOUT_REVIEW, 0, 0, 0, 0, 0)
                .setRow(LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0)
                // 六: "发出收费通知的件数为0件、总金额为0，实际收取的总金额为0元"
                .set(INFORMATION_PROCESSING_FEES, NOTICES_ISSUED, CellValue.count(0))
                .set(INFORMATION_PROCESSING_FEES, AMOUNT_NOTICED, CellValue.amount("0"))
                .set(INFORMATION_PROCESSING_FEES, AMOUNT_COLLECTED, CellValue.amount(BigDecimal.ZERO, AmountUnit.YUAN))
                .narrative(Narrative.of(null, null, "2021年,我未收取过信息处理费,发出收费通知的件数为0件、总金额为0,实际收取的总金额为0元。"))
                .build();
    }

    /** The value the CSV states for a cell, as the report should hold it. */
    private static CellValue expectedValue(CellRef ref, String value, String raw) {
        if (value.equals("BLANK")) {
            return CellValue.blank();
        }
        if (value.equals("NA")) {
            return CellValue.notApplicable(raw);
        }
        return switch (ref.column().valueKind()) {
            case COUNT -> CellValue.count(Long.parseLong(value));
            case SIGNED_COUNT -> CellValue.signedCount(Long.parseLong(value));
            case AMOUNT -> {
                AmountUnit printed = raw.endsWith("万元") ? AmountUnit.TEN_THOUSAND_YUAN
                        : raw.endsWith("元") ? AmountUnit.YUAN : ref.column().headerUnit();
                yield CellValue.amount(new BigDecimal(value), printed);
            }
        };
    }

    @Test
    void everyCellIsAsTheExpectedCsvStates() {
        Report report = liangshan();
        List<List<String>> records = TestResources.csv(EXPECTED);
        List<String> checked = new ArrayList<>();
        for (List<String> record : records) {
            CellRef ref = CellRef.parse(record.get(0));
            assertEquals(expectedValue(ref, record.get(1), record.get(2)), report.get(ref), ref.describe(Edition.V2021));
            checked.add(ref.toString());
        }
        List<String> all = new ArrayList<>();
        for (CellRef ref : CellRef.all(Edition.V2021)) {
            all.add(ref.toString());
        }
        assertEquals(all, checked, "the CSV lists every cell of the 2021 edition once, in canonical order");
    }

    @Test
    void headerAsPrinted() {
        ReportHeader header = liangshan().header();
        assertEquals("凉山州经济和信息化局", header.organName());
        assertEquals(2021, header.reportYear());
        assertEquals(Edition.V2021, header.edition());
        assertEquals(Edition.prescribedFor(2021), header.edition());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 26)), header.publicationDate());
    }

    @Test
    void nearlyAllZeros() {
        Map<String, CellValue> nonZero = new LinkedHashMap<>();
        for (Cell cell : liangshan().cells()) {
            CellValue value = cell.value();
            assertTrue(value.isNumber(), "every cell of the sample is printed: " + cell.ref());
            boolean zero = value instanceof CellValue.Count count ? count.value() == 0
                    : ((CellValue.Amount) value).value().signum() == 0;
            if (!zero) {
                nonZero.put(cell.ref().toString(), value);
            }
        }
        assertEquals(Map.of("T2/normativeDocuments/inForce", CellValue.count(1),
                "T2/licensing/decisions", CellValue.count(64)), nonZero);
    }

    @Test
    void amountsCarryTheirUnits() {
        Report report = liangshan();
        assertEquals(new CellValue.Amount(new BigDecimal("0"), AmountUnit.TEN_THOUSAND_YUAN),
                report.get(CellRef.parse("T2/administrativeFees/amount")));
        assertEquals(new CellValue.Amount(new BigDecimal("0"), AmountUnit.YUAN),
                report.get(CellRef.parse("S6/informationProcessingFees/amountNoticed")));
        assertEquals(new CellValue.Amount(new BigDecimal("0"), AmountUnit.YUAN),
                report.get(CellRef.parse("S6/informationProcessingFees/amountCollected")));
    }

    @Test
    void tablesAddUp() {
        // The sample is a correct report: I-1, I-2 and I-3 hold (trivially, at zero) in every column and row.
        CellTable<ApplicationRow, ApplicantColumn> t3 = liangshan().applications();
        for (ApplicationRow row : t3.rows()) {
            long sum = 0;
            for (ApplicantColumn c : ApplicantColumn.components()) {
                sum += t3.countOrZero(row, c);
            }
            assertEquals(t3.countOrZero(row, ApplicantColumn.TOTAL), sum, row.key());
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            assertEquals(t3.countOrZero(NEWLY_RECEIVED, c) + t3.countOrZero(CARRIED_OVER, c),
                    t3.countOrZero(OUTCOME_TOTAL, c) + t3.countOrZero(CARRIED_FORWARD, c), c.key());
            long outcomes = 0;
            for (ApplicationRow row : ApplicationRow.outcomes(Edition.V2021)) {
                outcomes += t3.countOrZero(row, c);
            }
            assertEquals(t3.countOrZero(OUTCOME_TOTAL, c), outcomes, c.key());
        }
    }

    @Test
    void sameReportFromTheCsvThroughTheBuilder() {
        // Read back cell by cell from the CSV, the report equals the one typed in by hand.
        Report.Builder builder = liangshan().toBuilder();
        for (CellRef ref : CellRef.all(Edition.V2021)) {
            builder.set(ref, CellValue.blank());
        }
        for (List<String> record : TestResources.csv(EXPECTED)) {
            CellRef ref = CellRef.parse(record.get(0));
            builder.set(ref, expectedValue(ref, record.get(1), record.get(2)));
        }
        assertEquals(liangshan(), builder.build());
    }
}
