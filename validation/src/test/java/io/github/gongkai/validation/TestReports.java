package io.github.gongkai.validation;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reports for the tests: the corpus reports, and generated reports that satisfy every rule. */
public final class TestReports {

    private TestReports() {
    }

    /** The sample report: 凉山州经济和信息化局, 2021, every cell printed (all-zero applications). */
    public static Report sample() {
        return fromCsv("corpus/000_5f5cda31151d78ea.expected.csv", Edition.V2021, "凉山州经济和信息化局", 2021);
    }

    /** 平潭综合实验区, 2022: real applications, glued rows split by hand. */
    public static Report pingtan2022() {
        return fromCsv("corpus/005_pingtan_2022.expected.csv", Edition.V2021, "平潭综合实验区", 2022);
    }

    /** 平潭综合实验区, 2019 edition. */
    public static Report pingtan2019() {
        return fromCsv("corpus/009_pingtan_2019.expected.csv", Edition.V2019, "平潭综合实验区", 2019);
    }

    /** Reads a corpus {@code expected.csv}: {@code cell,value,raw,note}. */
    public static Report fromCsv(String resource, Edition edition, String organ, int year) {
        Report.Builder b = Report.builder(edition).organName(organ).reportYear(year);
        try (InputStream in = TestReports.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.split(",", 3);
                CellRef ref = CellRef.parse(parts[0]);
                b.set(ref, value(ref, parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    private static CellValue value(CellRef ref, String text) {
        if (text.equals("BLANK")) {
            return CellValue.blank();
        }
        if (text.equals("NA")) {
            return CellValue.notApplicable("/");
        }
        return switch (ref.column().valueKind()) {
            case COUNT -> CellValue.count(Long.parseLong(text));
            case SIGNED_COUNT -> CellValue.signedCount(Long.parseLong(text.replace("+", "")));
            case AMOUNT -> CellValue.amount(text);
        };
    }

    /**
     * A report whose every cell of tables 三 and 四 holds a number and that satisfies every rule; every
     * outcome row has non-zero cells, so that a change to any one cell breaks at least two identities in
     * table 三.
     */
    public static Report consistent(Edition edition) {
        return consistentBuilder(edition, "测试县人民政府办公室", edition.firstReportYear()).build();
    }

    /** The builder of {@link #consistent(Edition)}. */
    public static Report.Builder consistentBuilder(Edition edition, String organ, int year) {
        Report.Builder b = Report.builder(edition).organName(organ).reportYear(year);
        long[] outcomeTotal = new long[ApplicantColumn.values().length];
        for (ApplicationRow row : ApplicationRow.outcomes(edition)) {
            long total = 0;
            for (ApplicantColumn c : ApplicantColumn.components()) {
                long v = row == ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID
                        ? (c == ApplicantColumn.NATURAL_PERSON ? 1 : 0)
                        : (row.ordinal() * 3L + c.ordinal() * 5L) % 7 + 1;
                b.set(row, c, v);
                total += v;
                outcomeTotal[c.ordinal()] += v;
            }
            b.set(row, ApplicantColumn.TOTAL, total);
            outcomeTotal[ApplicantColumn.TOTAL.ordinal()] += total;
        }
        long[] received = new long[7];
        long[] over = new long[7];
        long[] forward = new long[7];
        for (ApplicantColumn c : ApplicantColumn.components()) {
            int i = c.ordinal();
            over[i] = 2;
            forward[i] = 2;
            received[i] = outcomeTotal[i] + forward[i] - over[i];
            received[6] += received[i];
            over[6] += over[i];
            forward[6] += forward[i];
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            int i = c.ordinal();
            b.set(ApplicationRow.OUTCOME_TOTAL, c, outcomeTotal[i]);
            b.set(ApplicationRow.NEWLY_RECEIVED, c, received[i]);
            b.set(ApplicationRow.CARRIED_OVER, c, over[i]);
            b.set(ApplicationRow.CARRIED_FORWARD, c, forward[i]);
        }
        b.setRow(ReviewLitigationRow.ADMINISTRATIVE_REVIEW, 4, 2, 1, 3, 10);
        b.setRow(ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW, 1, 0, 2, 1, 4);
        b.setRow(ReviewLitigationRow.LITIGATION_AFTER_REVIEW, 2, 1, 0, 0, 3);
        if (edition == Edition.V2021) {
            b.setRow(ActiveDisclosureRow.RULES, 1, 0, 12);
            b.setRow(ActiveDisclosureRow.NORMATIVE_DOCUMENTS, 5, 2, 40);
            b.set(ActiveDisclosureRow.LICENSING, ActiveDisclosureColumn.DECISIONS, 64);
            b.set(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT, CellValue.amount("12.50"));
            b.set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED, 2);
            b.set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_NOTICED, CellValue.amount("300.00"));
            b.set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_COLLECTED, CellValue.amount("150.00"));
        }
        return b;
    }

    /** Returns the count in a cell. */
    public static long count(Report report, CellRef ref) {
        return ((CellValue.Count) report.get(ref)).value();
    }

    /** Returns a copy of the report with a count cell changed. */
    public static Report with(Report report, String ref, long value) {
        return report.with(CellRef.parse(ref), CellValue.count(value));
    }

    /** Returns a copy of the report with a cell blanked. */
    public static Report blank(Report report, String ref) {
        return report.with(CellRef.parse(ref), CellValue.blank());
    }
}
