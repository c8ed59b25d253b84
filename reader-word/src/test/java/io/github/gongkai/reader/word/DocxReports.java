package io.github.gongkai.reader.word;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a report as a {@code .docx} in the official layout, with POI's XWPF, for tests of the Word reader: the
 * title, 发布时间, the headings 一 to 六 each with a sentence, table 二 (either edition, a block's single column
 * spanning three grid columns), table 三 with its header's merged cells, 三、本年度办理结果 and the groups （三） to （六）
 * as vertically merged cells ({@code vMerge}) and the row labels spanning grid columns ({@code gridSpan}), table 四
 * with its two-level header, and section 六's fees in a three-row table (a blank fee cannot be printed in a
 * sentence). Labels are the official printed ones, from core's enums. A {@link Variant} changes how text is
 * printed, never what: a cell of the report prints as the reader should read it back ({@link #expected}).
 */
final class DocxReports {

    /** How the labels and numbers are printed. */
    enum Variant {
        /** Each cell's text in one run. */
        PLAIN,
        /** Every label split over runs of one to three characters. */
        RUNS,
        /** Every label of five characters or more broken by a line break in the middle. */
        LINE_BREAKS,
        /** Zeros of tables 三 and 四 printed as placeholders ({@code /}, {@code —}, {@code -}, {@code 无}). */
        PLACEHOLDERS
    }

    static final String T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String[] PLACEHOLDER_MARKS = {"/", "—", "-", "无"};

    private DocxReports() {
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param variant how to print it
     * @param seed draws the placeholders and run splits
     * @return the {@code .docx} bytes
     */
    static byte[] write(Report report, Variant variant, long seed) {
        try (XWPFDocument document = document(report, variant, seed)) {
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's bytes. */
    static byte[] bytes(XWPFDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The document, for tests that add to it. */
    static XWPFDocument document(Report report, Variant variant, long seed) {
        return new DocxReports.Writer(report, variant, new SplittableRandom(seed)).write();
    }

    /**
     * What the reader should read for a cell: the report's value, or the placeholder printed for it.
     *
     * @param report the report
     * @param cell a cell of the report's edition
     * @param variant how it was printed
     * @param seed the seed it was printed with
     * @return the value the reader should read, never null
     */
    static CellValue expected(Report report, CellRef cell, Variant variant, long seed) {
        return new DocxReports.Writer(report, variant, new SplittableRandom(seed)).printedValue(cell);
    }

    /** Writes one document; the placeholders depend on the cell alone, so {@link #expected} can ask again. */
    private static final class Writer {
        private final Report report;
        private final Edition edition;
        private final Variant variant;
        private final DocxTable.Style style;
        private final long placeholderSeed;
        private final XWPFDocument document = new XWPFDocument();

        Writer(Report report, Variant variant, SplittableRandom random) {
            this.report = report;
            this.edition = report.edition();
            this.variant = variant;
            this.placeholderSeed = random.nextLong();
            this.style = new DocxTable.Style(variant == Variant.RUNS, variant == Variant.LINE_BREAKS, random.split());
        }

        XWPFDocument write() {
            var header = report.header();
            paragraph(header.organName() + header.reportYear() + "年政府信息公开工作年度报告");
            header.publicationDate().ifPresent(d -> paragraph("发布时间：" + d));
            paragraph("一、总体情况");
            paragraph(report.narrative().overview().orElse("本机关认真贯彻落实《中华人民共和国政府信息公开条例》。"));
            paragraph("二、主动公开政府信息情况");
            activeDisclosure();
            paragraph("三、收到和处理政府信息公开申请情况");
            applications();
            paragraph("四、政府信息公开行政复议、行政诉讼情况");
            reviewLitigation();
            paragraph(edition == Edition.V2021 ? "五、存在的主要问题及改进情况" : "五、政府信息公开工作存在的主要问题及改进情况");
            paragraph(report.narrative().problemsAndImprovements().orElse("一是公开深度有待拓展。"));
            paragraph("六、其他需要报告的事项");
            if (edition == Edition.V2021) {
                fees();
            } else {
                paragraph("无。");
            }
            return document;
        }

        private void paragraph(String text) {
            document.createParagraph().createRun().setText(text);
        }

        private void activeDisclosure() {
            DocxTable t = new DocxTable(document, 4, style);
            String block = null;
            for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
                if (!row.existsIn(edition)) {
                    continue;
                }
                List<ActiveDisclosureColumn> columns = row.columns(edition);
                int last = 4 - columns.size(); // the last column spans what the block's columns leave
                if (!row.block().equals(block)) {
                    block = row.block();
                    t.row().label(block, 4, null);
                    DocxTable.Row header = t.row().label("信息内容", 1, null);
                    for (int i = 0; i < columns.size(); i++) {
                        header.label(columns.get(i).label(edition), i == columns.size() - 1 ? last : 1, null);
                    }
                }
                DocxTable.Row r = t.row().label(row.label(edition), 1, null);
                for (int i = 0; i < columns.size(); i++) {
                    r.value(printed(CellRef.of(row, columns.get(i))), i == columns.size() - 1 ? last : 1, null);
                }
            }
        }

        private void applications() {
            DocxTable t = new DocxTable(document, 10, style);
            t.row().label(T3_NOTE, 3, DocxTable.Merge.RESTART).label("申请人情况", 7, null);
            t.row().label("", 3, DocxTable.Merge.CONTINUE)
                    .label(ApplicantColumn.NATURAL_PERSON.label(), 1, DocxTable.Merge.RESTART)
                    .label("法人或其他组织", 5, null).label(ApplicantColumn.TOTAL.label(), 1, DocxTable.Merge.RESTART);
            DocxTable.Row third = t.row().label("", 3, DocxTable.Merge.CONTINUE).label("", 1, DocxTable.Merge.CONTINUE);
            for (ApplicantColumn c : ApplicantColumn.components()) {
                if (c.isOrganization()) {
                    third.label(c.label(), 1, null);
                }
            }
            third.label("", 1, DocxTable.Merge.CONTINUE);
            ApplicationGroup group = null;
            for (ApplicationRow row : ApplicationRow.rows(edition)) {
                DocxTable.Row r = t.row();
                boolean outcome = row.kind() == ApplicationRow.Kind.OUTCOME || row.kind()
                        == ApplicationRow.Kind.OUTCOME_TOTAL;
                if (!outcome) {
                    r.label(row.label(edition), 3, null);
                } else {
                    r.label(row == ApplicationRow.DISCLOSED ? "三、本年度办理结果" : "", 1, row == ApplicationRow.DISCLOSED
                            ? DocxTable.Merge.RESTART : DocxTable.Merge.CONTINUE);
                    ApplicationGroup g = row.group().orElse(null);
                    if (g == null) {
                        r.label(row.label(edition), 2, null);
                    } else {
                        r.label(g == group ? "" : g.label(), 1, g == group ? DocxTable.Merge.CONTINUE
                                : DocxTable.Merge.RESTART).label(row.label(edition), 1, null);
                    }
                    group = g;
                }
                for (ApplicantColumn c : row.columns(edition)) {
                    r.value(printed(new CellRef(row, c)), 1, null);
                }
            }
        }

        private void reviewLitigation() {
            DocxTable t = new DocxTable(document, 15, style);
            t.row().label(ReviewLitigationRow.ADMINISTRATIVE_REVIEW.label(), 5, null).label("行政诉讼", 10, null);
            DocxTable.Row second = t.row();
            for (ReviewLitigationColumn c : ReviewLitigationColumn.values()) {
                second.label(c.label(), 1, DocxTable.Merge.RESTART);
            }
            second.label(ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW.label(), 5, null)
                    .label(ReviewLitigationRow.LITIGATION_AFTER_REVIEW.label(), 5, null);
            DocxTable.Row third = t.row();
            for (int i = 0; i < 5; i++) {
                third.label("", 1, DocxTable.Merge.CONTINUE);
            }
            DocxTable.Row values = t.row();
            for (int group = 0; group < 2; group++) {
                for (ReviewLitigationColumn c : ReviewLitigationColumn.values()) {
                    third.label(c.label(), 1, null);
                }
            }
            for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
                for (ReviewLitigationColumn c : row.columns(edition)) {
                    values.value(printed(new CellRef(row, c)), 1, null);
                }
            }
        }

        private void fees() {
            DocxTable t = new DocxTable(document, 2, style);
            for (FeeColumn c : FeeColumn.values()) {
                t.row().label(c.label(edition), 1, null)
                        .value(printed(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, c)), 1, null);
            }
        }

        /** The text printed for a cell. */
        private String printed(CellRef cell) {
            CellValue value = printedValue(cell);
            if (value instanceof CellValue.NotApplicable n) {
                return n.placeholder();
            } else if (value instanceof CellValue.Blank) {
                return "";
            } else if (value instanceof CellValue.Count c) {
                return Long.toString(c.value());
            } else if (value instanceof CellValue.SignedCount s) {
                return s.value() > 0 ? "+" + s.value() : Long.toString(s.value());
            } else if (value instanceof CellValue.Amount a) {
                // Amounts under a header with a unit (万元 of table 二, 元 of the fees) are printed without one.
                boolean headerUnit = cell.column() == ActiveDisclosureColumn.AMOUNT || cell.table() == ReportTable.S6;
                return a.value().toPlainString() + (headerUnit ? "" : a.unit().symbol());
            }
            throw new IllegalArgumentException("cannot print " + value + " of " + cell);
        }

        /**
         * The value a cell is printed as: a zero of table 三 or 四 as a placeholder in that variant, else the value.
         */
        CellValue printedValue(CellRef cell) {
            CellValue value = report.get(cell);
            ReportTable table = cell.table();
            if (variant == Variant.PLACEHOLDERS && (table == ReportTable.T3 || table == ReportTable.T4)
                    && value instanceof CellValue.Count c && c.value() == 0) {
                long h = new SplittableRandom(placeholderSeed ^ cell.toString().hashCode()).nextLong();
                if ((h & 1) == 0) {
                    return CellValue.notApplicable(PLACEHOLDER_MARKS[(int) ((h >>> 1) % PLACEHOLDER_MARKS.length)]);
                }
            }
            return value;
        }
    }
}
